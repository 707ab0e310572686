// Calendar arithmetic for placing orders: local dates and times of a calendar's time zone
// turned into instants, weekday windows (an end at or before the start runs into the next
// day), blocked dates, and the first free stretch of a window for one technician.

const DAY_MS = 86_400_000;

export interface WindowSpec {
  weekday: number;
  startMin: number;
  endMin: number;
}

export interface CalendarSpec {
  id: number;
  timeZone: string;
  windows: WindowSpec[];
  /** Local dates (YYYY-MM-DD) without windows. */
  blocked: Set<string>;
}

export interface Interval {
  start: number;
  end: number;
}

/** YYYY-MM-DD plus n days. */
export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** ISO weekday of a calendar date: 1 = Monday .. 7 = Sunday. */
export function isoWeekday(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

const formats = new Map<string, Intl.DateTimeFormat>();
function format(tz: string): Intl.DateTimeFormat {
  let f = formats.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(tz, f);
  }
  return f;
}

export function isValidTimeZone(tz: string): boolean {
  if (!tz || tz.length > 64) return false;
  try {
    format(tz);
    return true;
  } catch {
    return false;
  }
}

function localParts(ms: number, tz: string): number[] {
  const parts = format(tz).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return [get('year'), get('month'), get('day'), get('hour'), get('minute'), get('second')];
}

function offsetMs(ms: number, tz: string): number {
  const [y, mo, d, h, mi, s] = localParts(ms, tz);
  return Date.UTC(y!, mo! - 1, d!, h!, mi!, s!) - Math.floor(ms / 1000) * 1000;
}

/** The instant of a local date and minute of the day in a time zone (DST gaps move forward). */
export function localToInstant(date: string, minutes: number, tz: string): number {
  const guess = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
  const first = guess - offsetMs(guess, tz);
  const second = guess - offsetMs(first, tz);
  return second;
}

/** The local calendar date of an instant in a time zone. */
export function localDate(ms: number, tz: string): string {
  const [y, mo, d] = localParts(ms, tz);
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "HH:MM" or "HH:MM:SS" -> minutes of the day, or null. */
export function parseTime(value: string): number | null {
  const m = /^(\d{2}):(\d{2})(?::00)?$/.exec(value.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h < 24 && min < 60 ? h * 60 + min : null;
}

export function formatTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The windows of every calendar opening on a local date (skipping blocked dates), as instants, earliest first. */
export function windowsOn(calendars: readonly CalendarSpec[], date: string): Interval[] {
  const weekday = isoWeekday(date);
  const out: Interval[] = [];
  for (const cal of calendars) {
    if (cal.blocked.has(date)) continue;
    for (const w of cal.windows) {
      if (w.weekday !== weekday) continue;
      const start = localToInstant(date, w.startMin, cal.timeZone);
      const end = w.endMin > w.startMin ? localToInstant(date, w.endMin, cal.timeZone) : localToInstant(addDays(date, 1), w.endMin, cal.timeZone);
      out.push({ start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Busy time per technician (or per schedule when nobody is assigned), bucketed by UTC day
 * of the start so a fit checks only the neighbouring days.
 */
export class Occupancy {
  private readonly byKey = new Map<string, Map<number, Interval[]>>();

  add(key: string, iv: Interval): void {
    let days = this.byKey.get(key);
    if (!days) this.byKey.set(key, (days = new Map()));
    const day = Math.floor(iv.start / DAY_MS);
    const list = days.get(day);
    if (list) list.push(iv);
    else days.set(day, [iv]);
  }

  /** The earliest start in `window` where `durationMs` fits without overlapping busy time, or null. */
  firstFit(key: string, window: Interval, durationMs: number): number | null {
    const days = this.byKey.get(key);
    const busy: Interval[] = [];
    if (days) {
      // Busy stretches last at most a day (a window is shorter than 24 hours), so only nearby days matter.
      for (let d = Math.floor(window.start / DAY_MS) - 2; d <= Math.floor(window.end / DAY_MS) + 1; d += 1) {
        for (const iv of days.get(d) ?? []) if (iv.end > window.start && iv.start < window.end) busy.push(iv);
      }
      busy.sort((a, b) => a.start - b.start);
    }
    let t = window.start;
    for (const iv of busy) {
      if (iv.start >= t + durationMs && t + durationMs <= window.end) break;
      if (iv.end > t && iv.start < t + Math.max(durationMs, 1)) t = iv.end;
    }
    return t + durationMs <= window.end ? t : null;
  }
}

/**
 * The first free stretch of `durationMs` in the calendars' windows, from local date
 * `from` on, looking at most `maxDays` ahead; null when nothing fits.
 */
export function firstSlot(
  calendars: readonly CalendarSpec[],
  occupancy: Occupancy,
  key: string,
  from: string,
  durationMs: number,
  maxDays = 366,
): Interval | null {
  if (!calendars.some((c) => c.windows.length)) return null;
  for (let i = 0; i < maxDays; i += 1) {
    const date = addDays(from, i);
    for (const window of windowsOn(calendars, date)) {
      const start = occupancy.firstFit(key, window, durationMs);
      if (start !== null) return { start, end: start + durationMs };
    }
  }
  return null;
}
