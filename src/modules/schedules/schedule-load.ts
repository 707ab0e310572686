import type { EntityManager } from '@mikro-orm/postgresql';
import { intArray } from '../../db/sql';
import { BadUserInputError, NotFoundError } from '../../errors';
import { addDays, Occupancy, parseTime, type CalendarSpec } from '../calendars/calendar-slots';
import type { Priority } from '../work-orders/work-order.enums';
import { occupancyKey, type PlanAsset, type PlanInput } from './schedule-plan';
import { OPEN_STATUS_LIST_SQL } from '../work-orders/work-order-status';

// Reads what planning needs in a fixed number of statements, whatever the size of the
// schedule: the schedule and its routine, calendars with windows and blocked dates, the
// covered assets (explicit ones and those below its areas), the pairs already generated
// and the busy time of the technicians involved.

export const DEFAULT_DURATION_MINUTES = 60;

export interface ScheduleRow {
  id: number;
  name: string;
  routine_id: number;
  routine_code: string;
  routine_name: string;
  interval_days: number | null;
  duration_minutes: number | null;
  start_date: string;
  end_date: string | null;
  technician_id: number | null;
  priority: Priority;
  active: boolean;
  offset_days: number;
  meter_point_id: number | null;
  meter_every: string | null;
}

export async function readScheduleRow(em: EntityManager, id: number, lock = false): Promise<ScheduleRow> {
  const rows = await em.execute<ScheduleRow[]>(
    `select s.id, s.name, s.routine_id, r.code as routine_code, r.name as routine_name, f.interval_days,
       r.estimated_duration_minutes as duration_minutes, s.start_date::text as start_date, s.end_date::text as end_date,
       s.technician_id, s.priority, s.active, s.offset_days, s.meter_point_id, s.meter_every::text as meter_every
     from mantenimiento_programacion s
     join mantenimiento_rutina r on r.id = s.routine_id
     left join mantenimiento_frecuencia f on f.id = r.frequency_id
     where s.id = ?${lock ? ' for update of s' : ''}`,
    [id],
  );
  if (!rows[0]) throw new NotFoundError('Schedule', id);
  return rows[0];
}

export async function loadCalendars(em: EntityManager, scheduleId: number, from: string, to: string): Promise<CalendarSpec[]> {
  const rows = await em.execute<Array<{ id: number; time_zone: string; windows: Array<{ weekday: number; start_time: string; end_time: string }> | null; blocked: string[] | null }>>(
    `select c.id, c.time_zone,
       (select json_agg(json_build_object('weekday', w.weekday, 'start_time', w.start_time::text, 'end_time', w.end_time::text))
          from mantenimiento_calendario_ventana w where w.calendar_id = c.id) as windows,
       (select array_agg(b.date::text) from mantenimiento_fechabloqueada b where b.calendar_id = c.id and b.date between ?::date and ?::date) as blocked
     from mantenimiento_programacion_calendarios sc join mantenimiento_calendario c on c.id = sc.calendar_id
     where sc.schedule_id = ? order by c.id`,
    [from, to, scheduleId],
  );
  return rows.map((r) => ({
    id: r.id,
    timeZone: r.time_zone,
    windows: (r.windows ?? []).map((w) => ({ weekday: w.weekday, startMin: parseTime(w.start_time)!, endMin: parseTime(w.end_time)! })),
    blocked: new Set(r.blocked ?? []),
  }));
}

/** Explicit assets (with their own technician, else the schedule's) and every asset below the areas; obsolete ones are left out. */
export async function loadScheduleAssets(em: EntityManager, schedule: ScheduleRow): Promise<PlanAsset[]> {
  const rows = await em.execute<Array<{ id: number; location_id: number; technician_id: number | null }>>(
    `with recursive area as (
       select location_id as id from mantenimiento_programacion_ubicaciones where schedule_id = ?
       union
       select l.id from activos_ubicacion l join area on l.parent_id = area.id
     ), covered as (
       select sa.asset_id as id, coalesce(sa.technician_id, ?::int) as technician_id
       from mantenimiento_programacion_activos sa where sa.schedule_id = ?
       union all
       select a.id, ?::int from activos_activo a
       where a.location_id in (select id from area)
         and not exists (select 1 from mantenimiento_programacion_activos sa where sa.schedule_id = ? and sa.asset_id = a.id)
     )
     select a.id, a.location_id, c.technician_id from covered c join activos_activo a on a.id = c.id
     where a.state <> 'OBSOLETE' order by a.location_id, a.id`,
    [schedule.id, schedule.technician_id, schedule.id, schedule.technician_id, schedule.id],
  );
  return rows.map((r) => ({ id: r.id, locationId: r.location_id, technicianId: r.technician_id }));
}

export async function loadExistingPairs(em: EntityManager, scheduleId: number, until: string): Promise<Set<string>> {
  // One row per asset (not per pair): a year of weekly cycles for 1,000 assets is 1,000 rows, not 52,000.
  const rows = await em.execute<Array<{ asset_id: number; cycles: string }>>(
    `select asset_id, string_agg(cycle_date::text, ',') as cycles from mantenimiento_programacion_orden
     where schedule_id = ? and cycle_date <= ?::date group by asset_id`,
    [scheduleId, until],
  );
  const pairs = new Set<string>();
  for (const r of rows) for (const c of r.cycles.split(',')) pairs.add(`${c}|${r.asset_id}`);
  return pairs;
}

/** Busy time of open orders: per technician involved, and this schedule's unassigned orders. */
export async function loadOccupancy(
  em: EntityManager,
  scheduleId: number,
  technicianIds: number[],
  from: string,
  to: string,
  excludeOrderIds: number[] = [],
): Promise<Occupancy> {
  const occupancy = new Occupancy();
  const rows = await em.execute<Array<{ technician_id: number | null; s: string; e: string }>>(
    `select wo.technician_id, wo.scheduled_start as s, coalesce(wo.scheduled_end, wo.scheduled_start) as e
     from mantenimiento_ordentrabajo wo
     where wo.status in ${OPEN_STATUS_LIST_SQL} and wo.scheduled_start is not null
       and wo.scheduled_start < (?::date + 2) and coalesce(wo.scheduled_end, wo.scheduled_start) > (?::date - 2)
       and not (wo.id = any(?::int[]))
       and (wo.technician_id = any(?::int[])
         or (wo.technician_id is null and wo.id in (select l.work_order_id from mantenimiento_programacion_orden l where l.schedule_id = ?)))`,
    [to, from, intArray(excludeOrderIds), intArray(technicianIds), scheduleId],
  );
  for (const r of rows) occupancy.add(occupancyKey(scheduleId, r.technician_id), { start: new Date(r.s).getTime(), end: new Date(r.e).getTime() });
  return occupancy;
}

/** Everything planning needs for cycles up to `until`. */
export async function loadPlanInput(em: EntityManager, schedule: ScheduleRow, until: string): Promise<PlanInput> {
  if (schedule.interval_days === null) {
    throw new BadUserInputError({ field: 'id', rule: 'frequency', message: `Routine ${schedule.routine_code} has no frequency, so schedule ${schedule.id} has no cycles.` });
  }
  const from = addDays(schedule.start_date, Math.min(0, schedule.offset_days));
  const to = addDays(until, Math.max(0, schedule.offset_days) + 400);
  const assets = await loadScheduleAssets(em, schedule);
  const technicians = [...new Set(assets.map((a) => a.technicianId).filter((t): t is number => t !== null))];
  return {
    scheduleId: schedule.id,
    startDate: schedule.start_date,
    endDate: schedule.end_date,
    offsetDays: schedule.offset_days,
    intervalDays: schedule.interval_days,
    durationMinutes: schedule.duration_minutes ?? DEFAULT_DURATION_MINUTES,
    calendars: await loadCalendars(em, schedule.id, from, to),
    assets,
    existing: await loadExistingPairs(em, schedule.id, until),
    occupancy: await loadOccupancy(em, schedule.id, technicians, from, to),
  };
}
