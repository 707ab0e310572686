import { Collection, Entity, ManyToMany, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Permission } from './permission.entity';

@ObjectType('Group')
@Entity({ tableName: 'auth_group' })
export class Group {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Field()
  @Property({ length: 150, unique: true })
  name!: string;

  @ManyToMany({
    entity: () => Permission,
    pivotTable: 'auth_group_permissions',
    joinColumn: 'group_id',
    inverseJoinColumn: 'permission_id',
  })
  permissions = new Collection<Permission>(this);
}
