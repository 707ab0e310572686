import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgs } from '../../graphql/pagination';
import { StepAnswerType } from './routine-step.entity';

@InputType()
export class RoutineStepInput {
  @Field()
  description!: string;

  @Field(() => StepAnswerType, { defaultValue: StepAnswerType.CHECK })
  answerType: StepAnswerType = StepAnswerType.CHECK;

  @Field(() => String, { nullable: true })
  target?: string | null;

  @Field(() => String, { nullable: true, description: 'Decimal.' })
  min?: string | null;

  @Field(() => String, { nullable: true, description: 'Decimal, >= min.' })
  max?: string | null;

  @Field(() => String, { nullable: true })
  unit?: string | null;

  @Field(() => String, { nullable: true, description: 'MEASUREMENT steps: record the answer as a reading of this point code on the order\'s asset.' })
  measurementPointCode?: string | null;
}

@InputType()
export class RoutineInput {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => ID, { nullable: true })
  locationId?: string | null;

  @Field(() => ID, { nullable: true })
  categoryId?: string | null;

  @Field(() => ID, { nullable: true })
  frequencyId?: string | null;

  @Field(() => Int, { nullable: true })
  estimatedDurationMinutes?: number | null;

  @Field(() => Int, { defaultValue: 1 })
  technicianCount: number = 1;

  @Field({ defaultValue: '' })
  tools: string = '';

  @Field({ defaultValue: false })
  invasive: boolean = false;
}

@InputType()
export class CreateRoutineInput extends RoutineInput {
  @Field(() => [RoutineStepInput], { defaultValue: [] })
  steps!: RoutineStepInput[];
}

@ArgsType()
export class RoutinesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Substring of the code or name.' })
  q?: string | null;
}
