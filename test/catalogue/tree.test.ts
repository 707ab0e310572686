import { setupTestApp, type TestApp } from '../support/app';
import { ALL_CATALOGUE_VIEW, buildAsset, buildCategory, buildLocation, buildModel } from '../support/catalogue-factories';
import { buildStaff } from '../support/factories';

let t: TestApp;
let admin: number;
const ids: Record<string, number> = {};

const LOCATION_PERMS = ['activos.add_ubicacion', 'activos.change_ubicacion', 'activos.delete_ubicacion'];
const CATEGORY_PERMS = ['activos.add_categoria', 'activos.change_categoria', 'activos.delete_categoria'];
const BRAND_MODEL_PERMS = ['activos.add_marca', 'activos.change_marca', 'activos.delete_marca', 'activos.add_modelo', 'activos.delete_modelo'];

beforeAll(async () => {
  t = await setupTestApp();
  admin = (await buildStaff(t, [...ALL_CATALOGUE_VIEW, ...LOCATION_PERMS, ...CATEGORY_PERMS, ...BRAND_MODEL_PERMS])).id;
  ids.plant = await buildLocation(t, { name: 'Plant', sortOrder: 2 });
  ids.office = await buildLocation(t, { name: 'Office', sortOrder: 1 });
  ids.block = await buildLocation(t, { name: 'Block 1', parentId: ids.plant });
  ids.level = await buildLocation(t, { name: 'Level 0', parentId: ids.block });
  ids.room = await buildLocation(t, { name: 'Pump room', parentId: ids.level });
  ids.yard = await buildLocation(t, { name: 'Yard', parentId: ids.plant });
  ids.mech = await buildCategory(t, { name: 'Mechanical' });
  ids.pumps = await buildCategory(t, { name: 'Pumps', parentId: ids.mech });
  ids.fans = await buildCategory(t, { name: 'Fans', parentId: ids.mech });
  ids.elec = await buildCategory(t, { name: 'Electrical' });
  const pump = await buildModel(t, { categoryId: ids.pumps });
  const fan = await buildModel(t, { categoryId: ids.fans });
  await buildAsset(t, { name: 'P1', modelId: pump, locationId: ids.room });
  await buildAsset(t, { name: 'P2', modelId: pump, locationId: ids.room, state: 'REPAIR' });
  await buildAsset(t, { name: 'F1', modelId: fan, locationId: ids.yard });
  await buildAsset(t, { name: 'F2', modelId: fan, locationId: ids.block });
});
afterAll(async () => {
  await t.close();
});

const gql = async (query: string, variables?: Record<string, unknown>) => t.exec(query, { as: admin, variables });

describe('location tree', () => {
  it('lists roots by sort order, with hasChildren', async () => {
    const res = await gql('{ locationRoots { name hasChildren } }');
    expect(res.data!.locationRoots).toEqual([
      { name: 'Office', hasChildren: false },
      { name: 'Plant', hasChildren: true },
    ]);
  });

  it('gives a location its children, path and subtree stats by category', async () => {
    const res = await gql(`query L($id: ID!) { location(id: $id) {
      name children { name hasChildren } path { name } fullPath parent { name }
      stats { total operational byCategory { category { name } total operational } }
    } }`, { id: String(ids.plant) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.location).toEqual({
      name: 'Plant',
      children: [
        { name: 'Block 1', hasChildren: true },
        { name: 'Yard', hasChildren: false },
      ],
      path: [{ name: 'Plant' }],
      fullPath: 'Plant',
      parent: null,
      stats: {
        total: 4,
        operational: 3,
        byCategory: [
          { category: { name: 'Fans' }, total: 2, operational: 2 },
          { category: { name: 'Pumps' }, total: 2, operational: 1 },
        ],
      },
    });
    const deep = await gql(`{ location(id: "${ids.room}") { fullPath parent { name } stats { total } } }`);
    expect(deep.data!.location).toEqual({ fullPath: 'Plant / Block 1 / Level 0 / Pump room', parent: { name: 'Level 0' }, stats: { total: 2 } });
  });

  it('computes stats for a list of children in a fixed number of statements', async () => {
    const q = `{ locationRoots { children { stats { total } hasChildren fullPath } } }`;
    const { count, result } = await t.countQueries(() => gql(q));
    expect(result.errors).toBeUndefined();
    expect(count).toBeLessThanOrEqual(6);
  });

  it('creates a location and refuses a duplicate name among siblings only', async () => {
    const create = `mutation C($input: LocationInput!) { createLocation(input: $input) { id name type parent { id } } }`;
    const ok = await gql(create, { input: { name: 'Level 1', parentId: String(ids.block), type: 'LEVEL' } });
    expect(ok.data!.createLocation).toMatchObject({ name: 'Level 1', type: 'LEVEL', parent: { id: String(ids.block) } });
    const dup = await gql(create, { input: { name: 'Level 0', parentId: String(ids.block) } });
    expect(dup.errors?.[0]).toMatchObject({ message: 'A location named "Level 0" already exists at this level.', extensions: { code: 'CONFLICT', field: 'name' } });
    const qr = await gql(create, { input: { name: 'Level 2', parentId: String(ids.office), qrCode: 'QR-L1' } });
    expect(qr.errors).toBeUndefined();
    const dupQr = await gql(create, { input: { name: 'Level 3', parentId: String(ids.office), qrCode: 'QR-L1' } });
    expect(dupQr.errors?.[0]).toMatchObject({ message: 'QR code "QR-L1" is already used by another location.', extensions: { code: 'CONFLICT', field: 'qrCode' } });
    const renamed = await gql(`mutation { updateLocation(id: "${ok.data!.createLocation.id}", input: { name: "Level 0" }) { id } }`);
    expect(renamed.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });
    expect(await t.sql('select name from activos_ubicacion where id = $1', [ok.data!.createLocation.id])).toEqual([{ name: 'Level 1' }]);
    expect(await t.sql("select 1 from activos_ubicacion where name = 'Level 3'")).toEqual([]);
    const elsewhere = await gql(create, { input: { name: 'Level 0', parentId: String(ids.office) } });
    expect(elsewhere.errors).toBeUndefined();
    const rootDup = await gql(create, { input: { name: 'Plant' } });
    expect(rootDup.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });
  });

  it('validates names and parents, naming the fields', async () => {
    const create = `mutation C($input: LocationInput!) { createLocation(input: $input) { id } }`;
    const blank = await gql(create, { input: { name: '   ' } });
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name', rule: 'required' });
    const long = await gql(create, { input: { name: 'n'.repeat(151) } });
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name', rule: 'max_length' });
    const orphan = await gql(create, { input: { name: 'Orphan', parentId: '987654' } });
    expect(orphan.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId', rule: 'exists' });
    expect(await t.sql("select 1 from activos_ubicacion where name = 'Orphan'")).toEqual([]);
  });

  it('refuses moving a location under itself or its own descendant, and changes nothing', async () => {
    const move = `mutation M($id: ID!, $parent: ID) { updateLocation(id: $id, input: { parentId: $parent }) { id } }`;
    const under = await gql(move, { id: String(ids.plant), parent: String(ids.room) });
    expect(under.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId', rule: 'cycle' });
    const self = await gql(move, { id: String(ids.block), parent: String(ids.block) });
    expect(self.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId', rule: 'cycle' });
    expect(await t.sql('select parent_id from activos_ubicacion where id = any($1::int[]) order by id', [[ids.plant, ids.block]])).toEqual([
      { parent_id: null },
      { parent_id: ids.plant },
    ]);
    const sideways = await gql(move, { id: String(ids.yard), parent: String(ids.block) });
    expect(sideways.errors).toBeUndefined();
    const back = await gql(move, { id: String(ids.yard), parent: String(ids.plant) });
    expect(back.errors).toBeUndefined();
  });

  it('refuses deleting a location with sub-locations or assets, naming what blocks it', async () => {
    const withChildren = await gql(`mutation { deleteLocation(id: "${ids.block}") }`);
    expect(withChildren.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'id', blockedBy: ['sub-locations', 'assets'] });
    expect(withChildren.errors?.[0]?.message).toBe('Location "Block 1" cannot be deleted: it has 2 sub-locations and 1 assets.');
    const withAssets = await gql(`mutation { deleteLocation(id: "${ids.room}") }`);
    expect(withAssets.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', blockedBy: ['assets'] });
    expect(await t.sql('select 1 from activos_ubicacion where id = any($1::int[])', [[ids.block, ids.room]])).toHaveLength(2);
    const empty = await buildLocation(t, { name: 'Empty', parentId: ids.office });
    const ok = await gql(`mutation { deleteLocation(id: "${empty}") }`);
    expect(ok.data).toEqual({ deleteLocation: String(empty) });
  });
});

describe('category tree', () => {
  it('returns the tree depth-first with depths', async () => {
    const res = await gql('{ categoryTree { depth category { name icon parent { name } } } }');
    expect(res.data!.categoryTree.map((e: { depth: number; category: { name: string } }) => `${e.depth}:${e.category.name}`)).toEqual([
      '0:Electrical',
      '0:Mechanical',
      '1:Fans',
      '1:Pumps',
    ]);
  });

  it('creates, renames and refuses duplicate names', async () => {
    const created = await gql(`mutation { createCategory(input: { name: "Valves", parentId: "${ids.mech}", icon: "valve" }) { id name icon path { name } } }`);
    expect(created.data!.createCategory).toMatchObject({ name: 'Valves', icon: 'valve', path: [{ name: 'Mechanical' }, { name: 'Valves' }] });
    const dup = await gql('mutation { createCategory(input: { name: "Pumps" }) { id } }');
    expect(dup.errors?.[0]).toMatchObject({ message: 'A category named "Pumps" already exists.', extensions: { code: 'CONFLICT', field: 'name' } });
    const badIcon = await gql('mutation { createCategory(input: { name: "Odd", icon: "<svg>" }) { id } }');
    expect(badIcon.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'icon' });
  });

  it('refuses moving a category under its own descendant', async () => {
    const res = await gql(`mutation { updateCategory(id: "${ids.mech}", input: { parentId: "${ids.pumps}" }) { id } }`);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId', rule: 'cycle' });
    expect(await t.sql('select parent_id from activos_categoria where id = $1', [ids.mech])).toEqual([{ parent_id: null }]);
  });

  it('refuses deleting a category with subcategories or models', async () => {
    const parent = await gql(`mutation { deleteCategory(id: "${ids.mech}") }`);
    expect(parent.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', blockedBy: ['subcategories'] });
    const used = await gql(`mutation { deleteCategory(id: "${ids.pumps}") }`);
    expect(used.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', blockedBy: ['models', 'assets'] });
    const ok = await gql(`mutation { deleteCategory(id: "${ids.elec}") }`);
    expect(ok.data).toEqual({ deleteCategory: String(ids.elec) });
  });
});

describe('brands and models', () => {
  it('creates a brand and a model, searches models by model or brand name, and refuses deleting a used brand', async () => {
    const brand = await gql('mutation { createBrand(input: { name: "Grundfos" }) { id name } }');
    const brandId = brand.data!.createBrand.id as string;
    const model = await gql(`mutation { createModel(input: { name: "CR 32-4", brandId: "${brandId}", categoryId: "${ids.pumps}", averagePrice: 6900.5 }) { id name averagePrice brand { name } category { name } } }`);
    expect(model.data!.createModel).toMatchObject({ name: 'CR 32-4', averagePrice: 6900.5, brand: { name: 'Grundfos' }, category: { name: 'Pumps' } });
    const byBrand = await gql('{ searchModels(q: "grund") { name brand { name } } }');
    expect(byBrand.data!.searchModels).toEqual([{ name: 'CR 32-4', brand: { name: 'Grundfos' } }]);
    const byModel = await gql('{ searchModels(q: "cr 32") { name } }');
    expect(byModel.data!.searchModels).toEqual([{ name: 'CR 32-4' }]);
    const tooMany = await gql('{ searchModels(q: "x", limit: 51) { name } }');
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
    const dupModel = await gql(`mutation { createModel(input: { name: "CR 32-4", brandId: "${brandId}", categoryId: "${ids.pumps}" }) { id } }`);
    expect(dupModel.errors?.[0]).toMatchObject({ message: 'This brand already has a model named "CR 32-4".', extensions: { code: 'CONFLICT', field: 'name' } });
    const dupBrand = await gql('mutation { createBrand(input: { name: "Grundfos" }) { id } }');
    expect(dupBrand.errors?.[0]).toMatchObject({ message: 'A brand named "Grundfos" already exists.', extensions: { code: 'CONFLICT', field: 'name' } });
    expect(await t.sql("select count(*)::int as n from activos_marca where name = 'Grundfos'")).toEqual([{ n: 1 }]);
    const refused = await gql(`mutation { deleteBrand(id: "${brandId}") }`);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', blockedBy: ['models'] });
    const missingRefs = await gql('mutation { createModel(input: { name: "X", brandId: "9999", categoryId: "9998" }) { id } }');
    expect((missingRefs.errors?.[0]?.extensions?.problems as Array<{ field: string }>).map((p) => p.field)).toEqual(['brandId', 'categoryId']);
  });
});
