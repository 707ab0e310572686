import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { intArray } from '../../db/sql';
import { addDays, daysBetween, firstSlot, localDate } from '../calendars/calendar-slots';
import { recordChecklistReadings } from '../meters/reading.service';
import { recordHistory } from '../work-orders/work-order.effects';
import type { WorkOrderStatus } from '../work-orders/work-order.enums';
import { DEFAULT_DURATION_MINUTES, loadCalendars, loadOccupancy, readScheduleRow } from './schedule-load';
import { occupancyKey } from './schedule-plan';

// What follows the completion of an order, inside the closing transaction: its
// MEASUREMENT answers become readings, and for a scheduled order the interval counts
// again from the actual completion: the schedule's offset changes so the next cycle
// falls `interval` days after it, and the pending orders of later cycles are placed
// again in the calendars from their moved dates.

export async function afterWorkOrderCompleted(em: EntityManager, ctx: Context, workOrderId: number, completedAt: Date): Promise<void> {
  await recordChecklistReadings(em, ctx, workOrderId, completedAt);
  const links = await em.execute<Array<{ schedule_id: number; cycle_date: string; code: string }>>(
    `select l.schedule_id, max(l.cycle_date)::text as cycle_date, max(wo.code) as code
     from mantenimiento_programacion_orden l join mantenimiento_ordentrabajo wo on wo.id = l.work_order_id
     where l.work_order_id = ? and l.trigger = 'CALENDAR' group by l.schedule_id`,
    [workOrderId],
  );
  for (const link of links) await shiftFollowingCycles(em, ctx, link.schedule_id, link.cycle_date, link.code, completedAt);
}

async function shiftFollowingCycles(em: EntityManager, ctx: Context, scheduleId: number, cycleDate: string, code: string, completedAt: Date): Promise<void> {
  const schedule = await readScheduleRow(em, scheduleId, true);
  if (schedule.interval_days === null) return;
  const calendars = await loadCalendars(em, scheduleId, addDays(cycleDate, -400), addDays(cycleDate, 3 * 366));
  const tz = calendars[0]?.timeZone ?? 'UTC';
  const dueNext = addDays(localDate(completedAt.getTime(), tz), schedule.interval_days);
  const nominalNext = addDays(cycleDate, schedule.interval_days);
  const offset = daysBetween(nominalNext, dueNext);
  if (offset === schedule.offset_days) return;
  await em.execute('update mantenimiento_programacion set offset_days = ?, updated_at = now() where id = ?', [offset, scheduleId]);

  const pending = await em.execute<Array<{ id: number; status: WorkOrderStatus; cycle_date: string; technician_id: number | null; scheduled_start: string | null }>>(
    `select wo.id, wo.status, min(l.cycle_date)::text as cycle_date, wo.technician_id, wo.scheduled_start
     from mantenimiento_programacion_orden l join mantenimiento_ordentrabajo wo on wo.id = l.work_order_id
     where l.schedule_id = ? and l.cycle_date > ?::date and l.trigger = 'CALENDAR' and wo.status in ('PENDING', 'SCHEDULED')
     group by wo.id order by 3, wo.id`,
    [scheduleId, cycleDate],
  );
  if (!pending.length) return;
  await em.execute('select id from mantenimiento_ordentrabajo where id = any(?::int[]) order by id for update', [intArray(pending.map((o) => o.id))]);
  const technicians = [...new Set(pending.map((o) => o.technician_id).filter((t): t is number => t !== null))];
  const from = addDays(pending[0]!.cycle_date, Math.min(offset, 0) - 1);
  const to = addDays(pending[pending.length - 1]!.cycle_date, Math.max(offset, 0) + 400);
  const occupancy = await loadOccupancy(em, scheduleId, technicians, from, to, pending.map((o) => o.id));
  const durationMs = (schedule.duration_minutes ?? DEFAULT_DURATION_MINUTES) * 60_000;
  const moved: Array<{ id: number; status: WorkOrderStatus; start: Date; end: Date; old: string | null }> = [];
  for (const o of pending) {
    const key = occupancyKey(scheduleId, o.technician_id);
    const slot = firstSlot(calendars, occupancy, key, addDays(o.cycle_date, offset), durationMs);
    if (!slot) continue;
    occupancy.add(key, slot);
    moved.push({ id: o.id, status: o.status, start: new Date(slot.start), end: new Date(slot.end), old: o.scheduled_start });
  }
  if (!moved.length) return;
  await em.execute(
    `update mantenimiento_ordentrabajo wo set scheduled_start = x.s, scheduled_end = x.e, version = wo.version + 1, updated_at = now()
     from unnest(?::int[], ?::timestamptz[], ?::timestamptz[]) as x(id, s, e) where wo.id = x.id`,
    [intArray(moved.map((m) => m.id)), `{${moved.map((m) => m.start.toISOString()).join(',')}}`, `{${moved.map((m) => m.end.toISOString()).join(',')}}`],
  );
  await recordHistory(
    em,
    ctx.user,
    moved.map((m) => ({
      workOrderId: m.id,
      from: m.status,
      to: m.status,
      reason: `Rescheduled from ${m.old ? new Date(m.old).toISOString() : 'none'} to ${m.start.toISOString()}: ${code} was completed, the interval counts from then.`,
    })),
  );
}
