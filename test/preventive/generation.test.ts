import { setupTestApp, type TestApp } from '../support/app';
import { buildStaff, buildUser } from '../support/factories';
import { buildAsset, buildLocation } from '../support/catalogue-factories';
import { buildSite, type Site } from '../support/maintenance-factories';
import { buildCalendar, buildPmRoutine, buildSchedule, count, WEEKDAYS_8_TO_16 } from '../support/preventive-factories';
import { resumeInterruptedJobs, waitForJobs } from '../../src/modules/schedules/job-runner';

// Generating preventive orders: cycles, calendar windows, blocked dates, grouping,
// idempotency (twice, later horizons, racing runs), the background job, preview, and
// completion moving the following cycles.

let t: TestApp;
let site: Site;
let planner: number;
const PERMS = ['mantenimiento.view_programacion', 'mantenimiento.change_programacion', 'mantenimiento.add_ordentrabajo', 'mantenimiento.view_rutina'];

beforeAll(async () => {
  t = await setupTestApp();
  site = await buildSite(t, 3);
  planner = (await buildStaff(t, PERMS)).id;
});
afterAll(async () => {
  await waitForJobs();
  await t.close();
});

const GENERATE = `mutation G($id: ID!, $until: String!) { generateSchedule(id: $id, until: $until) { id status progress } }`;
const JOB = `query J($id: ID!) { maintenanceJob(id: $id) { id kind status progress error scheduleId generation { ordersCreated assetCyclesCreated assetCyclesExisting unplaced durationMs } } }`;
const PREVIEW = `query P($id: ID!, $until: String!) { previewSchedule(id: $id, until: $until) {
  totalOrders assetCycles assetCyclesExisting unplaced truncated orders { cycleDate scheduledStart scheduledEnd locationId technicianId assetIds } } }`;

async function generate(id: number, until: string, as = planner) {
  const res = await t.exec(GENERATE, { as, variables: { id: String(id), until } });
  expect(res.errors).toBeUndefined();
  await waitForJobs();
  const job = await t.exec(JOB, { as, variables: { id: res.data!.generateSchedule.id } });
  expect(job.errors).toBeUndefined();
  return job.data!.maintenanceJob;
}

async function ordersOf(scheduleId: number) {
  return t.sql<{ id: number; code: string; type: string; status: string; location_id: number; technician_id: number | null; start: string; end: string; assets: number[]; cycles: string[] }>(
    `select wo.id, wo.code, wo.type, wo.status, wo.location_id, wo.technician_id,
       to_char(wo.scheduled_start at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI') as start, to_char(wo.scheduled_end at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI') as end,
       array_agg(distinct l.asset_id order by l.asset_id) as assets, array_agg(distinct l.cycle_date::text) as cycles
     from mantenimiento_ordentrabajo wo join mantenimiento_programacion_orden l on l.work_order_id = wo.id
     where l.schedule_id = $1 group by wo.id order by wo.scheduled_start, wo.id`,
    [scheduleId],
  );
}

describe('generateSchedule', () => {
  let otherRoom: number;
  let otherAssets: number[];
  beforeAll(async () => {
    otherRoom = await buildLocation(t, { name: 'Switch room', parentId: site.rootId });
    otherAssets = [await buildAsset(t, { modelId: site.modelId, locationId: otherRoom }), await buildAsset(t, { modelId: site.modelId, locationId: otherRoom })];
  });

  it('creates each (cycle, asset) once, in calendar windows, skipping blocked dates, grouped per cycle, location and technician', async () => {
    const routineId = await buildPmRoutine(t, { intervalDays: 7, durationMinutes: 90 });
    // 2026-03-02 is a Monday; Monday 9 March is blocked.
    const calendarId = await buildCalendar(t, WEEKDAYS_8_TO_16, { blocked: ['2026-03-09'] });
    const id = await buildSchedule(t, { routineId, calendarIds: [calendarId], assetIds: [...site.assetIds, ...otherAssets], startDate: '2026-03-02' });

    const job = await generate(id, '2026-03-30');
    expect(job).toMatchObject({ status: 'SUCCEEDED', progress: 100, kind: 'GENERATE_SCHEDULE', scheduleId: String(id) });
    expect(job.generation).toMatchObject({ ordersCreated: 10, assetCyclesCreated: 25, assetCyclesExisting: 0, unplaced: 0 });

    const orders = await ordersOf(id);
    expect(orders).toHaveLength(10);
    // The background job's writes are in the audit history under whoever queued it.
    const audited = await t.sql<{ actor_id: number; operation: string }>(
      `select distinct actor_id, operation from audit_log where entity = 'mantenimiento_ordentrabajo' and entity_id = any($1::text[]) and action = 'insert'`,
      [orders.map((o) => String(o.id))],
    );
    expect(audited).toEqual([{ actor_id: planner, operation: `job:GENERATE_SCHEDULE#${job.id}` }]);
    for (const o of orders) {
      expect(o).toMatchObject({ type: 'PREVENTIVE', status: 'SCHEDULED' });
      expect(o.code).toBe(`OT-${String(o.id).padStart(9, '0')}`);
      const weekday = new Date(`${o.start}:00Z`).getUTCDay();
      expect(weekday).toBeGreaterThanOrEqual(1);
      expect(weekday).toBeLessThanOrEqual(5);
      expect(o.start.slice(11) >= '08:00' && o.end.slice(11) <= '16:00').toBe(true);
      expect(o.start.slice(0, 10)).not.toBe('2026-03-09');
    }
    // Grouping: the three pumps of the boiler room share an order per cycle; the switch room has its own.
    const byCycle = (cycle: string) => orders.filter((o) => o.cycles.includes(cycle));
    expect(byCycle('2026-03-02').map((o) => o.assets)).toEqual([site.assetIds, otherAssets]);
    // Both orders of a cycle fit one after the other (the second waits for the first: one crew).
    expect(byCycle('2026-03-02').map((o) => `${o.start}-${o.end}`)).toEqual(['2026-03-02T08:00-2026-03-02T09:30', '2026-03-02T09:30-2026-03-02T11:00']);
    // The blocked Monday moves the cycle to Tuesday.
    expect(byCycle('2026-03-09').map((o) => o.start)).toEqual(['2026-03-10T08:00', '2026-03-10T09:30']);

    // Twice: nothing new.
    const again = await generate(id, '2026-03-30');
    expect(again.generation).toMatchObject({ ordersCreated: 0, assetCyclesCreated: 0, assetCyclesExisting: 25 });
    expect(await ordersOf(id)).toHaveLength(10);

    // A later horizon adds only the missing cycles.
    const later = await generate(id, '2026-04-13');
    expect(later.generation).toMatchObject({ ordersCreated: 4, assetCyclesCreated: 10, assetCyclesExisting: 25 });
    expect(await count(t, 'mantenimiento_programacion_orden', 'schedule_id = $1', [id])).toBe(35);
  });

  it('gives assets with their own technician their own order, and notifies each technician once', async () => {
    const tech = await buildUser(t, { isStaff: true });
    const routineId = await buildPmRoutine(t, { intervalDays: 30 });
    const calendarId = await buildCalendar(t, WEEKDAYS_8_TO_16);
    const id = await buildSchedule(t, {
      routineId,
      calendarIds: [calendarId],
      assetIds: site.assetIds,
      assetTechnicians: { [site.assetIds[2]!]: tech.id },
      startDate: '2026-05-04',
    });
    await generate(id, '2026-06-03');
    const orders = await ordersOf(id);
    expect(orders.map((o) => [o.technician_id, o.assets])).toEqual([
      [null, site.assetIds.slice(0, 2)],
      [tech.id, [site.assetIds[2]]],
      [null, site.assetIds.slice(0, 2)],
      [tech.id, [site.assetIds[2]]],
    ]);
    expect(await count(t, 'mantenimiento_notificacion', 'user_id = $1', [tech.id])).toBe(1);
  });

  it('covers the assets below an area and places overnight windows across midnight', async () => {
    const routineId = await buildPmRoutine(t, { intervalDays: 14, durationMinutes: 120 });
    // Saturday 22:00 to Sunday 06:00, in Madrid (UTC+1 in March).
    const calendarId = await buildCalendar(t, [[6, '22:00', '06:00']], { timeZone: 'Europe/Madrid' });
    const id = await buildSchedule(t, { routineId, calendarIds: [calendarId], locationIds: [site.rootId], startDate: '2026-03-07', endDate: '2026-03-07' });
    await generate(id, '2026-12-31');
    const orders = await ordersOf(id);
    expect(orders.map((o) => [o.location_id, o.start, o.end])).toEqual([
      [site.roomId, '2026-03-07T21:00', '2026-03-07T23:00'],
      [otherRoom, '2026-03-07T23:00', '2026-03-08T01:00'],
    ]);
    expect(orders.flatMap((o) => o.assets).sort()).toEqual([...site.assetIds, ...otherAssets].sort());
  });

  it('creates the orders once when two runs race', async () => {
    const routineId = await buildPmRoutine(t, { intervalDays: 7 });
    const calendarId = await buildCalendar(t, WEEKDAYS_8_TO_16);
    const id = await buildSchedule(t, { routineId, calendarIds: [calendarId], assetIds: site.assetIds, startDate: '2026-03-02' });
    const [a, b] = await Promise.all([
      t.exec(GENERATE, { as: planner, variables: { id: String(id), until: '2026-06-01' } }),
      t.exec(GENERATE, { as: planner, variables: { id: String(id), until: '2026-06-01' } }),
    ]);
    expect(a.errors ?? b.errors).toBeUndefined();
    await waitForJobs();
    expect(await count(t, 'mantenimiento_programacion_orden', 'schedule_id = $1', [id])).toBe(14 * 3);
    expect((await ordersOf(id)).length).toBe(14);
  });

  it('previews without writing, and the preview matches what generation then creates', async () => {
    const routineId = await buildPmRoutine(t, { intervalDays: 7 });
    const calendarId = await buildCalendar(t, WEEKDAYS_8_TO_16, { blocked: ['2026-03-02'] });
    const id = await buildSchedule(t, { routineId, calendarIds: [calendarId], assetIds: site.assetIds, startDate: '2026-03-02' });
    const before = await count(t, 'mantenimiento_ordentrabajo');
    const preview = await t.exec(PREVIEW, { as: planner, variables: { id: String(id), until: '2026-03-16' } });
    expect(preview.errors).toBeUndefined();
    expect(preview.data!.previewSchedule).toMatchObject({ totalOrders: 3, assetCycles: 9, assetCyclesExisting: 0, unplaced: 0, truncated: false });
    expect(preview.data!.previewSchedule.orders[0]).toMatchObject({ cycleDate: '2026-03-02', scheduledStart: '2026-03-03T08:00:00.000Z', assetIds: site.assetIds.map(String) });
    expect(await count(t, 'mantenimiento_ordentrabajo')).toBe(before);
    expect(await count(t, 'mantenimiento_job')).toBeGreaterThan(0);
    const job = await generate(id, '2026-03-16');
    expect(job.generation.ordersCreated).toBe(3);
    const orders = await ordersOf(id);
    expect(orders.map((o) => `${o.start}:00.000Z`.replace('T', 'T'))).toEqual(preview.data!.previewSchedule.orders.map((o: { scheduledStart: string }) => o.scheduledStart.replace(':00.000Z', ':00.000Z')));
  });

  it('refuses a schedule whose routine has no frequency, and reports the job as failed for a deleted schedule', async () => {
    const [r] = await t.sql<{ id: number }>(`insert into mantenimiento_rutina (code, name) values ('NOFREQ', 'No frequency') returning id`);
    const calendarId = await buildCalendar(t, WEEKDAYS_8_TO_16);
    const id = await buildSchedule(t, { routineId: r!.id, calendarIds: [calendarId], assetIds: site.assetIds, startDate: '2026-03-02' });
    const res = await t.exec(GENERATE, { as: planner, variables: { id: String(id), until: '2026-04-01' } });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', rule: 'frequency' });
    const bad = await t.exec(GENERATE, { as: planner, variables: { id: String(id), until: '2026-02-30' } });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'until' });
  });

  it('resumes at start a job whose runner stopped beating, and finishes it', async () => {
    const routineId = await buildPmRoutine(t, { intervalDays: 7 });
    const calendarId = await buildCalendar(t, WEEKDAYS_8_TO_16);
    const id = await buildSchedule(t, { routineId, calendarIds: [calendarId], assetIds: site.assetIds, startDate: '2026-03-02' });
    const [job] = await t.sql<{ id: number }>(
      `insert into mantenimiento_job (kind, status, schedule_id, params, runner, heartbeat_at, attempts, created_by_id)
       values ('GENERATE_SCHEDULE', 'RUNNING', $1, '{"until": "2026-03-16"}', 'dead-runner', now() - interval '10 minutes', 1, $2) returning id`,
      [id, planner],
    );
    const [fresh] = await t.sql<{ id: number }>(
      `insert into mantenimiento_job (kind, status, schedule_id, params, runner, heartbeat_at, attempts) values ('GENERATE_SCHEDULE', 'RUNNING', $1, '{"until": "2026-03-16"}', 'live-runner', now(), 1) returning id`,
      [id],
    );
    const resumed = await resumeInterruptedJobs(t.app.services);
    expect(resumed).toContain(job!.id);
    expect(resumed).not.toContain(fresh!.id);
    await waitForJobs();
    const res = await t.exec(JOB, { as: planner, variables: { id: String(job!.id) } });
    expect(res.data!.maintenanceJob).toMatchObject({ status: 'SUCCEEDED', progress: 100, generation: { ordersCreated: 3 } });
  });

  it('refuses generateSchedule: anonymous 401, non-staff 403 is_staff, staff without the permission 403 naming it', async () => {
    const vars = { id: '1', until: '2026-04-01' };
    const anon = await t.exec(GENERATE, { variables: vars });
    expect(anon.status).toBe(401);
    expect(anon.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    const plain = await buildUser(t);
    const ns = await t.exec(GENERATE, { as: plain.id, variables: vars });
    expect(ns.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'is_staff' });
    const viewer = await buildStaff(t, ['mantenimiento.view_programacion', 'mantenimiento.change_programacion']);
    const np = await t.exec(GENERATE, { as: viewer.id, variables: vars });
    expect(np.status).toBe(403);
    expect(np.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'mantenimiento.add_ordentrabajo' });
    const nojob = await t.exec(JOB, { as: (await buildStaff(t, [])).id, variables: { id: '1' } });
    expect(nojob.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'mantenimiento.view_programacion' });
  });
});

describe('completing a scheduled order', () => {
  it('moves the next pending orders so the interval counts from the actual completion', async () => {
    const manager = await buildStaff(t, ['mantenimiento.change_ordentrabajo', 'mantenimiento.add_cierreordentrabajo', ...PERMS]);
    const routineId = await buildPmRoutine(t, { intervalDays: 14 });
    const calendarId = await buildCalendar(t, WEEKDAYS_8_TO_16);
    const id = await buildSchedule(t, { routineId, calendarIds: [calendarId], assetIds: [site.assetIds[0]!], startDate: '2026-03-02' });
    await generate(id, '2026-04-13', manager.id);
    const orders = await ordersOf(id);
    expect(orders.map((o) => o.start)).toEqual(['2026-03-02T08:00', '2026-03-16T08:00', '2026-03-30T08:00', '2026-04-13T08:00']);
    await t.sql(`update mantenimiento_ordentrabajo set status = 'IN_PROGRESS' where id = $1`, [orders[0]!.id]);
    // Completed three days late (Thursday 5 March): the next cycle is due 14 days later, on the 19th.
    const res = await t.exec(
      `mutation C($id: ID!) { closeWorkOrder(id: $id, version: 1, closure: { actualStart: "2026-03-05T09:00:00Z", actualEnd: "2026-03-05T10:00:00Z", manHours: "1", comments: "Done" }, checklist: []) { status } }`,
      { as: manager.id, variables: { id: String(orders[0]!.id) } },
    );
    expect(res.errors).toBeUndefined();
    const after = await ordersOf(id);
    expect(after.map((o) => o.start)).toEqual(['2026-03-02T08:00', '2026-03-19T08:00', '2026-04-02T08:00', '2026-04-16T08:00']);
    const [s] = await t.sql<{ offset_days: number }>('select offset_days from mantenimiento_programacion where id = $1', [id]);
    expect(s!.offset_days).toBe(3);
    const history = await t.sql<{ reason: string }>(`select reason from mantenimiento_historialestado where work_order_id = $1 order by id`, [orders[1]!.id]);
    expect(history.at(-1)!.reason).toMatch(/was completed, the interval counts from then/);
    // Cycles generated afterwards keep the new rhythm; existing ones are not duplicated.
    const more = await generate(id, '2026-04-27', manager.id);
    expect(more.generation).toMatchObject({ ordersCreated: 1, assetCyclesExisting: 4 });
    expect((await ordersOf(id)).at(-1)!.start).toBe('2026-04-30T08:00');
  });
});

describe('scale', () => {
  it('generates a year of weekly orders for 1,000 assets in seconds', async () => {
    const root = await buildLocation(t, { name: 'Solar park' });
    const rows = await t.sql<{ id: number }>(
      `with locs as (
         insert into activos_ubicacion (name, parent_id, type, sort_order) select 'Field ' || g, $1, 'SPACE', g from generate_series(1, 20) g returning id
       )
       insert into activos_activo (name, internal_code, model_id, category_id, location_id, state)
       select 'Inverter ' || g, (9000000 + g)::text, m.id, m.category_id, (select id from locs order by id offset (g % 20) limit 1), 'OPERATIONAL'
       from generate_series(1, 1000) g, activos_modelo m where m.id = $2 returning id`,
      [root, site.modelId],
    );
    expect(rows).toHaveLength(1000);
    const routineId = await buildPmRoutine(t, { intervalDays: 7, durationMinutes: 30 });
    const calendarId = await buildCalendar(t, WEEKDAYS_8_TO_16);
    const id = await buildSchedule(t, { routineId, calendarIds: [calendarId], locationIds: [root], startDate: '2026-01-05' });
    const started = Date.now();
    const job = await generate(id, '2026-12-28');
    const elapsed = Date.now() - started;
    // 52 weekly cycles x 20 fields = 1,040 orders covering 52,000 (cycle, asset) pairs.
    expect(job.generation).toMatchObject({ ordersCreated: 1040, assetCyclesCreated: 52_000, unplaced: 0 });
    process.stdout.write(`[preventive] 1,000 assets x 52 weekly cycles: ${job.generation.ordersCreated} orders, ${job.generation.assetCyclesCreated} links in ${job.generation.durationMs} ms (job), ${elapsed} ms end to end\n`);
    // Includes the per-row history triggers on every inserted row (~100,000 rows); about 3.7 s without them.
    expect(elapsed).toBeLessThan(30_000);
    const rerun = Date.now();
    const again = await generate(id, '2026-12-28');
    expect(again.generation.ordersCreated).toBe(0);
    process.stdout.write(`[preventive] re-run creating nothing: ${Date.now() - rerun} ms\n`);
  });
});
