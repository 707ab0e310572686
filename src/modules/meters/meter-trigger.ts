import type { EntityManager } from '@mikro-orm/postgresql';
import { intArray } from '../../db/sql';
import type { AuthUser } from '../auth/auth-user';
import { firstSlot, localDate } from '../calendars/calendar-slots';
import { DEFAULT_DURATION_MINUTES, loadCalendars, loadOccupancy, readScheduleRow } from '../schedules/schedule-load';
import { occupancyKey } from '../schedules/schedule-plan';
import { writePlannedOrders } from '../schedules/schedule-write';
import { deltaSql } from './consumption.sql';
import { OPEN_STATUS_LIST_SQL } from '../work-orders/work-order-status';

// Meter-based preventive maintenance: a schedule with a cumulative point and `meterEvery`
// is due when the meter has advanced that much since the last completed order of the
// schedule (measured from the last reading at or before its completion; before any
// completion, from the schedule's start date). Checked when readings arrive, under the
// schedule's row lock, and at most one meter-triggered order is open at a time.

export async function checkMeterSchedules(em: EntityManager, actor: Pick<AuthUser, 'id'> | null, pointIds: number[]): Promise<number> {
  if (!pointIds.length) return 0;
  const schedules = await em.execute<Array<{ id: number }>>(
    `select id from mantenimiento_programacion where active and meter_point_id = any(?::int[]) order by id`,
    [intArray(pointIds)],
  );
  let created = 0;
  for (const { id } of schedules) created += await checkOne(em, actor, id);
  return created;
}

async function checkOne(em: EntityManager, actor: Pick<AuthUser, 'id'> | null, scheduleId: number): Promise<number> {
  const schedule = await readScheduleRow(em, scheduleId, true);
  const [state] = await em.execute<Array<{ advance: string; open: boolean; asset_id: number; location_id: number; technician_id: number | null }>>(
    `with done as (
       select max(c.actual_end) as at from mantenimiento_programacion_orden l
       join mantenimiento_ordentrabajo wo on wo.id = l.work_order_id and wo.status = 'COMPLETED'
       join mantenimiento_cierreordentrabajo c on c.work_order_id = wo.id
       where l.schedule_id = ?
     ), since as (
       select coalesce(
         (select max(l.read_at) from mantenimiento_lectura l, done where l.point_id = ? and l.read_at <= done.at),
         (select at from done),
         ?::date::timestamptz) as at
     ), r as (
       select l.value, l.reset, p.rollover_value, lag(l.value) over (order by l.read_at, l.id) as prev
       from mantenimiento_lectura l join mantenimiento_puntomedida p on p.id = l.point_id, since
       where l.point_id = ? and l.read_at >= since.at
     )
     select coalesce((select sum(${deltaSql('r')}) from r), 0)::text as advance,
       exists(select 1 from mantenimiento_programacion_orden l join mantenimiento_ordentrabajo wo on wo.id = l.work_order_id
              where l.schedule_id = ? and l.trigger = 'METER' and wo.status in ${OPEN_STATUS_LIST_SQL}) as open,
       a.id as asset_id, a.location_id,
       coalesce((select sa.technician_id from mantenimiento_programacion_activos sa where sa.schedule_id = ? and sa.asset_id = a.id), ?::int) as technician_id
     from mantenimiento_puntomedida p join activos_activo a on a.id = p.asset_id where p.id = ?`,
    [scheduleId, schedule.meter_point_id, schedule.start_date, schedule.meter_point_id, scheduleId, scheduleId, schedule.technician_id, schedule.meter_point_id],
  );
  if (!state || state.open || Number(state.advance) < Number(schedule.meter_every)) return 0;
  const calendars = await loadCalendars(em, scheduleId, localDate(Date.now() - 86_400_000, 'UTC'), localDate(Date.now() + 400 * 86_400_000, 'UTC'));
  const today = localDate(Date.now(), calendars[0]?.timeZone ?? 'UTC');
  const technicians = state.technician_id === null ? [] : [state.technician_id];
  const occupancy = await loadOccupancy(em, scheduleId, technicians, today, localDate(Date.now() + 400 * 86_400_000, 'UTC'));
  const slot = firstSlot(calendars, occupancy, occupancyKey(scheduleId, state.technician_id), today, (schedule.duration_minutes ?? DEFAULT_DURATION_MINUTES) * 60_000);
  if (!slot) return 0;
  const written = await writePlannedOrders(
    em,
    actor as AuthUser | null,
    schedule,
    [{ cycleDate: today, start: new Date(slot.start), end: new Date(slot.end), locationId: state.location_id, technicianId: state.technician_id, assetIds: [state.asset_id] }],
    'METER',
  );
  return written.ordersCreated;
}
