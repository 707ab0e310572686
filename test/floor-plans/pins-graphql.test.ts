import { setupTestApp, type TestApp } from '../support/app';
import { buildStaff, buildUser } from '../support/factories';
import {
  buildCatalogueBasics,
  buildPin,
  buildPinAsset,
  buildPlan,
  buildViewer,
  pinRows,
  PIN_PERMS,
  VIEW_ALL,
  type CatalogueBasics,
} from '../support/floor-plan-factories';

const SAVE = `mutation Save($input: SavePinInput!) {
  savePin(input: $input) { id viewerId x y width height color note label icon noticeId noticeLabel
    asset { id name internalCode state categoryIcon } location { id name } }
}`;
const DELETE = 'mutation Del($id: ID!) { deletePin(id: $id) }';

let t: TestApp;
let basics: CatalogueBasics;
let staffId: number;
let planId: number;
let viewerA: number;
let viewerB: number;
let pump: number;
let valve: number;

beforeAll(async () => {
  t = await setupTestApp();
  basics = await buildCatalogueBasics(t, 'pump');
  planId = await buildPlan(t, { width: 1000, height: 800, locationId: basics.locationId });
  viewerA = await buildViewer(t, planId, { name: 'A' });
  viewerB = await buildViewer(t, planId, { name: 'B' });
  pump = await buildPinAsset(t, basics, { name: 'Pump 7', state: 'REPAIR' });
  valve = await buildPinAsset(t, basics, { name: 'Valve 2' });
  staffId = (await buildStaff(t, [...PIN_PERMS, ...VIEW_ALL])).id;
});
afterAll(async () => {
  await t.close();
});

const save = (input: Record<string, unknown>, as = staffId) => t.exec(SAVE, { as, variables: { input } });

describe('savePin', () => {
  it('creates a pin with the asset label, category icon and default color', async () => {
    const res = await save({ viewerId: String(viewerA), assetId: String(pump), x: 150.5, y: 200.3, note: ' Equipment location ' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.savePin).toMatchObject({
      viewerId: String(viewerA),
      x: 150.5,
      y: 200.3,
      width: 0,
      height: 0,
      color: '#FF0000',
      note: 'Equipment location',
      label: 'Pump 7',
      icon: 'pump',
      noticeId: null,
      asset: { id: String(pump), name: 'Pump 7', state: 'REPAIR', categoryIcon: 'pump' },
      location: null,
    });
  });

  it('refuses a second pin of the asset on the viewer with CONFLICT naming it', async () => {
    const before = await pinRows(t);
    const res = await save({ viewerId: String(viewerA), assetId: String(pump), x: 1, y: 1 });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'assetId', assetId: String(pump), assetName: 'Pump 7' });
    expect(res.errors![0]!.message).toMatch(/Pump 7.*id \d+/);
    expect(await pinRows(t)).toEqual(before);
  });

  it('re-checks uniqueness on the target viewer when a pin moves', async () => {
    const onB = await save({ viewerId: String(viewerB), assetId: String(pump), x: 5, y: 5 });
    expect(onB.errors).toBeUndefined();
    const other = await save({ viewerId: String(viewerA), assetId: String(valve), x: 5, y: 5 });
    const moved = await save({ id: other.data!.savePin.id, viewerId: String(viewerB), x: 6, y: 6, assetId: String(pump) });
    expect(moved.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'assetId' });
    const ok = await save({ id: other.data!.savePin.id, viewerId: String(viewerB), x: 6, y: 6 });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.savePin).toMatchObject({ viewerId: String(viewerB), label: 'Valve 2', x: 6 });
  });

  it('keeps omitted links on update and removes them when null', async () => {
    const created = await save({ viewerId: String(viewerA), locationId: String(basics.locationId), x: 1, y: 1, color: '#00ff00' });
    const id = created.data!.savePin.id;
    expect(created.data!.savePin).toMatchObject({ label: 'Unassigned', icon: 'location', color: '#00FF00', location: { id: String(basics.locationId) } });
    const kept = await save({ id, viewerId: String(viewerA), x: 2, y: 2 });
    expect(kept.data!.savePin).toMatchObject({ x: 2, color: '#00FF00', location: { id: String(basics.locationId) } });
    const cleared = await save({ id, viewerId: String(viewerA), x: 2, y: 2, locationId: null, color: null });
    expect(cleared.data!.savePin).toMatchObject({ location: null, color: '#FF0000' });
  });

  it('reports every bad value at once, naming fields and rules, and writes nothing', async () => {
    const before = await pinRows(t);
    const res = await save({ viewerId: String(viewerA), x: -0.5, y: 800.1, width: -1, height: 3, color: '#12345', note: 'x'.repeat(2001) });
    expect(res.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const problems = (res.errors![0]!.extensions!.problems as Array<{ field: string; rule: string }>).map((p) => `${p.field}:${p.rule}`);
    expect(problems).toEqual(['x:min', 'y:inside_plan', 'width:min', 'color:hex_color', 'note:max_length']);
    expect(await pinRows(t)).toEqual(before);
  });

  it('accepts any coordinates >= 0 when the plan size is unknown', async () => {
    const unsized = await buildViewer(t, await buildPlan(t, { width: null, height: null }));
    const res = await save({ viewerId: String(unsized), x: 123456, y: 0 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.savePin).toMatchObject({ viewerId: String(unsized), x: 123456, y: 0 });
    expect((await pinRows(t)).find((p) => p.id === Number(res.data!.savePin.id))).toMatchObject({ x: 123456, y: 0 });
  });

  it('answers NOT_FOUND naming the unknown viewer, asset, location or pin, and writes nothing', async () => {
    const before = await pinRows(t);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ viewerId: '999999', x: 1, y: 1 }, 'viewerId'],
      [{ viewerId: String(viewerA), assetId: '999999', x: 1, y: 1 }, 'assetId'],
      [{ viewerId: String(viewerA), locationId: '999999', x: 1, y: 1 }, 'locationId'],
      [{ id: '999999', viewerId: String(viewerA), x: 1, y: 1 }, 'id'],
    ];
    for (const [input, field] of cases) {
      const res = await save(input);
      expect(res.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field });
    }
    const bad = await save({ viewerId: 'abc', x: 1, y: 1 });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'viewerId' });
    expect(await pinRows(t)).toEqual(before);
  });

  it('checks the notice exists once the notices table is there', async () => {
    const [{ exists }] = (await t.sql<{ exists: boolean }>("select to_regclass('mantenimiento_aviso') is not null as exists")) as [{ exists: boolean }];
    const res = await save({ viewerId: String(viewerA), noticeId: '424242', x: 1, y: 1 });
    if (exists) {
      expect(res.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'noticeId' });
    } else {
      expect(res.data!.savePin).toMatchObject({ noticeId: '424242', noticeLabel: 'AV-424242', label: 'AV-424242', icon: 'warning' });
    }
  });

  it('lets only one of two simultaneous saves of the same asset win (the database constraint)', async () => {
    const asset = await buildPinAsset(t, basics, { name: 'Racing asset' });
    const results = await Promise.all([1, 2, 3].map((i) => save({ viewerId: String(viewerA), assetId: String(asset), x: i, y: i })));
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
    const rows = await t.sql('select id from activos_pinplano where asset_id = $1', [asset]);
    expect(rows).toHaveLength(1);
  });

  it('refuses savePin without activos.add_pinplano, and updates without activos.change_pinplano', async () => {
    const addOnly = (await buildStaff(t, ['activos.add_pinplano'])).id;
    const changeOnly = (await buildStaff(t, ['activos.change_pinplano'])).id;
    const nonStaff = (await buildUser(t, { perms: PIN_PERMS })).id;
    const create = { viewerId: String(viewerA), x: 1, y: 1 };
    expect((await save(create, changeOnly)).errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'activos.add_pinplano' });
    expect((await save(create, nonStaff)).errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'is_staff' });
    const anon = await t.exec(SAVE, { variables: { input: create } });
    expect(anon.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    const pinId = await buildPin(t, { viewerId: viewerA });
    const update = await save({ id: String(pinId), viewerId: String(viewerA), x: 9, y: 9 }, addOnly);
    expect(update.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'activos.change_pinplano' });
    expect((await t.sql('select x from activos_pinplano where id = $1', [pinId]))[0]!.x).toBe(10);
  });
});

describe('deletePin', () => {
  it('deletes with activos.delete_pinplano; NOT_FOUND afterwards', async () => {
    const pinId = await buildPin(t, { viewerId: viewerA });
    const res = await t.exec(DELETE, { as: staffId, variables: { id: String(pinId) } });
    expect(res.data!.deletePin).toBe(String(pinId));
    const again = await t.exec(DELETE, { as: staffId, variables: { id: String(pinId) } });
    expect(again.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it('refuses deletePin without activos.delete_pinplano', async () => {
    const pinId = await buildPin(t, { viewerId: viewerA });
    const other = (await buildStaff(t, ['activos.add_pinplano'])).id;
    const res = await t.exec(DELETE, { as: other, variables: { id: String(pinId) } });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'activos.delete_pinplano' });
    expect(await t.sql('select id from activos_pinplano where id = $1', [pinId])).toHaveLength(1);
  });
});

describe('the database itself', () => {
  it('rejects a second pin of an asset on a viewer, negative or non-finite numbers and bad colors', async () => {
    const asset = await buildPinAsset(t, basics);
    await buildPin(t, { viewerId: viewerA, assetId: asset });
    await expect(buildPin(t, { viewerId: viewerA, assetId: asset })).rejects.toMatchObject({ constraint: 'activos_pinplano_viewer_id_asset_id_unique' });
    const insert = (col: string, value: unknown) =>
      t.sql(`insert into activos_pinplano (viewer_id, x, y, ${col}) values ($1, 1, 1, $2)`, [viewerA, value]);
    await expect(insert('width', -1)).rejects.toMatchObject({ constraint: 'activos_pinplano_width_check' });
    await expect(insert('height', 'NaN')).rejects.toMatchObject({ constraint: 'activos_pinplano_height_check' });
    await expect(insert('note', 'n').then(() => t.sql("update activos_pinplano set x = 'Infinity' where note = 'n'"))).rejects.toMatchObject({
      constraint: 'activos_pinplano_x_check',
    });
    await expect(insert('color', 'red')).rejects.toMatchObject({ constraint: 'activos_pinplano_color_check' });
    // Pins without an asset are not limited.
    await buildPin(t, { viewerId: viewerA });
    await buildPin(t, { viewerId: viewerA });
  });
});

describe("a viewer's pins and the permissions of the models they reach", () => {
  const PINS = 'query($id: ID!) { viewer(id: $id) { id pins { id color asset { id name } } } }';

  it('answers each pin, and FORBIDDEN naming activos.view_activo in place of every asset the caller may not see', async () => {
    const viewer = await buildViewer(t, planId, { name: 'Permissions' });
    await buildPin(t, { viewerId: viewer, assetId: pump });
    await buildPin(t, { viewerId: viewer, assetId: valve });
    const noAssets = await buildStaff(t, ['activos.view_visorplano', 'activos.view_pinplano']);
    const res = await t.exec(PINS, { as: noAssets.id, variables: { id: String(viewer) } });
    expect(res.data!.viewer.pins).toHaveLength(2);
    expect(res.data!.viewer.pins.map((p: { asset: unknown }) => p.asset)).toEqual([null, null]);
    expect(res.errors!.map((e) => [e.path, e.extensions?.code, e.extensions?.required_permission])).toEqual([
      [['viewer', 'pins', 0, 'asset'], 'FORBIDDEN', 'activos.view_activo'],
      [['viewer', 'pins', 1, 'asset'], 'FORBIDDEN', 'activos.view_activo'],
    ]);

    const withAssets = await buildStaff(t, ['activos.view_visorplano', 'activos.view_pinplano', 'activos.view_activo']);
    const ok = await t.exec(PINS, { as: withAssets.id, variables: { id: String(viewer) } });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.viewer.pins.map((p: { asset: { name: string } }) => p.asset.name).sort()).toEqual(['Pump 7', 'Valve 2']);
  });

  it('refuses a caller who lost staff status with is_staff at the root, before any pin', async () => {
    const viewer = await buildViewer(t, planId, { name: 'Staff only' });
    await buildPin(t, { viewerId: viewer, assetId: pump });
    const former = await buildStaff(t, ['activos.view_visorplano', 'activos.view_pinplano', 'activos.view_activo']);
    await t.sql('update auth_user set is_staff = false where id = $1', [former.id]);
    const res = await t.exec(PINS, { as: former.id, variables: { id: String(viewer) } });
    expect(res.data?.viewer ?? null).toBeNull();
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'is_staff' });
  });
});
