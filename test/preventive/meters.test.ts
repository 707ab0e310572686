import { setupTestApp, type TestApp } from '../support/app';
import { buildStaff, buildUser } from '../support/factories';
import { buildSite, type Site } from '../support/maintenance-factories';
import { buildCalendar, buildPmRoutine, buildPoint, buildReadings, buildSchedule, count, WEEKDAYS_8_TO_16 } from '../support/preventive-factories';
import { waitForJobs } from '../../src/modules/schedules/job-runner';

// Measurement points and readings: consumption, tolerance alerts, bulk batches,
// closure MEASUREMENT answers, and meter-based preventive orders.

let t: TestApp;
let site: Site;
let reader: number;

beforeAll(async () => {
  t = await setupTestApp();
  site = await buildSite(t, 3);
  reader = (await buildStaff(t, ['mantenimiento.view_lectura', 'mantenimiento.add_lectura', 'mantenimiento.view_puntomedida', 'mantenimiento.add_puntomedida'])).id;
});
afterAll(async () => {
  await waitForJobs();
  await t.close();
});

const CONSUMPTION = `query C($assetId: ID, $locationId: ID, $from: DateTimeISO!, $to: DateTimeISO!, $g: Granularity, $tz: String) {
  consumption(assetId: $assetId, locationId: $locationId, from: $from, to: $to, granularity: $g, timeZone: $tz) { period unit consumption readings points } }`;
const RECORD = `mutation R($readings: [ReadingInput!]!) { recordReadings(readings: $readings) { stored outOfTolerance noticesOpened ordersCreated } }`;

describe('consumption', () => {
  it('equals last minus first for a cumulative meter over a month, by month and by day', async () => {
    const point = await buildPoint(t, { assetId: site.assetIds[0]!, cumulative: true });
    await buildReadings(t, point, [
      ['2026-02-28T23:00:00Z', 900], // before the month: not counted
      ['2026-03-01T00:00:00Z', 1000],
      ['2026-03-01T12:00:00Z', 1010.5],
      ['2026-03-15T08:00:00Z', 1200],
      ['2026-03-31T23:00:00Z', 1500.25],
      ['2026-04-01T00:00:00Z', 1600], // after the month
    ]);
    const month = await t.exec(CONSUMPTION, { as: reader, variables: { assetId: String(site.assetIds[0]), from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z', g: 'MONTH' } });
    expect(month.errors).toBeUndefined();
    expect(month.data!.consumption).toEqual([{ period: '2026-03-01', unit: 'kWh', consumption: '500.2500', readings: 4, points: 1 }]);
    const days = await t.exec(CONSUMPTION, { as: reader, variables: { assetId: String(site.assetIds[0]), from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z', g: 'DAY' } });
    expect(days.data!.consumption.map((d: { period: string; consumption: string }) => [d.period, Number(d.consumption)])).toEqual([
      ['2026-03-01', 10.5],
      ['2026-03-15', 189.5],
      ['2026-03-31', 300.25],
    ]);
    // The same readings cut in Madrid's days: 23:00Z on the 31st is already 1 April there.
    const madrid = await t.exec(CONSUMPTION, { as: reader, variables: { assetId: String(site.assetIds[0]), from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z', g: 'DAY', tz: 'Europe/Madrid' } });
    expect(madrid.data!.consumption.at(-1)).toMatchObject({ period: '2026-04-01', consumption: '300.2500' });
  });

  it('counts a reset from zero and a rollover at the meter maximum, sums interval meters, and covers a location subtree', async () => {
    const reset = await buildPoint(t, { assetId: site.assetIds[1]!, cumulative: true, unit: 'h' });
    await buildReadings(t, reset, [['2026-05-01T00:00:00Z', 100], ['2026-05-02T00:00:00Z', 150], ['2026-05-03T00:00:00Z', 20, true], ['2026-05-04T00:00:00Z', 30]]);
    const wrap = await buildPoint(t, { assetId: site.assetIds[2]!, cumulative: true, unit: 'h', rollover: '10000' });
    await buildReadings(t, wrap, [['2026-05-01T00:00:00Z', 9990], ['2026-05-02T00:00:00Z', 5]]);
    const interval = await buildPoint(t, { assetId: site.assetIds[2]!, cumulative: false, unit: 'm3' });
    await buildReadings(t, interval, [['2026-05-01T00:00:00Z', 3], ['2026-05-02T00:00:00Z', 4.5]]);
    const res = await t.exec(CONSUMPTION, { as: reader, variables: { locationId: String(site.rootId), from: '2026-05-01T00:00:00Z', to: '2026-06-01T00:00:00Z', g: 'MONTH' } });
    expect(res.errors).toBeUndefined();
    // 50 + 20 (reset: counts from 0) + 10, and 15 across the rollover.
    expect(res.data!.consumption).toEqual([
      { period: '2026-05-01', unit: 'h', consumption: '95.0000', readings: 6, points: 2 },
      { period: '2026-05-01', unit: 'm3', consumption: '7.5000', readings: 2, points: 1 },
    ]);
    const outside = await t.exec(CONSUMPTION, { as: reader, variables: { locationId: String(site.otherId), from: '2026-05-01T00:00:00Z', to: '2026-06-01T00:00:00Z', g: 'MONTH' } });
    expect(outside.data!.consumption).toEqual([]);
  });

  it('refuses bad arguments with the field named, and callers without mantenimiento.view_lectura', async () => {
    const bad = await t.exec(CONSUMPTION, { as: reader, variables: { from: '2026-05-01T00:00:00Z', to: '2026-04-01T00:00:00Z', tz: 'Mars/Olympus' } });
    expect(bad.errors![0]!.extensions!.problems).toEqual(expect.arrayContaining([
      expect.objectContaining({ field: 'assetId' }), expect.objectContaining({ field: 'timeZone' }), expect.objectContaining({ field: 'to' }),
    ]));
    const other = await buildStaff(t, []);
    const refused = await t.exec(CONSUMPTION, { as: other.id, variables: { assetId: '1', from: '2026-05-01T00:00:00Z', to: '2026-06-01T00:00:00Z' } });
    expect(refused.status).toBe(403);
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'mantenimiento.view_lectura' });
    const anon = await t.exec(CONSUMPTION, { variables: { assetId: '1', from: '2026-05-01T00:00:00Z', to: '2026-06-01T00:00:00Z' } });
    expect(anon.status).toBe(401);
  });
});

describe('readings', () => {
  it('stores a batch in one transaction, and a bad row refuses the whole batch naming its index', async () => {
    const point = await buildPoint(t, { assetId: site.assetIds[0]!, cumulative: false, unit: 'bar' });
    const before = await count(t, 'mantenimiento_lectura', 'point_id = $1', [point]);
    const bad = await t.exec(RECORD, {
      as: reader,
      variables: { readings: [{ pointId: String(point), value: '1.5' }, { pointId: String(point), value: '2' }, { pointId: String(point), value: '1e5' }] },
    });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'readings[2].value' });
    expect(await count(t, 'mantenimiento_lectura', 'point_id = $1', [point])).toBe(before);
    const ok = await t.exec(RECORD, { as: reader, variables: { readings: [{ pointId: String(point), value: '1.5' }, { pointId: String(point), value: '2' }] } });
    expect(ok.data!.recordReadings).toEqual({ stored: 2, outOfTolerance: 0, noticesOpened: 0, ordersCreated: 0 });
    expect(await count(t, 'mantenimiento_lectura', `point_id = $1 and source = 'BULK' and technician_id = $2`, [point, reader])).toBe(2);
  });

  it('notifies the asset responsible of out-of-tolerance readings and opens one notice while it stays open', async () => {
    const responsible = await buildUser(t, { isStaff: true });
    await t.sql('update activos_activo set responsible_id = $1 where id = $2', [responsible.id, site.assetIds[1]]);
    const point = await buildPoint(t, { assetId: site.assetIds[1]!, cumulative: false, unit: 'bar', target: '5', tolerance: '0.5', openNotice: true });
    const res = await t.exec(`mutation R($input: ReadingInput!) { recordReading(input: $input) { stored outOfTolerance noticesOpened } }`, {
      as: reader,
      variables: { input: { pointId: String(point), value: '6.2' } },
    });
    expect(res.data!.recordReading).toEqual({ stored: 1, outOfTolerance: 1, noticesOpened: 1 });
    const [note] = await t.sql<{ kind: string; message: string }>('select kind, message from mantenimiento_notificacion where user_id = $1', [responsible.id]);
    expect(note).toMatchObject({ kind: 'WARNING' });
    expect(note!.message).toContain('target 5 ± 0.5');
    const again = await t.exec(RECORD, { as: reader, variables: { readings: [{ pointId: String(point), value: '7' }, { pointId: String(point), value: '5.1' }] } });
    expect(again.data!.recordReadings).toMatchObject({ stored: 2, outOfTolerance: 1, noticesOpened: 0 });
    const notices = await t.sql<{ status: string; requester_id: number; asset_id: number }>('select status, requester_id, asset_id from mantenimiento_aviso where asset_id = $1', [site.assetIds[1]]);
    expect(notices).toEqual([{ status: 'OPEN', requester_id: reader, asset_id: site.assetIds[1] }]);
    expect(await count(t, 'mantenimiento_lectura', 'point_id = $1 and out_of_tolerance', [point])).toBe(2);
  });

  it('records MEASUREMENT answers of a closed order as readings of the named point', async () => {
    const manager = await buildStaff(t, ['mantenimiento.change_ordentrabajo', 'mantenimiento.add_cierreordentrabajo']);
    const routineId = await buildPmRoutine(t, { intervalDays: 30, steps: [{ type: 'MEASUREMENT', pointCode: 'PRESS' }, { type: 'CHECK' }] });
    const point = await buildPoint(t, { assetId: site.assetIds[0]!, code: 'PRESS', cumulative: false, unit: 'bar' });
    const steps = await t.sql<{ id: number }>('select id from mantenimiento_pasorutina where routine_id = $1 order by sort_order', [routineId]);
    const [wo] = await t.sql<{ id: number }>(
      `insert into mantenimiento_ordentrabajo (code, type, status, routine_id, location_id, short_description) values ('OT-M-1', 'PREVENTIVE', 'IN_PROGRESS', $1, $2, 'PM') returning id`,
      [routineId, site.roomId],
    );
    await t.sql('insert into mantenimiento_ordentrabajo_activos (work_order_id, asset_id) values ($1, $2)', [wo!.id, site.assetIds[0]]);
    const res = await t.exec(
      `mutation C($id: ID!, $checklist: [ChecklistAnswerInput!]!) { closeWorkOrder(id: $id, version: 1, checklist: $checklist,
         closure: { actualStart: "2026-03-05T09:00:00Z", actualEnd: "2026-03-05T10:00:00Z", manHours: "1", comments: "Done" }) { status } }`,
      { as: manager.id, variables: { id: String(wo!.id), checklist: [{ stepId: String(steps[0]!.id), numberValue: '4.25' }, { stepId: String(steps[1]!.id), checked: true }] } },
    );
    expect(res.errors).toBeUndefined();
    const readings = await t.sql('select value::text as value, source, work_order_id, technician_id, read_at from mantenimiento_lectura where point_id = $1', [point]);
    expect(readings).toEqual([{ value: '4.2500', source: 'WORK_ORDER', work_order_id: wo!.id, technician_id: manager.id, read_at: new Date('2026-03-05T10:00:00Z') }]);
  });
});

describe('meter-based schedules', () => {
  it('creates one pending order when the meter advances by N since the last completion, and no second while it is open', async () => {
    const assetId = site.assetIds[2]!;
    const point = await buildPoint(t, { assetId, code: 'HOURS', cumulative: true, unit: 'h' });
    const routineId = await buildPmRoutine(t, { intervalDays: 365 });
    const calendarId = await buildCalendar(t, [1, 2, 3, 4, 5, 6, 7].map((d) => [d, '00:00', '23:59'] as [number, string, string]));
    const id = await buildSchedule(t, { routineId, calendarIds: [calendarId], assetIds: [assetId], startDate: '2026-01-01', meterPointId: point, meterEvery: '500' });
    const now = Date.now();
    const at = (h: number) => new Date(now - h * 3_600_000).toISOString();
    const first = await t.exec(RECORD, { as: reader, variables: { readings: [{ pointId: String(point), value: '1000', readAt: at(30) }, { pointId: String(point), value: '1400', readAt: at(20) }] } });
    expect(first.data!.recordReadings.ordersCreated).toBe(0);
    const due = await t.exec(RECORD, { as: reader, variables: { readings: [{ pointId: String(point), value: '1500', readAt: at(10) }] } });
    expect(due.data!.recordReadings.ordersCreated).toBe(1);
    const more = await t.exec(RECORD, { as: reader, variables: { readings: [{ pointId: String(point), value: '2100', readAt: at(5) }] } });
    expect(more.data!.recordReadings.ordersCreated).toBe(0);
    const links = await t.sql<{ trigger: string; asset_id: number; status: string; type: string }>(
      `select l.trigger, l.asset_id, wo.status, wo.type from mantenimiento_programacion_orden l join mantenimiento_ordentrabajo wo on wo.id = l.work_order_id where l.schedule_id = $1`,
      [id],
    );
    expect(links).toEqual([{ trigger: 'METER', asset_id: assetId, status: 'SCHEDULED', type: 'PREVENTIVE' }]);
  });
});
