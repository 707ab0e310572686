import type { Context } from '../../context';
import { BadUserInputError, Problems } from '../../errors';
import { parseId } from '../../graphql/ids';
import { isoDate } from '../../graphql/validation';
import { daysBetween } from '../calendars/calendar-slots';
import { enqueueJob, registerJobHandler } from './job-runner';
import type { MaintenanceJob } from './job.entity';
import { loadPlanInput, readScheduleRow } from './schedule-load';
import { planSchedule } from './schedule-plan';
import { writePlannedOrders } from './schedule-write';
import { PlannedOrderView, SchedulePreview } from './schedule.types';

// Generation of a schedule's preventive orders up to a date: planned in memory, written
// in batches (one transaction each, so progress is visible and a crash loses at most a
// batch, which a resumed run recreates), as a background job.

export const GENERATE_JOB = 'GENERATE_SCHEDULE';
const BATCH_ORDERS = 1000;
const MAX_HORIZON_DAYS = 3660;
const PREVIEW_LIMIT = 500;

function parseUntil(startDate: string, untilArg: string): string {
  const p = new Problems();
  const until = isoDate(p, 'until', untilArg);
  p.throwIfAny();
  if (!until) throw new BadUserInputError({ field: 'until', rule: 'required', message: 'until is required.' });
  if (daysBetween(startDate, until) > MAX_HORIZON_DAYS) {
    throw new BadUserInputError({ field: 'until', rule: 'range', message: `until must be at most ${MAX_HORIZON_DAYS} days after the start date.` });
  }
  return until;
}

registerJobHandler(GENERATE_JOB, async (_app, run) => {
  const started = Date.now();
  const schedule = await readScheduleRow(run.em, run.scheduleId!);
  const until = String(run.params.until);
  const input = await loadPlanInput(run.em, schedule, until);
  const plan = planSchedule(input, until);
  await run.progress(10);
  let ordersCreated = 0;
  let assetCyclesCreated = 0;
  let assetCyclesExisting = plan.existingPairs;
  for (let i = 0; i < plan.orders.length; i += BATCH_ORDERS) {
    const batch = plan.orders.slice(i, i + BATCH_ORDERS);
    const r = await run.em.transactional((em) => writePlannedOrders(em, run.actor, schedule, batch));
    ordersCreated += r.ordersCreated;
    assetCyclesCreated += r.assetCyclesCreated;
    assetCyclesExisting += r.assetCyclesExisting;
    await run.progress(10 + (90 * (i + batch.length)) / plan.orders.length);
  }
  return { ordersCreated, assetCyclesCreated, assetCyclesExisting, unplaced: plan.unplaced, durationMs: Date.now() - started };
});

/** Starts generating a schedule's orders up to `until` (YYYY-MM-DD) in the background; returns the job. */
export async function generateSchedule(ctx: Context, idArg: string, untilArg: string): Promise<MaintenanceJob> {
  const id = parseId(idArg);
  const schedule = await readScheduleRow(ctx.em, id);
  const until = parseUntil(schedule.start_date, untilArg);
  if (!schedule.active) throw new BadUserInputError({ field: 'id', rule: 'inactive', message: `Schedule ${id} is not active.` });
  if (schedule.interval_days === null) {
    throw new BadUserInputError({ field: 'id', rule: 'frequency', message: `Routine ${schedule.routine_code} has no frequency, so schedule ${id} has no cycles.` });
  }
  return enqueueJob(ctx.app, ctx.em, { kind: GENERATE_JOB, scheduleId: id, params: { until }, createdById: ctx.user?.id ?? null });
}

/** What generating up to `until` would create, without writing anything. */
export async function previewSchedule(ctx: Context, idArg: string, untilArg: string): Promise<SchedulePreview> {
  const id = parseId(idArg);
  const schedule = await readScheduleRow(ctx.em, id);
  const until = parseUntil(schedule.start_date, untilArg);
  const plan = planSchedule(await loadPlanInput(ctx.em, schedule, until), until);
  return Object.assign(new SchedulePreview(), {
    totalOrders: plan.orders.length,
    assetCycles: plan.orders.reduce((n, o) => n + o.assetIds.length, 0),
    assetCyclesExisting: plan.existingPairs,
    unplaced: plan.unplaced,
    truncated: plan.orders.length > PREVIEW_LIMIT,
    orders: plan.orders.slice(0, PREVIEW_LIMIT).map((o) =>
      Object.assign(new PlannedOrderView(), {
        cycleDate: o.cycleDate,
        scheduledStart: o.start,
        scheduledEnd: o.end,
        locationId: o.locationId,
        technicianId: o.technicianId,
        assetIds: o.assetIds,
      }),
    ),
  });
}

