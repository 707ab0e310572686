import { setupTestApp, type TestApp } from '../support/app';
import { buildStaff } from '../support/factories';
import { buildAsset } from '../support/catalogue-factories';
import { buildRoutine, buildSite, buildWorkOrder, WO_ALL, WO_VIEW, type Site } from '../support/maintenance-factories';

let t: TestApp;
let site: Site;
let manager: number;
let viewer: number;

beforeAll(async () => {
  t = await setupTestApp();
  site = await buildSite(t, 3);
  manager = (await buildStaff(t, WO_ALL)).id;
  viewer = (await buildStaff(t, WO_VIEW)).id;
});
afterAll(async () => {
  await t.close();
});

const CREATE = `mutation($input: CreateWorkOrderInput!) { createWorkOrder(input: $input) { id code } }`;

describe('work-order codes', () => {
  it('stay unique and gap-free under concurrent creates, for both sequences', async () => {
    const n = 24;
    const results = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        t.exec(CREATE, {
          as: manager,
          variables: { input: { type: i % 2 ? 'UNSCHEDULED' : 'PREVENTIVE', shortDescription: `Job ${i}`, locationId: String(site.roomId) } },
        }),
      ),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    const orders = results.map((r) => r.data!.createWorkOrder as { id: string; code: string });
    const codes = orders.map((o) => o.code);
    expect(new Set(codes).size).toBe(n);
    const unscheduled = orders.filter((x) => x.code.startsWith('OT-'));
    expect(unscheduled).toHaveLength(n / 2);
    for (const o of unscheduled) expect(o.code).toBe(`OT-${o.id.padStart(9, '0')}`);
    const year = new Date().getUTCFullYear();
    const otnp = codes.filter((c) => c.startsWith('OTNP-')).map((c) => Number(c.slice(`OTNP-${year}-`.length))).sort((a, b) => a - b);
    expect(otnp).toEqual(Array.from({ length: n / 2 }, (_, i) => i + 1));
    // OT- numbers come from the id sequence: consecutive for these creates.
    const ids = orders.map((o) => Number(o.id)).sort((a, b) => a - b);
    expect(ids[ids.length - 1]! - ids[0]!).toBe(n - 1);
  });
});

const LIST = `query($first: Int, $after: String, $filter: WorkOrderFilter, $orderBy: WorkOrderOrder) {
  workOrders(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    edges { node { id code priority priorityRank scheduledStart status } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('workOrders', () => {
  let ids: number[];
  beforeAll(async () => {
    await t.sql('delete from mantenimiento_ordentrabajo');
    const specs = [
      { priority: 'LOW', scheduledStart: '2026-05-01T08:00:00Z' },
      { priority: 'CRITICAL', scheduledStart: '2026-05-03T08:00:00Z' },
      { priority: 'MEDIUM', scheduledStart: null },
      { priority: 'HIGH', scheduledStart: '2026-05-02T08:00:00Z' },
      { priority: 'CRITICAL', scheduledStart: '2026-05-01T09:00:00Z' },
      { priority: 'LOW', scheduledStart: '2026-05-01T08:00:00Z' },
    ];
    ids = [];
    for (const s of specs) ids.push(await buildWorkOrder(t, { locationId: site.roomId, ...s, status: s.scheduledStart ? 'SCHEDULED' : 'PENDING' }));
  });

  async function walk(variables: Record<string, unknown>): Promise<number[]> {
    const seen: number[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const res: any = await t.exec(LIST, { as: viewer, variables: { ...variables, first: 2, after } });
      expect(res.errors).toBeUndefined();
      seen.push(...res.data.workOrders.edges.map((e: { node: { id: string } }) => Number(e.node.id)));
      if (!res.data.workOrders.pageInfo.hasNextPage) break;
      after = res.data.workOrders.pageInfo.endCursor;
    }
    return seen;
  }

  it('pages by scheduled start (unscheduled last) with a keyset cursor', async () => {
    expect(await walk({})).toEqual([ids[0], ids[5], ids[4], ids[3], ids[1], ids[2]]);
  });

  it('pages by priority rank, most severe first (not alphabetically)', async () => {
    expect(await walk({ orderBy: 'PRIORITY' })).toEqual([ids[4], ids[1], ids[3], ids[2], ids[0], ids[5]]);
    const res = await t.exec(LIST, { as: viewer, variables: { orderBy: 'PRIORITY', first: 1 } });
    expect(res.data!.workOrders.edges[0].node).toMatchObject({ priority: 'CRITICAL', priorityRank: 4 });
  });

  it('filters by status, priority, date range, location subtree, asset and q', async () => {
    const q = async (filter: Record<string, unknown>) =>
      ((await t.exec(LIST, { as: viewer, variables: { filter } })).data!.workOrders.edges as Array<{ node: { id: string } }>).map((e) => Number(e.node.id));
    expect(await q({ status: ['PENDING'] })).toEqual([ids[2]]);
    expect(await q({ priority: ['CRITICAL', 'HIGH'] })).toEqual([ids[4], ids[3], ids[1]]);
    expect(await q({ scheduledFrom: '2026-05-02T00:00:00Z', scheduledTo: '2026-05-03T00:00:00Z' })).toEqual([ids[3]]);
    expect(await q({ locationId: String(site.rootId) })).toHaveLength(6);
    expect(await q({ locationId: String(site.otherId) })).toEqual([]);
    await t.sql('insert into mantenimiento_ordentrabajo_activos (work_order_id, asset_id) values ($1, $2)', [ids[3], site.assetIds[2]]);
    await t.sql(`update activos_activo set name = 'Feed-water pump 7' where id = $1`, [site.assetIds[2]]);
    expect(await q({ assetId: String(site.assetIds[2]) })).toEqual([ids[3]]);
    expect(await q({ q: 'water PUMP' })).toEqual([ids[3]]);
    expect(await q({ q: '100%' })).toEqual([]);
  });

  it('refuses a forged cursor and an oversized page', async () => {
    const bad = await t.exec(LIST, { as: viewer, variables: { after: 'bm90LWEtY3Vyc29y' } });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const big = await t.exec(LIST, { as: viewer, variables: { first: 5000 } });
    expect(big.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('statement counts', () => {
  const PAGE = `query($first: Int) {
    workOrders(first: $first) {
      edges { node { id code status location { id name } locationPath technician { id username } assets { id name } } }
    }
  }`;

  async function seed(n: number): Promise<void> {
    await t.sql('delete from mantenimiento_ordentrabajo');
    const techs = [(await buildStaff(t, [])).id, (await buildStaff(t, [])).id];
    for (let i = 0; i < n; i += 1) {
      const extra = await buildAsset(t, { modelId: site.modelId, locationId: site.roomId });
      await buildWorkOrder(t, {
        locationId: i % 2 ? site.roomId : site.rootId,
        technicianId: techs[i % 2]!,
        status: 'SCHEDULED',
        scheduledStart: `2026-06-01T08:${String(i % 60).padStart(2, '0')}:00Z`,
        assetIds: [site.assetIds[i % 3]!, extra],
      });
    }
  }

  it('loads a page of 50 orders with assets, location and technician in as many statements as a page of 5', async () => {
    await seed(5);
    const small = await t.countQueries(() => t.exec(PAGE, { as: viewer, variables: { first: 50 } }));
    expect(small.result.errors).toBeUndefined();
    expect(small.result.data!.workOrders.edges).toHaveLength(5);
    await seed(50);
    const large = await t.countQueries(() => t.exec(PAGE, { as: viewer, variables: { first: 50 } }));
    expect(large.result.data!.workOrders.edges).toHaveLength(50);
    expect(large.result.data!.workOrders.edges[0].node.assets).toHaveLength(2);
    expect(large.count).toBe(small.count);
    // The caller, the page, locations, location paths, assets, technicians.
    expect(large.count).toBeLessThanOrEqual(6);
  });

  it('loads an order detail in a fixed number of statements whatever its size', async () => {
    const DETAIL = `query($id: ID!) { workOrder(id: $id) {
      code locationPath location { name } assets { name } technician { username } supervisor { username } crew { username }
      routine { code steps { order description answerType } } steps { id } checklist { stepId checked } closure { manHours }
      history { toStatus user { username } } notice { id }
    } }`;
    const detailFor = async (assets: number, steps: number) => {
      const routine = await buildRoutine(t, Array.from({ length: steps }, () => ({ type: 'CHECK' })));
      const assetIds: number[] = [];
      for (let i = 0; i < assets; i += 1) assetIds.push(await buildAsset(t, { modelId: site.modelId, locationId: site.roomId }));
      const id = await buildWorkOrder(t, { locationId: site.roomId, routineId: routine.id, assetIds, status: 'COMPLETED' });
      for (const s of routine.stepIds) await t.sql('insert into mantenimiento_respuestapaso (work_order_id, step_id, checked) values ($1, $2, true)', [id, s]);
      await t.sql(`insert into mantenimiento_cierreordentrabajo (work_order_id, actual_start, actual_end, man_hours, comments) values ($1, now(), now(), 1, 'ok')`, [id]);
      for (let i = 0; i < steps; i += 1) {
        await t.sql(`insert into mantenimiento_historialestado (work_order_id, user_id, to_status) values ($1, $2, 'SCHEDULED')`, [id, manager]);
      }
      return t.countQueries(() => t.exec(DETAIL, { as: manager, variables: { id: String(id) } }));
    };
    const small = await detailFor(1, 1);
    expect(small.result.errors).toBeUndefined();
    const large = await detailFor(20, 30);
    expect(large.result.errors).toBeUndefined();
    expect(large.result.data!.workOrder.assets).toHaveLength(20);
    expect(large.result.data!.workOrder.checklist).toHaveLength(30);
    expect(large.count).toBe(small.count);
    // The caller, the order, then one statement per relation (users batched into one).
    expect(large.count).toBeLessThanOrEqual(12);
  });
});
