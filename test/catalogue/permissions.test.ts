import { setupTestApp, type TestApp } from '../support/app';
import { buildAsset, buildCategory, buildLocation, buildModel } from '../support/catalogue-factories';
import { buildStaff, buildUser } from '../support/factories';

// Every catalogue field needs staff and the model permission; refusals have the seed
// document's shapes and leave the database untouched.

let t: TestApp;
let assetId: number;
let locationId: number;
let modelId: number;

beforeAll(async () => {
  t = await setupTestApp();
  locationId = await buildLocation(t, { name: 'Depot' });
  modelId = await buildModel(t, { categoryId: await buildCategory(t, { name: 'Pumps' }) });
  assetId = await buildAsset(t, { name: 'Pump 1', internalCode: '4242', modelId, locationId });
});
afterAll(async () => {
  await t.close();
});

const READS: Array<[string, string, string]> = [
  ['searchAssets', '{ searchAssets(q: "pump") { id } }', 'activos.view_activo'],
  ['assets', '{ assets(first: 5) { edges { node { id } } } }', 'activos.view_activo'],
  ['asset', '{ asset(id: "1") { id } }', 'activos.view_activo'],
  ['searchModels', '{ searchModels(q: "x") { id } }', 'activos.view_modelo'],
  ['locationRoots', '{ locationRoots { id } }', 'activos.view_ubicacion'],
  ['location', '{ location(id: "1") { id } }', 'activos.view_ubicacion'],
  ['categoryTree', '{ categoryTree { depth } }', 'activos.view_categoria'],
];

const WRITES: Array<[string, string, string]> = [
  ['createCategory', 'mutation { createCategory(input: { name: "Nope" }) { id } }', 'activos.add_categoria'],
  ['createLocation', 'mutation { createLocation(input: { name: "Nope" }) { id } }', 'activos.add_ubicacion'],
  ['createBrand', 'mutation { createBrand(input: { name: "Nope" }) { id } }', 'activos.add_marca'],
  ['updateModel', 'mutation { updateModel(id: "1", input: { name: "Nope" }) { id } }', 'activos.change_modelo'],
  ['updateAsset', 'mutation { updateAsset(id: "1", input: { name: "Nope" }) { id } }', 'activos.change_activo'],
  ['deleteAsset', 'mutation { deleteAsset(id: "1") }', 'activos.delete_activo'],
  ['deleteLocation', 'mutation { deleteLocation(id: "1") }', 'activos.delete_ubicacion'],
];

describe.each([...READS, ...WRITES])('%s', (_name, query, perm) => {
  it('refuses anonymous callers with 401', async () => {
    const res = await t.exec(query);
    expect(res.status).toBe(401);
    expect(res.errors?.[0]).toMatchObject({ message: 'Authentication required', extensions: { code: 'UNAUTHENTICATED', redirect: '/admin/login/' } });
  });

  it('refuses non-staff users with 403 is_staff', async () => {
    const user = await buildUser(t, { perms: [perm] });
    const res = await t.exec(query, { as: user.id });
    expect(res.status).toBe(403);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'is_staff' });
  });

  it(`refuses staff without ${perm} with 403 naming it`, async () => {
    const staff = await buildStaff(t, []);
    const res = await t.exec(query, { as: staff.id });
    expect(res.status).toBe(403);
    expect(res.errors?.[0]).toMatchObject({ message: 'Permission denied', extensions: { code: 'FORBIDDEN', required_permission: perm } });
  });
});

describe('nested fields', () => {
  it("needs the related model's permission to follow an asset to its location or responsible user", async () => {
    const staff = await buildStaff(t, ['activos.view_activo']);
    const res = await t.exec(`{ asset(id: "${assetId}") { name location { name } responsible { username } } }`, { as: staff.id });
    expect(res.data?.asset).toEqual({ name: 'Pump 1', location: null, responsible: null });
    expect(res.errors?.map((e) => e.extensions?.required_permission)).toEqual(['activos.view_ubicacion', 'auth.view_user']);
  });

  it('needs activos.view_activo for location stats', async () => {
    const staff = await buildStaff(t, ['activos.view_ubicacion']);
    const res = await t.exec(`{ location(id: "${locationId}") { name stats { total } } }`, { as: staff.id });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'activos.view_activo' });
  });
});

describe('refused writes', () => {
  it('leave the database unchanged', async () => {
    const before = await t.sql('select id, name, internal_code, location_id from activos_activo order by id');
    const staff = await buildStaff(t, ['activos.view_activo', 'activos.add_activo']);
    await t.exec(`mutation { updateAsset(id: "${assetId}", input: { name: "Renamed" }) { id } }`, { as: staff.id });
    await t.exec(`mutation { deleteAsset(id: "${assetId}") }`, { as: staff.id });
    await t.exec(`mutation { deleteLocation(id: "${locationId}") }`, { as: (await buildStaff(t, ['activos.delete_ubicacion'])).id });
    await t.exec(`mutation { deleteModel(id: "${modelId}") }`, { as: (await buildStaff(t, ['activos.delete_modelo'])).id });
    expect(await t.sql('select id, name, internal_code, location_id from activos_activo order by id')).toEqual(before);
    expect(await t.sql('select 1 from activos_ubicacion where id = $1', [locationId])).toHaveLength(1);
    expect(await t.sql('select 1 from activos_modelo where id = $1', [modelId])).toHaveLength(1);
  });

  it('over HTTP too: a session without the permission gets 403 and the asset is unchanged', async () => {
    const staff = await buildStaff(t, ['activos.view_activo']);
    const c = t.client();
    await c.login(staff.username, staff.password);
    const res = await c.gql(`mutation { updateAsset(id: "${assetId}", input: { name: "Renamed" }) { id } }`);
    expect(res.status).toBe(403);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'activos.change_activo' });
    expect(await t.sql('select name from activos_activo where id = $1', [assetId])).toEqual([{ name: 'Pump 1' }]);
  });
});
