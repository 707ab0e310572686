import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Connection, type ConnectionShape } from '../../graphql/pagination';
import { Frequency } from './frequency.entity';
import { Routine } from './routine.entity';
import { CreateRoutineInput, RoutineInput, RoutinesArgs, RoutineStepInput } from './routine.inputs';
import * as routines from './routine.service';

const RoutineConnection = Connection(Routine, 'Routine');

@Resolver(() => Routine)
export class RoutineResolver {
  @Query(() => RoutineConnection)
  routines(@Args() args: RoutinesArgs, @Ctx() ctx: Context): Promise<ConnectionShape<Routine>> {
    return routines.listRoutines(ctx, args);
  }

  @Query(() => Routine)
  routine(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Routine> {
    return routines.getRoutine(ctx, id);
  }

  @Query(() => [Frequency])
  frequencies(@Ctx() ctx: Context): Promise<Frequency[]> {
    return routines.listFrequencies(ctx);
  }

  @Mutation(() => Routine, { description: 'A routine with its steps, numbered in the order given.' })
  createRoutine(@Arg('input') input: CreateRoutineInput, @Ctx() ctx: Context): Promise<Routine> {
    return routines.createRoutine(ctx, input);
  }

  @Mutation(() => Routine)
  updateRoutine(@Arg('id', () => ID) id: string, @Arg('input') input: RoutineInput, @Ctx() ctx: Context): Promise<Routine> {
    return routines.updateRoutine(ctx, id, input);
  }

  @Mutation(() => Boolean, { description: 'Refused while work orders or schedules use it.' })
  deleteRoutine(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return routines.deleteRoutine(ctx, id);
  }

  @Mutation(() => Routine, { description: 'Adds a step at a 1-based position (default: last).' })
  addRoutineStep(
    @Arg('routineId', () => ID) routineId: string,
    @Arg('input') input: RoutineStepInput,
    @Arg('position', () => Int, { nullable: true }) position: number | null,
    @Ctx() ctx: Context,
  ): Promise<Routine> {
    return routines.addRoutineStep(ctx, routineId, input, position);
  }

  @Mutation(() => Routine)
  updateRoutineStep(@Arg('id', () => ID) id: string, @Arg('input') input: RoutineStepInput, @Ctx() ctx: Context): Promise<Routine> {
    return routines.updateRoutineStep(ctx, id, input);
  }

  @Mutation(() => Routine, { description: 'Refused once orders answered the step.' })
  removeRoutineStep(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Routine> {
    return routines.removeRoutineStep(ctx, id);
  }

  @Mutation(() => Routine, { description: 'stepIds lists every step of the routine once, in the new order.' })
  reorderRoutineSteps(@Arg('routineId', () => ID) routineId: string, @Arg('stepIds', () => [ID]) stepIds: string[], @Ctx() ctx: Context): Promise<Routine> {
    return routines.reorderRoutineSteps(ctx, routineId, stepIds);
  }

  @Mutation(() => Frequency)
  createFrequency(@Arg('name') name: string, @Arg('intervalDays', () => Int) intervalDays: number, @Ctx() ctx: Context): Promise<Frequency> {
    return routines.createFrequency(ctx, name, intervalDays);
  }

  @Mutation(() => Frequency)
  updateFrequency(
    @Arg('id', () => ID) id: string,
    @Arg('name', () => String, { nullable: true }) name: string | null,
    @Arg('intervalDays', () => Int, { nullable: true }) intervalDays: number | null,
    @Ctx() ctx: Context,
  ): Promise<Frequency> {
    return routines.updateFrequency(ctx, id, name, intervalDays);
  }

  @Mutation(() => Boolean, { description: 'Refused while routines use it.' })
  deleteFrequency(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return routines.deleteFrequency(ctx, id);
  }
}
