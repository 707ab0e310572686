import { setupTestApp, type TestApp } from '../support/app';
import { buildStaff } from '../support/factories';
import { buildRoutine, buildSite, buildWorkOrder, orderRow, WO_ALL, type Site } from '../support/maintenance-factories';

let t: TestApp;
let site: Site;
let manager: number;

beforeAll(async () => {
  t = await setupTestApp();
  site = await buildSite(t, 4);
  manager = (await buildStaff(t, WO_ALL)).id;
});
afterAll(async () => {
  await t.close();
});

const RESCHEDULE = `mutation($ids: [ID!]!, $date: String!, $reason: String!, $tz: String!) {
  rescheduleWorkOrders(ids: $ids, date: $date, reason: $reason, timeZone: $tz) {
    moved { id scheduledStart scheduledEnd version } notMoved { id code status reason }
  }
}`;

describe('rescheduleWorkOrders', () => {
  it('moves 8 of 10 orders when 2 are completed, names the 2, keeps time of day and duration', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      ids.push(
        await buildWorkOrder(t, {
          locationId: site.roomId,
          status: i < 2 ? 'COMPLETED' : 'SCHEDULED',
          scheduledStart: `2026-03-0${1 + (i % 5)}T0${7 + (i % 3)}:30:00Z`,
          scheduledEnd: `2026-03-0${1 + (i % 5)}T1${i % 3}:45:00Z`,
        }),
      );
    }
    const before = await t.sql('select id, scheduled_start, scheduled_end from mantenimiento_ordentrabajo where id = any($1) order by id', [ids]);
    const res = await t.exec(RESCHEDULE, { as: manager, variables: { ids: ids.map(String), date: '2026-04-15', reason: 'Shutdown moved', tz: 'UTC' } });
    expect(res.errors).toBeUndefined();
    const { moved, notMoved } = res.data!.rescheduleWorkOrders;
    expect(moved).toHaveLength(8);
    expect(notMoved.map((n: { id: string }) => Number(n.id))).toEqual(ids.slice(0, 2));
    expect(notMoved[0]).toMatchObject({ status: 'COMPLETED', reason: expect.stringContaining('only PENDING or SCHEDULED') });
    for (const m of moved) {
      const old = before.find((b) => b.id === Number(m.id))!;
      const oldStart = new Date(old.scheduled_start);
      const oldEnd = new Date(old.scheduled_end);
      const start = new Date(m.scheduledStart);
      expect(start.toISOString().slice(0, 10)).toBe('2026-04-15');
      expect(start.toISOString().slice(11)).toBe(oldStart.toISOString().slice(11));
      expect(new Date(m.scheduledEnd).getTime() - start.getTime()).toBe(oldEnd.getTime() - oldStart.getTime());
      expect(m.version).toBe(2);
    }
    const untouched = await t.sql('select scheduled_start, version from mantenimiento_ordentrabajo where id = any($1)', [ids.slice(0, 2)]);
    expect(untouched.every((r) => r.version === 1 && new Date(r.scheduled_start).toISOString().startsWith('2026-03'))).toBe(true);
    const history = await t.sql('select reason from mantenimiento_historialestado where work_order_id = $1', [ids[5]]);
    expect(history[0]!.reason).toMatch(/^Rescheduled from .* to 2026-04-15.*: Shutdown moved$/);
  });

  it('keeps the wall-clock time of day in the given time zone across a DST change', async () => {
    // 09:00 in Madrid: UTC+1 in early March, UTC+2 after the end of March.
    const id = await buildWorkOrder(t, { locationId: site.roomId, status: 'SCHEDULED', scheduledStart: '2026-03-02T08:00:00Z', scheduledEnd: '2026-03-02T10:00:00Z' });
    const res = await t.exec(RESCHEDULE, { as: manager, variables: { ids: [String(id)], date: '2026-04-06', reason: 'r', tz: 'Europe/Madrid' } });
    expect(res.data!.rescheduleWorkOrders.moved[0]).toMatchObject({ scheduledStart: '2026-04-06T07:00:00.000Z', scheduledEnd: '2026-04-06T09:00:00.000Z' });
  });

  it('refuses a bad date, time zone or missing reason without moving anything', async () => {
    const id = await buildWorkOrder(t, { locationId: site.roomId, status: 'SCHEDULED', scheduledStart: '2026-03-02T08:00:00Z' });
    const res = await t.exec(RESCHEDULE, { as: manager, variables: { ids: [String(id)], date: '2026-02-30', reason: '', tz: 'Mars/Olympus' } });
    const fields = (res.errors![0]!.extensions!.problems as Array<{ field: string }>).map((p) => p.field);
    expect(fields).toEqual(['date', 'reason', 'timeZone']);
    expect(await orderRow(t, id)).toMatchObject({ version: 1 });
  });
});

const SPLIT = `mutation($id: ID!, $assetId: ID!, $version: Int!) {
  splitWorkOrder(id: $id, assetId: $assetId, version: $version) {
    original { id version assets { id } } created { id code status assets { id } }
  }
}`;

describe('splitWorkOrder', () => {
  it('refuses an asset that is not on the order, and writes nothing', async () => {
    const id = await buildWorkOrder(t, { locationId: site.roomId, assetIds: site.assetIds.slice(0, 2) });
    const count = await t.sql('select count(*)::int as n from mantenimiento_ordentrabajo');
    const res = await t.exec(SPLIT, { as: manager, variables: { id: String(id), assetId: String(site.assetIds[3]), version: 1 } });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assetId', rule: 'not_in_order' });
    expect(await t.sql('select count(*)::int as n from mantenimiento_ordentrabajo')).toEqual(count);
    expect(await orderRow(t, id)).toMatchObject({ version: 1 });
  });

  it('refuses to split an order with a single asset', async () => {
    const id = await buildWorkOrder(t, { locationId: site.roomId, assetIds: [site.assetIds[0]!] });
    const res = await t.exec(SPLIT, { as: manager, variables: { id: String(id), assetId: String(site.assetIds[0]), version: 1 } });
    expect(res.errors![0]!.extensions).toMatchObject({ field: 'assetId', rule: 'min_assets' });
  });

  it('moves the asset into a new order', async () => {
    const id = await buildWorkOrder(t, { locationId: site.roomId, assetIds: site.assetIds.slice(0, 3) });
    const res = await t.exec(SPLIT, { as: manager, variables: { id: String(id), assetId: String(site.assetIds[1]), version: 1 } });
    expect(res.errors).toBeUndefined();
    const { original, created } = res.data!.splitWorkOrder;
    expect(original.version).toBe(2);
    expect(original.assets.map((a: { id: string }) => Number(a.id)).sort()).toEqual([site.assetIds[0], site.assetIds[2]].sort());
    expect(created.assets).toEqual([{ id: String(site.assetIds[1]) }]);
    expect(created.code).toMatch(/^OT-\d{9}$/);
  });
});

const MERGE = `mutation($ids: [ID!]!) { mergeWorkOrders(ids: $ids) { id code status assets { id } } }`;

describe('mergeWorkOrders', () => {
  it('refuses orders of different routines and writes nothing', async () => {
    const r1 = await buildRoutine(t);
    const r2 = await buildRoutine(t);
    const a = await buildWorkOrder(t, { locationId: site.roomId, routineId: r1.id, assetIds: [site.assetIds[0]!] });
    const b = await buildWorkOrder(t, { locationId: site.roomId, routineId: r2.id, assetIds: [site.assetIds[1]!] });
    const res = await t.exec(MERGE, { as: manager, variables: { ids: [String(a), String(b)] } });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids', rule: 'same_routine' });
    expect(await orderRow(t, b)).toMatchObject({ status: 'PENDING', version: 1 });
    expect(await t.sql('select asset_id from mantenimiento_ordentrabajo_activos where work_order_id = $1', [a])).toEqual([{ asset_id: site.assetIds[0] }]);
  });

  it('refuses final orders and different locations', async () => {
    const a = await buildWorkOrder(t, { locationId: site.roomId });
    const b = await buildWorkOrder(t, { locationId: site.otherId, status: 'COMPLETED' });
    const res = await t.exec(MERGE, { as: manager, variables: { ids: [String(a), String(b)] } });
    const rules = (res.errors![0]!.extensions!.problems as Array<{ rule: string }>).map((p) => p.rule);
    expect(rules).toEqual(['final', 'same_location']);
  });

  it('merges into the first order; the others are CANCELLED "merged into <code>" and kept', async () => {
    const r = await buildRoutine(t);
    const a = await buildWorkOrder(t, { locationId: site.roomId, routineId: r.id, assetIds: [site.assetIds[0]!] });
    const b = await buildWorkOrder(t, { locationId: site.roomId, routineId: r.id, assetIds: [site.assetIds[1]!, site.assetIds[0]!] });
    const c = await buildWorkOrder(t, { locationId: site.roomId, routineId: r.id, assetIds: [site.assetIds[2]!], status: 'SCHEDULED' });
    const res = await t.exec(MERGE, { as: manager, variables: { ids: [String(a), String(b), String(c)] } });
    expect(res.errors).toBeUndefined();
    const merged = res.data!.mergeWorkOrders;
    expect(merged.assets.map((x: { id: string }) => Number(x.id)).sort()).toEqual(site.assetIds.slice(0, 3).sort());
    const others = await t.sql('select status, notes from mantenimiento_ordentrabajo where id = any($1) order by id', [[b, c]]);
    expect(others).toEqual([
      { status: 'CANCELLED', notes: `Merged into ${merged.code}.` },
      { status: 'CANCELLED', notes: `Merged into ${merged.code}.` },
    ]);
    const history = await t.sql('select to_status, reason from mantenimiento_historialestado where work_order_id = $1', [b]);
    expect(history).toEqual([{ to_status: 'CANCELLED', reason: `merged into ${merged.code}` }]);
  });
});

const DELETE = `mutation($ids: [ID!]!) { deleteWorkOrders(ids: $ids) { deletedIds notDeleted { id code status reason } } }`;

describe('deleteWorkOrders', () => {
  it('deletes PENDING and SCHEDULED orders and reports the others', async () => {
    const p = await buildWorkOrder(t, { locationId: site.roomId });
    const s = await buildWorkOrder(t, { locationId: site.roomId, status: 'SCHEDULED' });
    const running = await buildWorkOrder(t, { locationId: site.roomId, status: 'IN_PROGRESS' });
    const res = await t.exec(DELETE, { as: manager, variables: { ids: [String(p), String(s), String(running), '99999'] } });
    expect(res.data!.deleteWorkOrders.deletedIds).toEqual([String(p), String(s)]);
    expect(res.data!.deleteWorkOrders.notDeleted).toEqual([
      { id: String(running), code: expect.stringMatching(/^OT-/), status: 'IN_PROGRESS', reason: expect.stringContaining('only PENDING or SCHEDULED') },
      { id: '99999', code: null, status: null, reason: 'Work order 99999 does not exist.' },
    ]);
    expect(await t.sql('select id from mantenimiento_ordentrabajo where id = any($1)', [[p, s, running]])).toEqual([{ id: running }]);
  });

  it('refuses deleteWorkOrders without mantenimiento.delete_ordentrabajo', async () => {
    const u = await buildStaff(t, ['mantenimiento.change_ordentrabajo']);
    const p = await buildWorkOrder(t, { locationId: site.roomId });
    const res = await t.exec(DELETE, { as: u.id, variables: { ids: [String(p)] } });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'mantenimiento.delete_ordentrabajo' });
    expect(await t.sql('select id from mantenimiento_ordentrabajo where id = $1', [p])).toHaveLength(1);
  });
});
