import type { Context } from '../../context';
import { mapDeleteRestricted, mapUniqueViolation } from '../../db/constraint-errors';
import { intArray } from '../../db/sql';
import { BadUserInputError, NotFoundError, Problems } from '../../errors';
import { parseId } from '../../graphql/ids';
import { isoDate, optionalText, requiredText } from '../../graphql/validation';
import { BlockedDate, CalendarWindow, WorkCalendar } from './calendar.entity';
import type { CalendarWindowInput, WorkCalendarInput } from './calendar.inputs';
import { formatTime, isValidTimeZone, parseTime } from './calendar-slots';
import { textArray } from '../notifications/notification.service';

// Work calendars: weekday windows in a time zone (overnight windows allowed) and blocked dates.

const UNIQUE = { mantenimiento_calendario_name_unique: ['name', 'A work calendar with this name already exists.'] as [string, string] };

export async function listCalendars(ctx: Context, ids?: number[]): Promise<WorkCalendar[]> {
  const rows = await ctx.em.execute<Array<{ id: number; name: string; time_zone: string }>>(
    `select id, name, time_zone from mantenimiento_calendario ${ids ? 'where id = any(?::int[])' : ''} order by name`,
    ids ? [intArray(ids)] : [],
  );
  return rows.map((r) => Object.assign(new WorkCalendar(), { id: r.id, name: r.name, timeZone: r.time_zone }));
}

export async function getCalendar(ctx: Context, idArg: string | number): Promise<WorkCalendar> {
  const id = parseId(idArg);
  const [c] = await listCalendars(ctx, [id]);
  if (!c) throw new NotFoundError('WorkCalendar', id);
  return c;
}

export async function windowsOf(ctx: Context, calendarIds: readonly number[]): Promise<CalendarWindow[]> {
  const rows = await ctx.em.execute<Array<{ id: number; calendar_id: number; weekday: number; start_time: string; end_time: string }>>(
    `select id, calendar_id, weekday, start_time::text as start_time, end_time::text as end_time from mantenimiento_calendario_ventana
     where calendar_id = any(?::int[]) order by calendar_id, weekday, start_time`,
    [intArray(calendarIds)],
  );
  return rows.map((r) =>
    Object.assign(new CalendarWindow(), {
      id: r.id,
      calendar: { id: r.calendar_id },
      weekday: r.weekday,
      startTime: formatTime(parseTime(r.start_time)!),
      endTime: formatTime(parseTime(r.end_time)!),
    }),
  );
}

export async function blockedDatesOf(ctx: Context, calendarIds: readonly number[], from: string | null, to: string | null): Promise<BlockedDate[]> {
  const rows = await ctx.em.execute<Array<{ id: number; calendar_id: number; date: string; reason: string }>>(
    `select id, calendar_id, date::text as date, reason from mantenimiento_fechabloqueada
     where calendar_id = any(?::int[]) and (?::date is null or date >= ?::date) and (?::date is null or date <= ?::date)
     order by calendar_id, date limit 5000`,
    [intArray(calendarIds), from, from, to, to],
  );
  return rows.map((r) => Object.assign(new BlockedDate(), { id: r.id, calendar: { id: r.calendar_id }, date: r.date, reason: r.reason }));
}

function windowValues(p: Problems, windows: CalendarWindowInput[]) {
  if (windows.length > 100) p.add('windows', 'max_items', 'A calendar has at most 100 windows.');
  return windows.map((w, i) => {
    if (!Number.isInteger(w.weekday) || w.weekday < 1 || w.weekday > 7) p.add(`windows[${i}].weekday`, 'range', 'weekday must be 1 (Monday) to 7 (Sunday).');
    const start = parseTime(w.startTime);
    const end = parseTime(w.endTime);
    if (start === null) p.add(`windows[${i}].startTime`, 'time', 'startTime must be HH:MM.');
    if (end === null) p.add(`windows[${i}].endTime`, 'time', 'endTime must be HH:MM.');
    if (start !== null && start === end) p.add(`windows[${i}].endTime`, 'empty', 'A window cannot start and end at the same time.');
    return { weekday: w.weekday, start: formatTime(start ?? 0), end: formatTime(end ?? 0) };
  });
}

async function saveCalendar(ctx: Context, id: number | null, input: WorkCalendarInput): Promise<WorkCalendar> {
  const p = new Problems();
  const name = requiredText(p, 'name', input.name, 100);
  if (!isValidTimeZone(input.timeZone)) p.add('timeZone', 'time_zone', `timeZone must be an IANA zone like Europe/Madrid (got "${input.timeZone.slice(0, 64)}").`);
  const windows = windowValues(p, input.windows);
  p.throwIfAny();
  try {
    const savedId = await ctx.em.transactional(async (em) => {
      let calendarId = id;
      if (calendarId === null) {
        const [row] = await em.execute<Array<{ id: number }>>('insert into mantenimiento_calendario (name, time_zone) values (?, ?) returning id', [name, input.timeZone]);
        calendarId = row!.id;
      } else {
        const rows = await em.execute<Array<{ id: number }>>('update mantenimiento_calendario set name = ?, time_zone = ? where id = ? returning id', [name, input.timeZone, calendarId]);
        if (!rows.length) throw new NotFoundError('WorkCalendar', calendarId);
        await em.execute('delete from mantenimiento_calendario_ventana where calendar_id = ?', [calendarId]);
      }
      await em.execute(
        `insert into mantenimiento_calendario_ventana (calendar_id, weekday, start_time, end_time)
         select ?::int, w, s, e from unnest(?::smallint[], ?::time[], ?::time[]) as x(w, s, e)`,
        [calendarId, `{${windows.map((w) => w.weekday).join(',')}}`, `{${windows.map((w) => w.start).join(',')}}`, `{${windows.map((w) => w.end).join(',')}}`],
      );
      return calendarId;
    });
    return await getCalendar(ctx, savedId);
  } catch (err) {
    return mapUniqueViolation(err, UNIQUE);
  }
}

export const createCalendar = (ctx: Context, input: WorkCalendarInput) => saveCalendar(ctx, null, input);
export const updateCalendar = (ctx: Context, id: string, input: WorkCalendarInput) => saveCalendar(ctx, parseId(id), input);

/** Refused while schedules use it. */
export async function deleteCalendar(ctx: Context, idArg: string): Promise<boolean> {
  const id = parseId(idArg);
  try {
    const rows = await ctx.em.execute<Array<{ id: number }>>('delete from mantenimiento_calendario where id = ? returning id', [id]);
    if (!rows.length) throw new NotFoundError('WorkCalendar', id);
    return true;
  } catch (err) {
    return mapDeleteRestricted(err, 'WorkCalendar', id);
  }
}

function parseDates(dates: string[]): string[] {
  const p = new Problems();
  if (dates.length > 1000) p.add('dates', 'max_items', 'Give at most 1000 dates at once.');
  const out = dates.map((d, i) => isoDate(p, `dates[${i}]`, d)).filter((d): d is string => d !== null);
  if (!dates.length) p.add('dates', 'required', 'Give at least one date.');
  p.throwIfAny();
  return [...new Set(out)];
}

/** Blocks local dates (an existing one keeps its row and takes the new reason). */
export async function addBlockedDates(ctx: Context, calendarIdArg: string, dateArgs: string[], reasonArg?: string | null): Promise<WorkCalendar> {
  const calendar = await getCalendar(ctx, calendarIdArg);
  const dates = parseDates(dateArgs);
  const p = new Problems();
  const reason = optionalText(p, 'reason', reasonArg, 200);
  p.throwIfAny();
  await ctx.em.execute(
    `insert into mantenimiento_fechabloqueada (calendar_id, date, reason) select ?::int, d, ? from unnest(?::date[]) as d
     on conflict (calendar_id, date) do update set reason = excluded.reason`,
    [calendar.id, reason, textArray(dates)],
  );
  return calendar;
}

export async function removeBlockedDates(ctx: Context, calendarIdArg: string, dateArgs: string[]): Promise<WorkCalendar> {
  const calendar = await getCalendar(ctx, calendarIdArg);
  const dates = parseDates(dateArgs);
  await ctx.em.execute('delete from mantenimiento_fechabloqueada where calendar_id = ? and date = any(?::date[])', [calendar.id, textArray(dates)]);
  return calendar;
}

export function assertDate(field: string, value: string | null | undefined): string | null {
  const p = new Problems();
  const d = isoDate(p, field, value);
  if (p.any) throw new BadUserInputError({ field, rule: 'date', message: `${field} must be a date like 2026-03-31.` });
  return d;
}
