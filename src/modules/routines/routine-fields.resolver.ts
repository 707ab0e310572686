import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Frequency } from './frequency.entity';
import { frequencyById, routineSteps } from './routine.loaders';
import { Routine } from './routine.entity';
import { RoutineStep } from './routine-step.entity';

@Resolver(() => Routine)
export class RoutineFieldsResolver {
  @FieldResolver(() => [RoutineStep], { description: 'The steps, in order.' })
  steps(@Root() routine: Routine, @Ctx() ctx: Context): Promise<RoutineStep[]> {
    return routineSteps(ctx).load(routine.id);
  }

  @FieldResolver(() => Frequency, { nullable: true })
  async frequency(@Root() routine: Routine, @Ctx() ctx: Context): Promise<Frequency | null> {
    return routine.frequency ? frequencyById(ctx).load(routine.frequency.id) : null;
  }
}
