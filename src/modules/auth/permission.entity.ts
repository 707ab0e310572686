import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** Django's `auth_permission`: its string form is `<appLabel>.<codename>`. */
@ObjectType('Permission')
@Entity({ tableName: 'auth_permission' })
@Unique({ properties: ['appLabel', 'codename'] })
export class Permission {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Field()
  @Property({ length: 100 })
  appLabel!: string;

  @Field()
  @Property({ length: 100 })
  codename!: string;

  @Field()
  @Property({ length: 255 })
  name!: string;

  @Field({ description: 'The permission as `app_label.codename`, e.g. `activos.view_activo`.' })
  get key(): string {
    return `${this.appLabel}.${this.codename}`;
  }
}
