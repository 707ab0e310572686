import { setupTestApp, type TestApp } from '../support/app';
import { buildStaff } from '../support/factories';
import {
  buildCatalogueBasics,
  buildManyAssets,
  buildPin,
  buildPinAsset,
  buildPinsFor,
  buildPlan,
  buildViewer,
  PIN_PERMS,
  VIEW_ALL,
  type CatalogueBasics,
} from '../support/floor-plan-factories';

const VIEWER = `query V($id: ID!) {
  viewer(id: $id) { id name floorPlan { id name width height imageUrl }
    pins { id x y color label icon noticeId noticeLabel asset { id name internalCode state categoryIcon } location { id name } } }
}`;

const PLAN_PERMS = ['activos.add_plano', 'activos.change_plano', 'activos.delete_plano', 'activos.add_visorplano', 'activos.change_visorplano', 'activos.delete_visorplano'];

let t: TestApp;
let basics: CatalogueBasics;
let staffId: number;

beforeAll(async () => {
  t = await setupTestApp();
  basics = await buildCatalogueBasics(t, 'boiler');
  staffId = (await buildStaff(t, [...PIN_PERMS, ...VIEW_ALL, ...PLAN_PERMS])).id;
});
afterAll(async () => {
  await t.close();
});

describe('viewer(id)', () => {
  it('answers the plan and every pin with its asset, notice and location', async () => {
    const planId = await buildPlan(t, { name: 'Boiler room', width: 640, height: 480 });
    const viewerId = await buildViewer(t, planId, { name: 'Layer 1' });
    const asset = await buildPinAsset(t, basics, { name: 'Boiler 1' });
    await buildPin(t, { viewerId, assetId: asset, x: 1, y: 2 });
    const [notice] = await t.sql<{ id: number }>(
      `insert into mantenimiento_aviso (location_id, description, requester_id) values ($1, 'Leak', $2) returning id`,
      [basics.locationId, staffId],
    );
    const av = `AV-${notice!.id}`;
    await buildPin(t, { viewerId, noticeId: notice!.id, locationId: basics.locationId });
    const res = await t.exec(VIEWER, { as: staffId, variables: { id: String(viewerId) } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.viewer).toMatchObject({
      name: 'Layer 1',
      floorPlan: { name: 'Boiler room', width: 640, height: 480, imageUrl: null },
      pins: [
        { label: 'Boiler 1', icon: 'boiler', asset: { id: String(asset), name: 'Boiler 1', state: 'OPERATIONAL', categoryIcon: 'boiler' }, location: null },
        { label: av, icon: 'warning', noticeId: String(notice!.id), noticeLabel: av, asset: null, location: { id: String(basics.locationId) } },
      ],
    });
  });

  it('loads 500 pinned assets in the same number of statements as 5', async () => {
    const planId = await buildPlan(t, { width: 1000, height: 1000 });
    const small = await buildViewer(t, planId);
    const big = await buildViewer(t, planId);
    await buildPinsFor(t, small, await buildManyAssets(t, basics, 5));
    await buildPinsFor(t, big, await buildManyAssets(t, basics, 500));
    const run = (id: number) => t.countQueries(() => t.exec(VIEWER, { as: staffId, variables: { id: String(id) } }));
    const five = await run(small);
    const many = await run(big);
    expect(five.result.errors).toBeUndefined();
    expect(many.result.data!.viewer.pins).toHaveLength(500);
    expect(many.result.data!.viewer.pins[0].icon).toBe('boiler');
    expect(many.count).toBe(five.count);
    // the caller, the viewer, its plan, the pins
    expect(many.count).toBeLessThanOrEqual(4);
    expect(many.statements.filter((s) => s.includes('activos_pinplano'))).toHaveLength(1);
  });

  it('needs activos.view_pinplano for pins and activos.view_activo for their assets', async () => {
    const planId = await buildPlan(t);
    const viewerId = await buildViewer(t, planId);
    await buildPin(t, { viewerId, assetId: await buildPinAsset(t, basics) });
    const noPins = (await buildStaff(t, ['activos.view_visorplano', 'activos.view_plano'])).id;
    const r1 = await t.exec(`query { viewer(id: "${viewerId}") { name pins { id } } }`, { as: noPins });
    expect(r1.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'activos.view_pinplano' });
    const noAssets = (await buildStaff(t, ['activos.view_visorplano', 'activos.view_pinplano'])).id;
    const r2 = await t.exec(`query { viewer(id: "${viewerId}") { pins { id label asset { name } } } }`, { as: noAssets });
    expect(r2.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'activos.view_activo' });
    const r3 = await t.exec(`query { viewer(id: "${viewerId}") { id } }`, { as: (await buildStaff(t, ['activos.view_plano'])).id });
    expect(r3.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'activos.view_visorplano' });
  });

  it('answers NOT_FOUND for an unknown viewer', async () => {
    const res = await t.exec(VIEWER, { as: staffId, variables: { id: '999999' } });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });
});

describe('plans and viewers', () => {
  it('creates, lists, updates plans; names are unique (CONFLICT on name)', async () => {
    const create = `mutation C($input: FloorPlanInput!) { createFloorPlan(input: $input) { id name width height planType location { id } } }`;
    const input = { name: 'Level 2', locationId: String(basics.locationId), width: 2000, height: 1500, planType: 'electrical' };
    const res = await t.exec(create, { as: staffId, variables: { input } });
    expect(res.errors).toBeUndefined();
    const id = res.data!.createFloorPlan.id;
    const dup = await t.exec(create, { as: staffId, variables: { input } });
    expect(dup.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });
    const bad = await t.exec(create, { as: staffId, variables: { input: { name: ' ', width: 0, imageUrl: 'javascript:alert(1)', locationId: '999999' } } });
    expect((bad.errors![0]!.extensions!.problems as Array<{ field: string }>).map((p) => p.field)).toEqual(['name', 'imageUrl', 'width']);

    const list = await t.exec(`query L($loc: ID) { floorPlans(locationId: $loc) { id name } }`, { as: staffId, variables: { loc: String(basics.locationId) } });
    expect(list.data!.floorPlans).toEqual([{ id, name: 'Level 2' }]);
    const upd = await t.exec(`mutation { updateFloorPlan(id: "${id}", input: { title: "Second floor", locationId: null }) { title location { id } name } }`, { as: staffId });
    expect(upd.data!.updateFloorPlan).toEqual({ title: 'Second floor', location: null, name: 'Level 2' });
  });

  it('refuses createFloorPlan without activos.add_plano', async () => {
    const viewOnly = (await buildStaff(t, ['activos.view_plano'])).id;
    const res = await t.exec(`mutation { createFloorPlan(input: { name: "Nope" }) { id } }`, { as: viewOnly });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'activos.add_plano' });
    expect(await t.sql("select id from activos_plano where name = 'Nope'")).toEqual([]);
  });

  it('creates viewers and lists them per plan; Location.floorPlans lists plans of a location', async () => {
    const planId = await buildPlan(t, { name: 'With viewers', locationId: basics.locationId });
    const created = await t.exec(`mutation { createViewer(input: { floorPlanId: "${planId}", name: "Electrical" }) { id floorPlanId name } }`, { as: staffId });
    expect(created.data!.createViewer).toMatchObject({ floorPlanId: String(planId), name: 'Electrical' });
    const missing = await t.exec(`mutation { createViewer(input: { floorPlanId: "999999", name: "X" }) { id } }`, { as: staffId });
    expect(missing.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'floorPlanId' });
    const list = await t.exec(`query { viewers(planId: "${planId}") { name } floorPlan(id: "${planId}") { viewers { name } } }`, { as: staffId });
    expect(list.data).toEqual({ viewers: [{ name: 'Electrical' }], floorPlan: { viewers: [{ name: 'Electrical' }] } });
    const loc = await t.exec(`query { location(id: "${basics.locationId}") { floorPlans { name } } }`, { as: (await buildStaff(t, ['activos.view_ubicacion', 'activos.view_plano'])).id });
    expect(loc.errors).toBeUndefined();
    expect(loc.data!.location.floorPlans.map((p: { name: string }) => p.name)).toContain('With viewers');
  });

  it('refuses to delete a viewer with pins unless removePins, and a plan with viewers unless removeViewers', async () => {
    const planId = await buildPlan(t);
    const viewerId = await buildViewer(t, planId);
    await buildPin(t, { viewerId });
    const v1 = await t.exec(`mutation { deleteViewer(id: "${viewerId}") }`, { as: staffId });
    expect(v1.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'removePins', pins: 1 });
    const p1 = await t.exec(`mutation { deleteFloorPlan(id: "${planId}") }`, { as: staffId });
    expect(p1.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'removeViewers', viewers: 1, pins: 1 });
    expect(await t.sql('select id from activos_pinplano where viewer_id = $1', [viewerId])).toHaveLength(1);

    const noPinDelete = (await buildStaff(t, ['activos.delete_plano', 'activos.delete_visorplano'])).id;
    const p2 = await t.exec(`mutation { deleteFloorPlan(id: "${planId}", removeViewers: true) }`, { as: noPinDelete });
    expect(p2.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'activos.delete_pinplano' });
    expect(await t.sql('select id from activos_visorplano where id = $1', [viewerId])).toHaveLength(1);

    const p3 = await t.exec(`mutation { deleteFloorPlan(id: "${planId}", removeViewers: true) }`, { as: staffId });
    expect(p3.data!.deleteFloorPlan).toBe(String(planId));
    expect(await t.sql('select id from activos_visorplano where floor_plan_id = $1', [planId])).toEqual([]);
    expect(await t.sql('select id from activos_plano where id = $1', [planId])).toEqual([]);
  });

  it('unlinks assets whose main floor plan is deleted; Asset.pins lists where an asset is pinned', async () => {
    const planId = await buildPlan(t);
    const viewerId = await buildViewer(t, planId, { name: 'Where' });
    const asset = await buildPinAsset(t, basics, { name: 'Pinned twice' });
    await buildPin(t, { viewerId, assetId: asset });
    const pins = await t.exec(`query { asset(id: "${asset}") { pins { viewerId label } } }`, { as: staffId });
    expect(pins.errors).toBeUndefined();
    expect(pins.data!.asset.pins).toEqual([{ viewerId: String(viewerId), label: 'Pinned twice' }]);
    const noPinView = (await buildStaff(t, ['activos.view_activo'])).id;
    const refused = await t.exec(`query { asset(id: "${asset}") { name pins { id } } }`, { as: noPinView });
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'activos.view_pinplano' });

    const other = await buildPlan(t);
    await t.sql('update activos_activo set main_floor_plan_id = $1 where id = $2', [other, asset]);
    await t.exec(`mutation { deleteFloorPlan(id: "${other}") }`, { as: staffId });
    expect((await t.sql('select main_floor_plan_id from activos_activo where id = $1', [asset]))[0]).toEqual({ main_floor_plan_id: null });
  });
});
