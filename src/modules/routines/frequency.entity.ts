import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** `mantenimiento_frecuencia`: how often a routine recurs. */
@ObjectType('Frequency')
@Entity({ tableName: 'mantenimiento_frecuencia' })
export class Frequency {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Field()
  @Property({ length: 100, unique: true })
  name!: string;

  @Field(() => Int)
  @Property()
  intervalDays!: number;
}
