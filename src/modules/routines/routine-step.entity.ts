import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Routine } from './routine.entity';

export enum StepAnswerType {
  INSTRUCTION = 'INSTRUCTION',
  CHECK = 'CHECK',
  NUMBER = 'NUMBER',
  TEXT = 'TEXT',
  MEASUREMENT = 'MEASUREMENT',
  PHOTO = 'PHOTO',
  HEADER = 'HEADER',
}
registerEnumType(StepAnswerType, {
  name: 'StepAnswerType',
  description: 'What a checklist answer to the step holds; INSTRUCTION and HEADER take none.',
});

/** `mantenimiento_pasorutina`: one ordered step of a routine. */
@ObjectType('RoutineStep')
@Entity({ tableName: 'mantenimiento_pasorutina' })
@Unique({ properties: ['routine', 'order'] })
export class RoutineStep {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Routine, { ref: true, deleteRule: 'cascade', updateRule: 'cascade' })
  routine!: Ref<Routine>;

  @Field(() => Int)
  @Property({ fieldName: 'sort_order' })
  order!: number;

  @Field()
  @Property({ type: 'text' })
  description!: string;

  @Field(() => StepAnswerType)
  @Enum({ items: () => StepAnswerType, nativeEnumName: 'routine_step_answer_type', default: StepAnswerType.CHECK })
  answerType: StepAnswerType = StepAnswerType.CHECK;

  @Field(() => String, { nullable: true })
  @Property({ length: 100, nullable: true })
  target?: string | null;

  @Field(() => String, { nullable: true, description: 'Decimal as a string.' })
  @Property({ type: 'decimal', precision: 14, scale: 4, nullable: true })
  min?: string | null;

  @Field(() => String, { nullable: true, description: 'Decimal as a string.' })
  @Property({ type: 'decimal', precision: 14, scale: 4, nullable: true })
  max?: string | null;

  @Field()
  @Property({ length: 30, default: '' })
  unit: string = '';

  @Field(() => String, { nullable: true, description: 'MEASUREMENT steps: the code of the measurement point (on the order\'s asset) the answer is recorded as a reading of.' })
  @Property({ length: 50, nullable: true })
  measurementPointCode?: string | null;
}
