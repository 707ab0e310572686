import { Collection, Entity, ManyToMany, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Group } from './group.entity';
import { Permission } from './permission.entity';

/** Django's `auth_user`. The password hash is never a GraphQL field. */
@ObjectType('User')
@Entity({ tableName: 'auth_user' })
export class User {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Property({ length: 128, hidden: true, lazy: true })
  password!: string;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  lastLogin?: Date | null;

  @Field()
  @Property({ default: false })
  isSuperuser: boolean = false;

  @Field()
  @Property({ length: 150, unique: true })
  username!: string;

  @Field()
  @Property({ length: 150, default: '' })
  firstName: string = '';

  @Field()
  @Property({ length: 150, default: '' })
  lastName: string = '';

  @Field()
  @Property({ length: 254, default: '' })
  email: string = '';

  @Field()
  @Property({ default: false })
  isStaff: boolean = false;

  @Field()
  @Property({ default: true })
  isActive: boolean = true;

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  dateJoined: Date = new Date();

  @ManyToMany({
    entity: () => Group,
    pivotTable: 'auth_user_groups',
    joinColumn: 'user_id',
    inverseJoinColumn: 'group_id',
  })
  groups = new Collection<Group>(this);

  @ManyToMany({
    entity: () => Permission,
    pivotTable: 'auth_user_user_permissions',
    joinColumn: 'user_id',
    inverseJoinColumn: 'permission_id',
  })
  userPermissions = new Collection<Permission>(this);

  @Field({ description: 'First and last name, or the username when both are empty.' })
  get displayName(): string {
    const full = `${this.firstName} ${this.lastName}`.trim();
    return full || this.username;
  }
}
