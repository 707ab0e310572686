import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Category } from '../categories/category.entity';
import { Location } from '../locations/location.entity';
import { Frequency } from './frequency.entity';

/** `mantenimiento_rutina`: a preventive-maintenance template with ordered steps. */
@ObjectType('Routine')
@Entity({ tableName: 'mantenimiento_rutina' })
export class Routine {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Field()
  @Property({ length: 50, unique: true })
  code!: string;

  @Field()
  @Property({ length: 200 })
  name!: string;

  @Index()
  @ManyToOne(() => Location, { nullable: true, ref: true, deleteRule: 'restrict', updateRule: 'cascade' })
  location?: Ref<Location> | null;

  @Index()
  @ManyToOne(() => Category, { nullable: true, ref: true, deleteRule: 'restrict', updateRule: 'cascade' })
  category?: Ref<Category> | null;

  @Index()
  @ManyToOne(() => Frequency, { nullable: true, ref: true, deleteRule: 'restrict', updateRule: 'cascade' })
  frequency?: Ref<Frequency> | null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  estimatedDurationMinutes?: number | null;

  @Field(() => Int)
  @Property({ default: 1 })
  technicianCount: number = 1;

  @Field()
  @Property({ type: 'text', default: '' })
  tools: string = '';

  @Field({ description: 'The routine needs the equipment stopped.' })
  @Property({ default: false })
  invasive: boolean = false;
}
