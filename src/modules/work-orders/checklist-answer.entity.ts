import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity';
import { RoutineStep } from '../routines/routine-step.entity';
import { WorkOrder } from './work-order.entity';

/** `mantenimiento_respuestapaso`: the answer to one routine step on one order. */
@ObjectType('ChecklistAnswer')
@Entity({ tableName: 'mantenimiento_respuestapaso' })
@Unique({ properties: ['workOrder', 'step'] })
export class ChecklistAnswer {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => WorkOrder, { ref: true, deleteRule: 'cascade', updateRule: 'cascade' })
  workOrder!: Ref<WorkOrder>;

  @Index()
  @ManyToOne(() => RoutineStep, { ref: true, deleteRule: 'restrict', updateRule: 'cascade' })
  step!: Ref<RoutineStep>;

  @Field(() => Boolean, { nullable: true, description: 'CHECK steps.' })
  @Property({ type: 'boolean', nullable: true })
  checked?: boolean | null;

  @Field(() => String, { nullable: true, description: 'NUMBER and MEASUREMENT steps; decimal as a string.' })
  @Property({ type: 'decimal', precision: 14, scale: 4, nullable: true })
  numberValue?: string | null;

  @Field({ description: 'TEXT steps, or the photo URL of PHOTO steps.' })
  @Property({ type: 'text', default: '' })
  textValue: string = '';

  @Field()
  @Property({ type: 'text', default: '' })
  comment: string = '';

  @Index()
  @ManyToOne(() => User, { nullable: true, ref: true, deleteRule: 'set null', updateRule: 'cascade' })
  answeredBy?: Ref<User> | null;

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  answeredAt: Date = new Date();

  @Field(() => ID)
  stepId!: number;
  answeredById?: number | null;
}
