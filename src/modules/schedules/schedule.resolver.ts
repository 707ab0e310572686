import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { rowsGroupedBy } from '../../graphql/loaders';
import { parseId } from '../../graphql/ids';
import type { ConnectionShape } from '../../graphql/pagination';
import { Routine } from '../routines/routine.entity';
import { routineById } from '../routines/routine.loaders';
import { MaintenanceJob } from './job.entity';
import { readJob } from './job-runner';
import { generateSchedule, previewSchedule } from './schedule-generate';
import { Schedule } from './schedule.entity';
import { CreateScheduleInput, SchedulesArgs, UpdateScheduleInput } from './schedule.inputs';
import { createSchedule, deleteSchedule, getSchedule, listSchedules, updateSchedule } from './schedule.service';
import { ScheduleConnection, SchedulePreview } from './schedule.types';

function linkIds(ctx: Context, table: string, column: string) {
  return rowsGroupedBy<{ schedule_id: number; id: number }, number>(
    ctx,
    `schedules.${table}`,
    `select schedule_id, ${column} as id from ${table} where schedule_id = any(?::int[]) order by schedule_id, ${column}`,
    (r) => r.schedule_id,
    (r) => r.id,
  );
}

@Resolver(() => Schedule)
export class ScheduleResolver {
  @Query(() => ScheduleConnection)
  schedules(@Args() args: SchedulesArgs, @Ctx() ctx: Context): Promise<ConnectionShape<Schedule>> {
    return listSchedules(ctx, args);
  }

  @Query(() => Schedule)
  schedule(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Schedule> {
    return getSchedule(ctx, id);
  }

  @Query(() => SchedulePreview, { description: 'The orders generating up to `until` (YYYY-MM-DD) would create; writes nothing.' })
  previewSchedule(@Arg('id', () => ID) id: string, @Arg('until') until: string, @Ctx() ctx: Context): Promise<SchedulePreview> {
    return previewSchedule(ctx, id, until);
  }

  @Query(() => MaintenanceJob, { description: 'A background job with its progress and result.' })
  maintenanceJob(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<MaintenanceJob> {
    return readJob(ctx.em, parseId(id));
  }

  @Mutation(() => Schedule)
  createSchedule(@Arg('input') input: CreateScheduleInput, @Ctx() ctx: Context): Promise<Schedule> {
    return createSchedule(ctx, input);
  }

  @Mutation(() => Schedule)
  updateSchedule(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateScheduleInput, @Ctx() ctx: Context): Promise<Schedule> {
    return updateSchedule(ctx, id, input);
  }

  @Mutation(() => Boolean, { description: 'Its generated orders stay, as ordinary preventive orders.' })
  deleteSchedule(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return deleteSchedule(ctx, id);
  }

  @Mutation(() => MaintenanceJob, {
    description: 'Generates the missing orders up to `until` (YYYY-MM-DD) in the background; poll maintenanceJob. Idempotent per (schedule, cycle, asset).',
  })
  generateSchedule(@Arg('id', () => ID) id: string, @Arg('until') until: string, @Ctx() ctx: Context): Promise<MaintenanceJob> {
    return generateSchedule(ctx, id, until);
  }

  @FieldResolver(() => Routine)
  async routine(@Root() s: Schedule, @Ctx() ctx: Context): Promise<Routine> {
    return (await routineById(ctx).load(s.routineId))!;
  }

  @FieldResolver(() => [ID], { description: 'Assets listed explicitly (areas add the assets below them).' })
  assetIds(@Root() s: Schedule, @Ctx() ctx: Context): Promise<number[]> {
    return linkIds(ctx, 'mantenimiento_programacion_activos', 'asset_id').load(s.id);
  }

  @FieldResolver(() => [ID])
  locationIds(@Root() s: Schedule, @Ctx() ctx: Context): Promise<number[]> {
    return linkIds(ctx, 'mantenimiento_programacion_ubicaciones', 'location_id').load(s.id);
  }

  @FieldResolver(() => [ID])
  calendarIds(@Root() s: Schedule, @Ctx() ctx: Context): Promise<number[]> {
    return linkIds(ctx, 'mantenimiento_programacion_calendarios', 'calendar_id').load(s.id);
  }
}
