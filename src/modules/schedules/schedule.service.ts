import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { mapDeleteRestricted } from '../../db/constraint-errors';
import { intArray } from '../../db/sql';
import { BadUserInputError, NotFoundError, Problems } from '../../errors';
import { parseId, parseIds, parseOptionalId } from '../../graphql/ids';
import { checkPageSize, decodeCursor, toConnection, type ConnectionShape } from '../../graphql/pagination';
import { isoDate, requiredText } from '../../graphql/validation';
import { meterDecimal } from '../meters/meter-values';
import { asEntity } from '../../db/as-entity';
import { mapWriteError } from '../work-orders/work-order.write';
import { Schedule } from './schedule.entity';
import type { CreateScheduleInput, ScheduleAssetInput, SchedulesArgs, UpdateScheduleInput } from './schedule.inputs';

// Schedules: a routine on assets and/or areas, on work calendars, from a start date.

interface ScheduleDbRow {
  id: number;
  name: string;
  routine_id: number;
  start_date: string;
  end_date: string | null;
  technician_id: number | null;
  priority: Schedule['priority'];
  active: boolean;
  offset_days: number;
  meter_point_id: number | null;
  meter_every: string | null;
  created_at: string;
  updated_at: string;
}

const COLUMNS = `s.id, s.name, s.routine_id, s.start_date::text as start_date, s.end_date::text as end_date, s.technician_id, s.priority,
  s.active, s.offset_days, s.meter_point_id, s.meter_every::text as meter_every, s.created_at, s.updated_at`;

function toSchedule(r: ScheduleDbRow): Schedule {
  return asEntity(Schedule, {
    id: r.id,
    name: r.name,
    routineId: r.routine_id,
    startDate: r.start_date,
    endDate: r.end_date,
    technicianId: r.technician_id,
    priority: r.priority,
    active: r.active,
    offsetDays: r.offset_days,
    meterPointId: r.meter_point_id,
    meterEvery: r.meter_every,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
  });
}

export async function getSchedule(ctx: Context, idArg: string | number): Promise<Schedule> {
  const id = parseId(idArg);
  const rows = await ctx.em.execute<ScheduleDbRow[]>(`select ${COLUMNS} from mantenimiento_programacion s where s.id = ?`, [id]);
  if (!rows[0]) throw new NotFoundError('Schedule', id);
  return toSchedule(rows[0]);
}

export async function listSchedules(ctx: Context, args: SchedulesArgs): Promise<ConnectionShape<Schedule>> {
  const first = checkPageSize(args.first);
  const cursor = decodeCursor(args.after, ['int']);
  const where: string[] = [];
  const params: unknown[] = [];
  const routineId = parseOptionalId(args.routineId, 'routineId');
  if (routineId) {
    where.push('s.routine_id = ?');
    params.push(routineId);
  }
  if (cursor) {
    where.push('s.id < ?');
    params.push(cursor[0]);
  }
  const rows = await ctx.em.execute<ScheduleDbRow[]>(
    `select ${COLUMNS} from mantenimiento_programacion s ${where.length ? `where ${where.join(' and ')}` : ''} order by s.id desc limit ?`,
    [...params, first + 1],
  );
  return toConnection(rows, first, (r) => [r.id], toSchedule);
}

interface Links {
  assets: Array<{ assetId: number; technicianId: number | null }> | null;
  locationIds: number[] | null;
  calendarIds: number[] | null;
}

function parseAssets(list: ScheduleAssetInput[] | null | undefined): Links['assets'] {
  if (!list) return null;
  if (list.length > 5000) throw new BadUserInputError({ field: 'assets', rule: 'max_items', message: 'assets takes at most 5000 entries.' });
  const seen = new Map<number, number | null>();
  list.forEach((a, i) => seen.set(parseId(a.assetId, `assets[${i}].assetId`), parseOptionalId(a.technicianId, `assets[${i}].technicianId`)));
  return [...seen].map(([assetId, technicianId]) => ({ assetId, technicianId }));
}

/** Every reference must exist; the meter point must be cumulative. Reports all problems at once. */
async function checkReferences(
  em: EntityManager,
  p: Problems,
  refs: { routineId?: number; technicianIds: number[]; meterPointId?: number | null } & Links,
): Promise<void> {
  const assetIds = refs.assets?.map((a) => a.assetId) ?? [];
  const [r] = await em.execute<Array<{ routine: boolean; assets: number[] | null; locations: number[] | null; calendars: number[] | null; users: number[] | null; meter_cumulative: boolean | null }>>(
    `select exists(select 1 from mantenimiento_rutina where id = ?::int) as routine,
       (select array_agg(id) from activos_activo where id = any(?::int[])) as assets,
       (select array_agg(id) from activos_ubicacion where id = any(?::int[])) as locations,
       (select array_agg(id) from mantenimiento_calendario where id = any(?::int[])) as calendars,
       (select array_agg(id) from auth_user where id = any(?::int[]) and is_active) as users,
       (select cumulative from mantenimiento_puntomedida where id = ?::int) as meter_cumulative`,
    [refs.routineId ?? null, intArray(assetIds), intArray(refs.locationIds ?? []), intArray(refs.calendarIds ?? []), intArray(refs.technicianIds), refs.meterPointId ?? null],
  );
  const missing = (ids: number[], found: number[] | null) => ids.filter((id) => !(found ?? []).includes(id));
  if (refs.routineId !== undefined && !r!.routine) p.add('routineId', 'exists', `Routine ${refs.routineId} does not exist.`);
  const a = missing(assetIds, r!.assets);
  if (a.length) p.add('assets', 'exists', `Assets ${a.join(', ')} do not exist.`);
  const l = missing(refs.locationIds ?? [], r!.locations);
  if (l.length) p.add('locationIds', 'exists', `Locations ${l.join(', ')} do not exist.`);
  const c = missing(refs.calendarIds ?? [], r!.calendars);
  if (c.length) p.add('calendarIds', 'exists', `Work calendars ${c.join(', ')} do not exist.`);
  const u = missing(refs.technicianIds, r!.users);
  if (u.length) p.add('technicianId', 'exists', `Users ${u.join(', ')} do not exist or are inactive.`);
  if (refs.meterPointId) {
    if (r!.meter_cumulative === null) p.add('meterPointId', 'exists', `Measurement point ${refs.meterPointId} does not exist.`);
    else if (!r!.meter_cumulative) p.add('meterPointId', 'cumulative', 'Meter-based schedules need a cumulative measurement point.');
  }
}

async function writeLinks(em: EntityManager, id: number, links: Links): Promise<void> {
  if (links.assets) {
    await em.execute('delete from mantenimiento_programacion_activos where schedule_id = ?', [id]);
    await em.execute(
      `insert into mantenimiento_programacion_activos (schedule_id, asset_id, technician_id) select ?::int, a, t from unnest(?::int[], ?::int[]) as x(a, t)`,
      [id, intArray(links.assets.map((a) => a.assetId)), `{${links.assets.map((a) => a.technicianId ?? 'NULL').join(',')}}`],
    );
  }
  if (links.locationIds) {
    await em.execute('delete from mantenimiento_programacion_ubicaciones where schedule_id = ?', [id]);
    await em.execute('insert into mantenimiento_programacion_ubicaciones (schedule_id, location_id) select ?::int, unnest(?::int[])', [id, intArray(links.locationIds)]);
  }
  if (links.calendarIds) {
    await em.execute('delete from mantenimiento_programacion_calendarios where schedule_id = ?', [id]);
    await em.execute('insert into mantenimiento_programacion_calendarios (schedule_id, calendar_id) select ?::int, unnest(?::int[])', [id, intArray(links.calendarIds)]);
  }
}

export async function createSchedule(ctx: Context, input: CreateScheduleInput): Promise<Schedule> {
  const p = new Problems();
  const name = requiredText(p, 'name', input.name, 200);
  const routineId = parseId(input.routineId, 'routineId');
  const startDate = isoDate(p, 'startDate', input.startDate);
  if (!startDate && !p.any) p.add('startDate', 'required', 'startDate is required.');
  const endDate = isoDate(p, 'endDate', input.endDate);
  if (startDate && endDate && endDate < startDate) p.add('endDate', 'after_start', 'endDate must not be before startDate.');
  const technicianId = parseOptionalId(input.technicianId, 'technicianId');
  const meterPointId = parseOptionalId(input.meterPointId, 'meterPointId');
  const meterEvery = meterDecimal(p, 'meterEvery', input.meterEvery, { positive: true });
  if ((meterPointId === null) !== (meterEvery === null) && !p.any) p.add('meterEvery', 'together', 'Give meterPointId and meterEvery together.');
  const links: Links = {
    assets: parseAssets(input.assets),
    locationIds: parseIds(input.locationIds, 'locationIds', 500),
    calendarIds: parseIds(input.calendarIds, 'calendarIds', 50),
  };
  if (!links.calendarIds!.length) p.add('calendarIds', 'required', 'Give at least one work calendar.');
  if (!links.assets!.length && !links.locationIds!.length) p.add('assets', 'required', 'Give assets or areas (locationIds).');
  p.throwIfAny();
  const technicianIds = [...new Set([technicianId, ...links.assets!.map((a) => a.technicianId)].filter((t): t is number => t !== null))];
  await checkReferences(ctx.em, p, { routineId, technicianIds, meterPointId, ...links });
  p.throwIfAny();
  try {
    const id = await ctx.em.transactional(async (em) => {
      const [row] = await em.execute<Array<{ id: number }>>(
        `insert into mantenimiento_programacion (name, routine_id, start_date, end_date, technician_id, priority, active, meter_point_id, meter_every)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id`,
        [name, routineId, startDate, endDate, technicianId, input.priority, input.active, meterPointId, meterEvery],
      );
      await writeLinks(em, row!.id, links);
      return row!.id;
    });
    return await getSchedule(ctx, id);
  } catch (err) {
    return mapWriteError(err);
  }
}

export async function updateSchedule(ctx: Context, idArg: string, input: UpdateScheduleInput): Promise<Schedule> {
  const id = parseId(idArg);
  const current = await getSchedule(ctx, id);
  const p = new Problems();
  const set: Record<string, unknown> = {};
  if (input.name !== undefined && input.name !== null) set.name = requiredText(p, 'name', input.name, 200);
  if (input.endDate !== undefined) {
    set.end_date = isoDate(p, 'endDate', input.endDate);
    if (set.end_date && (set.end_date as string) < current.startDate) p.add('endDate', 'after_start', 'endDate must not be before startDate.');
  }
  if (input.technicianId !== undefined) set.technician_id = parseOptionalId(input.technicianId, 'technicianId');
  if (input.priority) set.priority = input.priority;
  if (input.active !== undefined && input.active !== null) set.active = input.active;
  if (input.meterPointId !== undefined) set.meter_point_id = parseOptionalId(input.meterPointId, 'meterPointId');
  if (input.meterEvery !== undefined) set.meter_every = meterDecimal(p, 'meterEvery', input.meterEvery, { positive: true });
  const meterPoint = set.meter_point_id !== undefined ? set.meter_point_id : current.meterPointId;
  const meterEvery = set.meter_every !== undefined ? set.meter_every : current.meterEvery;
  if ((meterPoint === null) !== (meterEvery === null) && !p.any) p.add('meterEvery', 'together', 'Give meterPointId and meterEvery together.');
  const links: Links = {
    assets: parseAssets(input.assets),
    locationIds: input.locationIds ? parseIds(input.locationIds, 'locationIds', 500) : null,
    calendarIds: input.calendarIds ? parseIds(input.calendarIds, 'calendarIds', 50) : null,
  };
  if (links.calendarIds && !links.calendarIds.length) p.add('calendarIds', 'required', 'Give at least one work calendar.');
  p.throwIfAny();
  const technicianIds = [set.technician_id as number | null | undefined, ...(links.assets ?? []).map((a) => a.technicianId)].filter((t): t is number => typeof t === 'number');
  await checkReferences(ctx.em, p, { technicianIds, meterPointId: set.meter_point_id as number | null | undefined, ...links });
  p.throwIfAny();
  try {
    await ctx.em.transactional(async (em) => {
      const columns = Object.keys(set);
      await em.execute(
        `update mantenimiento_programacion set ${columns.map((c) => `${c} = ?`).join(', ')}${columns.length ? ', ' : ''}updated_at = now() where id = ?`,
        [...columns.map((c) => set[c]), id],
      );
      await writeLinks(em, id, links);
      const [left] = await em.execute<Array<{ assets: number; areas: number }>>(
        `select (select count(*)::int from mantenimiento_programacion_activos where schedule_id = ?) as assets,
           (select count(*)::int from mantenimiento_programacion_ubicaciones where schedule_id = ?) as areas`,
        [id, id],
      );
      if (!left!.assets && !left!.areas) throw new BadUserInputError({ field: 'assets', rule: 'required', message: 'A schedule keeps assets or areas (locationIds).' });
    });
    return await getSchedule(ctx, id);
  } catch (err) {
    return mapWriteError(err);
  }
}

/** Deletes a schedule; its generated orders stay (as ordinary preventive orders). */
export async function deleteSchedule(ctx: Context, idArg: string): Promise<boolean> {
  const id = parseId(idArg);
  try {
    const rows = await ctx.em.execute<Array<{ id: number }>>('delete from mantenimiento_programacion where id = ? returning id', [id]);
    if (!rows.length) throw new NotFoundError('Schedule', id);
    return true;
  } catch (err) {
    return mapDeleteRestricted(err, 'Schedule', id);
  }
}
