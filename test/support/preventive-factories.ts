import { createHmac } from 'node:crypto';
import type { TestApp } from './app';

// Preventive-maintenance rows inserted directly (arranging data, not testing the services).

let seq = 0;

export async function buildFrequency(t: TestApp, intervalDays: number): Promise<number> {
  const [row] = await t.sql<{ id: number }>('insert into mantenimiento_frecuencia (name, interval_days) values ($1, $2) returning id', [`Every ${intervalDays} days #${++seq}`, intervalDays]);
  return row!.id;
}

export async function buildPmRoutine(t: TestApp, spec: { intervalDays: number; durationMinutes?: number; steps?: Array<{ type: string; pointCode?: string }> }): Promise<number> {
  const frequencyId = await buildFrequency(t, spec.intervalDays);
  const [r] = await t.sql<{ id: number }>(
    'insert into mantenimiento_rutina (code, name, frequency_id, estimated_duration_minutes) values ($1, $2, $3, $4) returning id',
    [`PM-${++seq}-${Math.random().toString(36).slice(2, 6)}`, 'Transformer inspection', frequencyId, spec.durationMinutes ?? 60],
  );
  for (const [i, s] of (spec.steps ?? []).entries()) {
    await t.sql(
      'insert into mantenimiento_pasorutina (routine_id, sort_order, description, answer_type, measurement_point_code) values ($1, $2, $3, $4, $5)',
      [r!.id, i + 1, `Step ${i + 1}`, s.type, s.pointCode ?? null],
    );
  }
  return r!.id;
}

/** A calendar with windows given as [weekday, 'HH:MM', 'HH:MM'] and blocked dates. */
export async function buildCalendar(t: TestApp, windows: Array<[number, string, string]>, spec: { timeZone?: string; blocked?: string[] } = {}): Promise<number> {
  const [c] = await t.sql<{ id: number }>('insert into mantenimiento_calendario (name, time_zone) values ($1, $2) returning id', [`Calendar ${++seq}`, spec.timeZone ?? 'UTC']);
  for (const [weekday, start, end] of windows) {
    await t.sql('insert into mantenimiento_calendario_ventana (calendar_id, weekday, start_time, end_time) values ($1, $2, $3, $4)', [c!.id, weekday, start, end]);
  }
  for (const d of spec.blocked ?? []) await t.sql('insert into mantenimiento_fechabloqueada (calendar_id, date) values ($1, $2)', [c!.id, d]);
  return c!.id;
}

export const WEEKDAYS_8_TO_16: Array<[number, string, string]> = [1, 2, 3, 4, 5].map((d) => [d, '08:00', '16:00']);

export async function buildSchedule(
  t: TestApp,
  spec: {
    routineId: number;
    calendarIds: number[];
    assetIds?: number[];
    assetTechnicians?: Record<number, number>;
    locationIds?: number[];
    startDate: string;
    endDate?: string | null;
    technicianId?: number | null;
    meterPointId?: number | null;
    meterEvery?: string | null;
  },
): Promise<number> {
  const [s] = await t.sql<{ id: number }>(
    `insert into mantenimiento_programacion (name, routine_id, start_date, end_date, technician_id, meter_point_id, meter_every)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [`Schedule ${++seq}`, spec.routineId, spec.startDate, spec.endDate ?? null, spec.technicianId ?? null, spec.meterPointId ?? null, spec.meterEvery ?? null],
  );
  if (spec.assetIds?.length) {
    await t.sql(
      `insert into mantenimiento_programacion_activos (schedule_id, asset_id, technician_id)
       select $1, a, (($3::jsonb) ->> a::text)::int from unnest($2::int[]) a`,
      [s!.id, spec.assetIds, JSON.stringify(spec.assetTechnicians ?? {})],
    );
  }
  for (const l of spec.locationIds ?? []) await t.sql('insert into mantenimiento_programacion_ubicaciones (schedule_id, location_id) values ($1, $2)', [s!.id, l]);
  for (const c of spec.calendarIds) await t.sql('insert into mantenimiento_programacion_calendarios (schedule_id, calendar_id) values ($1, $2)', [s!.id, c]);
  return s!.id;
}

export async function buildPoint(
  t: TestApp,
  spec: { assetId: number; code?: string; cumulative?: boolean; target?: string | null; tolerance?: string | null; openNotice?: boolean; unit?: string; rollover?: string | null },
): Promise<number> {
  const [p] = await t.sql<{ id: number }>(
    `insert into mantenimiento_puntomedida (asset_id, name, code, unit, cumulative, target, tolerance, open_notice, rollover_value)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
    [spec.assetId, 'Energy meter', spec.code ?? `M${++seq}`, spec.unit ?? 'kWh', spec.cumulative ?? true, spec.target ?? null, spec.tolerance ?? null, spec.openNotice ?? false, spec.rollover ?? null],
  );
  return p!.id;
}

export async function buildReadings(t: TestApp, pointId: number, rows: Array<[string, number | string, boolean?]>): Promise<void> {
  for (const [at, value, reset] of rows) {
    await t.sql('insert into mantenimiento_lectura (point_id, value, read_at, reset) values ($1, $2, $3, $4)', [pointId, value, at, reset ?? false]);
  }
}

export async function buildWebhookSource(t: TestApp, userId: number, name = `src-${++seq}`): Promise<{ id: number; name: string; secret: string }> {
  const secret = `secret-${Math.random().toString(36).slice(2)}-${Date.now()}`;
  const [row] = await t.sql<{ id: number }>('insert into webhook_source (name, secret, user_id) values ($1, $2, $3) returning id', [name, secret, userId]);
  return { id: row!.id, name, secret };
}

export function signBody(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export async function count(t: TestApp, table: string, where = 'true', params: unknown[] = []): Promise<number> {
  const [r] = await t.sql<{ n: number }>(`select count(*)::int as n from ${table} where ${where}`, params);
  return r!.n;
}
