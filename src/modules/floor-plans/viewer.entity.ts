import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { FloorPlan } from './floor-plan.entity';

/** `activos_visorplano`: a layer of pins over a floor plan; a plan can have several. */
@ObjectType('Viewer')
@Entity({ tableName: 'activos_visorplano' })
export class Viewer {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Field()
  @Property({ length: 200 })
  name!: string;

  @ManyToOne(() => FloorPlan, { ref: true, deleteRule: 'restrict', updateRule: 'cascade' })
  floorPlan!: Ref<FloorPlan>;

  @Field()
  @Property({ type: 'text', default: '' })
  description: string = '';

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
