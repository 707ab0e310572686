import { setupTestApp, type TestApp } from '../support/app';
import { ALL_CATALOGUE_VIEW, buildAsset, buildCategory, buildLocation, buildModel } from '../support/catalogue-factories';
import { buildStaff, buildUser } from '../support/factories';

let t: TestApp;
let viewer: number;
let editor: number;
let locA: number;
let locB: number;
let locB1: number;
let pumps: number;
let meters: number;
let pumpModel: number;
let meterModel: number;

beforeAll(async () => {
  t = await setupTestApp();
  viewer = (await buildStaff(t, [...ALL_CATALOGUE_VIEW, 'auth.view_user'])).id;
  editor = (await buildStaff(t, ['activos.view_activo', 'activos.view_categoria', 'activos.add_activo', 'activos.change_activo', 'activos.delete_activo', 'activos.change_modelo'])).id;
  locA = await buildLocation(t, { name: 'Site A' });
  locB = await buildLocation(t, { name: 'Site B' });
  locB1 = await buildLocation(t, { name: 'Hall', parentId: locB });
  pumps = await buildCategory(t, { name: 'Pumps' });
  meters = await buildCategory(t, { name: 'Meters' });
  pumpModel = await buildModel(t, { name: 'CR 32', categoryId: pumps });
  meterModel = await buildModel(t, { name: 'PAC', categoryId: meters });
  // 120 assets "Asset 000".."Asset 119", alternating models and locations.
  await t.sql(
    `insert into activos_activo (name, internal_code, model_id, category_id, location_id, state)
     select 'Asset ' || lpad(g::text, 3, '0'), (500 + g)::text,
       case when g % 2 = 0 then $1::int else $2::int end, case when g % 2 = 0 then $3::int else $4::int end,
       case when g % 3 = 0 then $5::int else $6::int end,
       case when g % 4 = 0 then 'REPAIR' else 'OPERATIONAL' end::asset_state
     from generate_series(0, 119) g`,
    [pumpModel, meterModel, pumps, meters, locA, locB1],
  );
});
afterAll(async () => {
  await t.close();
});

const PAGE = `query P($first: Int!, $after: String, $filter: AssetFilter) {
  assets(first: $first, after: $after, filter: $filter) {
    edges { cursor node { id name internalCode state model { name } brand { name } category { name } location { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

async function page(first: number, after?: string | null, filter?: Record<string, unknown>) {
  const res = await t.exec(PAGE, { as: viewer, variables: { first, after, filter } });
  expect(res.errors).toBeUndefined();
  return res.data!.assets as { edges: Array<{ node: { name: string; id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

describe('assets (keyset pages)', () => {
  it('walks every asset once, in name order, across pages', async () => {
    const names: string[] = [];
    let after: string | null = null;
    for (;;) {
      const p = await page(50, after);
      names.push(...p.edges.map((e) => e.node.name));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(names).toHaveLength(120);
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(120);
  });

  it('keeps the next page stable when rows are added before the cursor', async () => {
    const first = await page(10);
    const before = await page(10, first.pageInfo.endCursor);
    const [m] = await t.sql<{ id: number }>('select $1::int as id', [pumpModel]);
    const extra = await buildAsset(t, { name: 'Asset 000a', internalCode: '990001', modelId: m!.id, locationId: locA });
    const after = await page(10, first.pageInfo.endCursor);
    expect(after.edges.map((e) => e.node.name)).toEqual(before.edges.map((e) => e.node.name));
    await t.sql('delete from activos_activo where id = $1', [extra]);
  });

  it('filters by state, category, model, location subtree and parent', async () => {
    expect((await page(200, null, { state: 'REPAIR' })).edges).toHaveLength(30);
    expect((await page(200, null, { categoryId: String(pumps) })).edges).toHaveLength(60);
    expect((await page(200, null, { modelId: String(meterModel) })).edges).toHaveLength(60);
    expect((await page(200, null, { locationId: String(locB) })).edges).toHaveLength(80);
    expect((await page(200, null, { locationId: String(locB), categoryId: String(pumps), state: 'REPAIR' })).edges).toHaveLength(20);
    expect((await page(200, null, { q: 'asset 11' })).edges.map((e) => e.node.name)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Asset 11${i}`),
    );
  });

  it('refuses a page size out of range and a forged cursor', async () => {
    const big = await t.exec(PAGE, { as: viewer, variables: { first: 201 } });
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const forged = await t.exec(PAGE, { as: viewer, variables: { first: 5, after: Buffer.from('[1,2]').toString('base64url') } });
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('costs the same number of statements for 50 assets with relations as for 5', async () => {
    const five = await t.countQueries(() => page(5));
    const fifty = await t.countQueries(() => page(50));
    expect(fifty.result.edges).toHaveLength(50);
    expect(fifty.count).toBe(five.count);
    // user, page, model, brand, category, location
    expect(fifty.count).toBeLessThanOrEqual(6);
  });
});

describe('asset(id)', () => {
  const DETAIL = `query A($id: ID!) {
    asset(id: $id) {
      id name internalCode
      model { name brand { name } category { name } }
      brand { name } category { name }
      location { name fullPath path { name } }
      locationPath { name }
      parent { name }
      components { name }
      responsible { username }
    }
  }`;

  it('returns the asset with its model, brand, category, location path, parent, components and responsible', async () => {
    const owner = await buildUser(t, { username: 'owner1' });
    const parent = await buildAsset(t, { name: 'Skid', internalCode: '880001', modelId: pumpModel, locationId: locB1, responsibleId: owner.id });
    await buildAsset(t, { name: 'Motor', internalCode: '880002', modelId: pumpModel, locationId: locB1, parentId: parent });
    await buildAsset(t, { name: 'Gearbox', internalCode: '880003', modelId: pumpModel, locationId: locB1, parentId: parent });
    const { result, count } = await t.countQueries(() => t.exec(DETAIL, { as: viewer, variables: { id: String(parent) } }));
    expect(result.errors).toBeUndefined();
    const [brand] = await t.sql<{ name: string }>('select b.name from activos_marca b join activos_modelo m on m.brand_id = b.id where m.id = $1', [pumpModel]);
    expect(result.data!.asset).toEqual({
      id: String(parent),
      name: 'Skid',
      internalCode: '880001',
      model: { name: 'CR 32', brand: { name: brand!.name }, category: { name: 'Pumps' } },
      brand: { name: brand!.name },
      category: { name: 'Pumps' },
      location: { name: 'Hall', fullPath: 'Site B / Hall', path: [{ name: 'Site B' }, { name: 'Hall' }] },
      locationPath: [{ name: 'Site B' }, { name: 'Hall' }],
      parent: null,
      components: [{ name: 'Gearbox' }, { name: 'Motor' }],
      responsible: { username: 'owner1' },
    });
    expect(count).toBeLessThanOrEqual(10);
  });

  it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    const missing = await t.exec('{ asset(id: "999999") { id } }', { as: viewer });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const bad = await t.exec('{ asset(id: "x1") { id } }', { as: viewer });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

describe('asset writes', () => {
  const CREATE = `mutation C($input: AssetInput!) { createAsset(input: $input) { id name internalCode epc state category { id } } }`;
  const UPDATE = `mutation U($id: ID!, $input: AssetUpdateInput!) { updateAsset(id: $id, input: $input) { id name category { id } parent { id } } }`;
  const count = async () => Number((await t.sql<{ n: string }>('select count(*) as n from activos_activo'))[0]!.n);

  it("creates an asset whose category is its model's", async () => {
    const res = await t.exec(CREATE, {
      as: editor,
      variables: { input: { name: '  New pump  ', internalCode: '770001', modelId: String(pumpModel), locationId: String(locA), epc: 'E200-1', cost: '1250.50', purchaseDate: '2024-02-29' } },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createAsset).toMatchObject({ name: 'New pump', internalCode: '770001', epc: 'E200-1', state: 'OPERATIONAL' });
    const [row] = await t.sql('select category_id, cost::text, purchase_date::text from activos_activo where internal_code = $1', ['770001']);
    expect(row).toEqual({ category_id: pumps, cost: '1250.50', purchase_date: '2024-02-29' });
  });

  it('reports every invalid field at once, each named, and writes nothing', async () => {
    const before = await count();
    const res = await t.exec(CREATE, {
      as: editor,
      variables: { input: { name: 'x'.repeat(201), internalCode: '12a', modelId: 'abc', locationId: String(locA), cost: '-3', purchaseDate: '2023-02-30' } },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const problems = res.errors![0]!.extensions!.problems as Array<{ field: string; rule: string }>;
    expect(problems.map((p) => `${p.field}:${p.rule}`).sort()).toEqual(
      ['cost:decimal', 'internalCode:digits', 'modelId:id', 'name:max_length', 'purchaseDate:date'].sort(),
    );
    expect(await count()).toBe(before);
  });

  it('refuses references that do not exist', async () => {
    const res = await t.exec(CREATE, {
      as: editor,
      variables: { input: { name: 'Ghost', internalCode: '770010', modelId: '99999', locationId: '99998', parentId: '99997' } },
    });
    const problems = res.errors![0]!.extensions!.problems as Array<{ field: string; rule: string }>;
    expect(problems.map((p) => p.field).sort()).toEqual(['locationId', 'modelId', 'parentId']);
    expect(await t.sql("select 1 from activos_activo where internal_code = '770010'")).toEqual([]);
  });

  it('refuses a duplicate internal code or EPC with CONFLICT naming the field', async () => {
    const dupCode = await t.exec(CREATE, { as: editor, variables: { input: { name: 'Dup', internalCode: '770001', modelId: String(pumpModel), locationId: String(locA) } } });
    expect(dupCode.errors?.[0]).toMatchObject({ message: 'Internal code 770001 is already used by another asset.', extensions: { code: 'CONFLICT', field: 'internalCode' } });
    const dupEpc = await t.exec(CREATE, {
      as: editor,
      variables: { input: { name: 'Dup', internalCode: '770002', epc: 'E200-1', modelId: String(pumpModel), locationId: String(locA) } },
    });
    expect(dupEpc.errors?.[0]).toMatchObject({ message: 'EPC E200-1 is already used by another asset.', extensions: { code: 'CONFLICT', field: 'epc' } });
    expect(await t.sql("select 1 from activos_activo where internal_code = '770002'")).toEqual([]);
  });

  it('moves the category with the model and refuses making an asset a component of its own component', async () => {
    const top = await buildAsset(t, { name: 'Top', internalCode: '660001', modelId: pumpModel, locationId: locA });
    const mid = await buildAsset(t, { name: 'Mid', internalCode: '660002', modelId: pumpModel, locationId: locA, parentId: top });
    const moved = await t.exec(UPDATE, { as: editor, variables: { id: String(top), input: { modelId: String(meterModel) } } });
    expect(moved.data!.updateAsset.category).toEqual({ id: String(meters) });
    const cycle = await t.exec(UPDATE, { as: editor, variables: { id: String(top), input: { parentId: String(mid) } } });
    expect(cycle.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId', rule: 'cycle' });
    const self = await t.exec(UPDATE, { as: editor, variables: { id: String(top), input: { parentId: String(top) } } });
    expect(self.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId', rule: 'cycle' });
    expect((await t.sql('select parent_id from activos_activo where id = $1', [top]))[0]).toEqual({ parent_id: null });
  });

  it("updates the assets' category when their model changes category, in one transaction", async () => {
    const model = await buildModel(t, { name: 'Switchable', categoryId: pumps });
    await buildAsset(t, { name: 'Follower 1', internalCode: '661001', modelId: model, locationId: locA });
    await buildAsset(t, { name: 'Follower 2', internalCode: '661002', modelId: model, locationId: locA });
    const res = await t.exec(`mutation { updateModel(id: "${model}", input: { categoryId: "${meters}" }) { category { id } } }`, {
      as: (await buildStaff(t, ['activos.change_modelo', 'activos.view_categoria'])).id,
    });
    expect(res.errors).toBeUndefined();
    const rows = await t.sql('select distinct category_id from activos_activo where model_id = $1', [model]);
    expect(rows).toEqual([{ category_id: meters }]);
  });

  it('refuses deleting an asset with components, naming them, and deletes a leaf', async () => {
    const top = await buildAsset(t, { name: 'Frame', internalCode: '662001', modelId: pumpModel, locationId: locA });
    const leaf = await buildAsset(t, { name: 'Bolt', internalCode: '662002', modelId: pumpModel, locationId: locA, parentId: top });
    const refused = await t.exec(`mutation { deleteAsset(id: "${top}") }`, { as: editor });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'id', blockedBy: ['components'] });
    expect(refused.errors?.[0]?.message).toBe('Asset "Frame" cannot be deleted: it has 1 components.');
    expect(await t.sql('select 1 from activos_activo where id = $1', [top])).toHaveLength(1);
    const ok = await t.exec(`mutation { deleteAsset(id: "${leaf}") }`, { as: editor });
    expect(ok.data).toEqual({ deleteAsset: String(leaf) });
    expect(await t.sql('select 1 from activos_activo where id = $1', [leaf])).toEqual([]);
  });
});
