import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** `activos_marca`. */
@ObjectType('Brand')
@Entity({ tableName: 'activos_marca' })
export class Brand {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Field()
  @Property({ length: 100, unique: true })
  name!: string;
}
