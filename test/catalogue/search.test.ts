import { assetSearchSql, normalizeTerm } from '../../src/modules/assets/asset-search.sql';
import { setupTestApp, type TestApp } from '../support/app';
import { buildAsset, buildCategory, buildLocation, buildModel, ALL_CATALOGUE_VIEW } from '../support/catalogue-factories';
import { buildStaff, loggedInClient } from '../support/factories';

let t: TestApp;
let viewer: number;
const ids: Record<string, number> = {};

const SEARCH = `query S($q: String!, $cat: ID, $loc: ID, $desc: Boolean! = false, $limit: Int! = 50) {
  searchAssets(q: $q, categoryId: $cat, locationId: $loc, includeDescendants: $desc, limit: $limit) {
    id name internalCode category { id } location { id }
  }
}`;

async function search(q: string, vars: Record<string, unknown> = {}) {
  const res = await t.exec(SEARCH, { as: viewer, variables: { q, ...vars } });
  expect(res.errors).toBeUndefined();
  return (res.data!.searchAssets as Array<{ name: string; id: string }>).map((a) => a.name);
}

beforeAll(async () => {
  t = await setupTestApp();
  viewer = (await buildStaff(t, ALL_CATALOGUE_VIEW)).id;
  ids.rotating = await buildCategory(t, { name: 'Rotating equipment' });
  ids.pumps = await buildCategory(t, { name: 'Pumps', parentId: ids.rotating });
  ids.electrical = await buildCategory(t, { name: 'Electrical' });
  ids.plant = await buildLocation(t, { name: 'Plant' });
  ids.buildingA = await buildLocation(t, { name: 'Building A', parentId: ids.plant });
  ids.level1 = await buildLocation(t, { name: 'Level 1', parentId: ids.buildingA });
  ids.substation = await buildLocation(t, { name: 'Substation' });
  const pumpModel = await buildModel(t, { categoryId: ids.pumps });
  const electricModel = await buildModel(t, { categoryId: ids.electrical });
  ids.a1 = await buildAsset(t, { name: 'Cooling Pump P-1', internalCode: '1001', serialNumber: 'SN-AAA', modelId: pumpModel, locationId: ids.level1 });
  ids.a2 = await buildAsset(t, { name: 'Booster pump', internalCode: '1002', modelId: pumpModel, locationId: ids.buildingA });
  ids.a3 = await buildAsset(t, {
    name: 'Transformer T1',
    internalCode: '2001',
    description: 'Feeds the Pump House',
    modelId: electricModel,
    locationId: ids.substation,
  });
  ids.a4 = await buildAsset(t, { name: 'Breaker', internalCode: '3001', serialNumber: 'ABC123', modelId: electricModel, locationId: ids.substation });
  ids.a5 = await buildAsset(t, { name: 'Meter 50%_off', internalCode: '4001', modelId: electricModel, locationId: ids.substation });
});
afterAll(async () => {
  await t.close();
});

describe('searchAssets', () => {
  it('matches a substring of the name in any case, ordered by name', async () => {
    expect(await search('PUMP')).toEqual(['Booster pump', 'Cooling Pump P-1', 'Transformer T1']);
  });

  it('matches a substring of the internal code', async () => {
    expect(await search('200')).toEqual(['Transformer T1']);
    expect(await search('001')).toEqual(['Breaker', 'Cooling Pump P-1', 'Meter 50%_off', 'Transformer T1']);
  });

  it('matches a substring of the serial number in any case', async () => {
    expect(await search('abc12')).toEqual(['Breaker']);
    expect(await search('n-aa')).toEqual(['Cooling Pump P-1']);
  });

  it('matches a substring of the description', async () => {
    expect(await search('pump house')).toEqual(['Transformer T1']);
  });

  it('never matches across two columns', async () => {
    // "...P-1" ends the name and "1001" starts the code.
    expect(await search('p-11001')).toEqual([]);
  });

  it('takes LIKE wildcards literally', async () => {
    expect(await search('50%')).toEqual(['Meter 50%_off']);
    expect(await search('%_o')).toEqual(['Meter 50%_off']);
  });

  it('matches terms of 1-2 characters as a prefix of the name or the code', async () => {
    expect(await search('b')).toEqual(['Booster pump', 'Breaker']);
    expect(await search('10')).toEqual(['Booster pump', 'Cooling Pump P-1']);
    expect(await search('um')).toEqual([]);
    expect(await search('bO')).toEqual(['Booster pump']);
    expect(await search('tr', { cat: String(ids.electrical) })).toEqual(['Transformer T1']);
  });

  it('returns everything by name for an empty term, within the limit', async () => {
    expect(await search('', { limit: 2 })).toEqual(['Booster pump', 'Breaker']);
  });

  it('filters by category, exactly or with its descendants', async () => {
    expect(await search('', { cat: String(ids.pumps) })).toEqual(['Booster pump', 'Cooling Pump P-1']);
    expect(await search('', { cat: String(ids.rotating) })).toEqual([]);
    expect(await search('', { cat: String(ids.rotating), desc: true })).toEqual(['Booster pump', 'Cooling Pump P-1']);
  });

  it('filters by location, exactly or with its descendants', async () => {
    expect(await search('', { loc: String(ids.plant) })).toEqual([]);
    expect(await search('', { loc: String(ids.plant), desc: true })).toEqual(['Booster pump', 'Cooling Pump P-1']);
    expect(await search('pump', { loc: String(ids.level1) })).toEqual(['Cooling Pump P-1']);
  });

  it('combines the term with both filters', async () => {
    expect(await search('pump', { cat: String(ids.rotating), loc: String(ids.plant), desc: true })).toEqual([
      'Booster pump',
      'Cooling Pump P-1',
    ]);
  });

  it('returns id, internal code, category and location', async () => {
    const res = await t.exec(SEARCH, { as: viewer, variables: { q: '1001' } });
    expect(res.data!.searchAssets).toEqual([
      { id: String(ids.a1), name: 'Cooling Pump P-1', internalCode: '1001', category: { id: String(ids.pumps) }, location: { id: String(ids.level1) } },
    ]);
  });

  it.each([0, 51, -1])('refuses limit %i with BAD_USER_INPUT on limit', async (limit) => {
    const res = await t.exec(SEARCH, { as: viewer, variables: { q: 'pump', limit } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
  });

  it('refuses a term longer than 100 characters', async () => {
    const res = await t.exec(SEARCH, { as: viewer, variables: { q: 'x'.repeat(101) } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'q' });
  });

  it('refuses a non-numeric category id naming the field', async () => {
    const res = await t.exec(SEARCH, { as: viewer, variables: { q: 'pump', cat: 'abc' } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'categoryId' });
  });

  it('has indexes that apply: the trigram index for substrings, the prefix indexes for short terms', async () => {
    // The tiny table would be read sequentially; forbidding that shows which indexes apply.
    const plan = async (q: string, settings: string[]) => {
      const { sql, params } = assetSearchSql({ term: normalizeTerm(q) }, 50);
      let n = 0;
      const client = await t.pool.connect();
      try {
        await client.query('begin');
        for (const s of settings) await client.query(`set local ${s} = off`);
        const rows = await client.query(`explain ${sql.replace(/\?/g, () => `$${++n}`)}`, params);
        return rows.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n');
      } finally {
        await client.query('rollback');
        client.release();
      }
    };
    expect(await plan('pump', ['enable_seqscan', 'enable_indexscan'])).toContain('activos_activo_search_trgm_index');
    const short = await plan('pu', ['enable_seqscan']);
    expect(short).toContain('activos_activo_name_id_index');
    expect(short).toContain('activos_activo_internal_code_prefix_index');
  });
});

describe('GET /activos/api/buscar-activos-json/', () => {
  const PATH = '/activos/api/buscar-activos-json/';

  const staffClient = (perms: string[]) => loggedInClient(t, perms);

  it("answers the seed document's example with results in the old shape", async () => {
    const c = await staffClient(['activos.view_activo']);
    const res = await c.agent.get(PATH).query({ q: 'pump', cat_id: String(ids.pumps) });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      results: [
        { id: ids.a2, nombre: 'Booster pump', codigo: '1002', categoria_id: ids.pumps, ubicacion_id: ids.buildingA },
        { id: ids.a1, nombre: 'Cooling Pump P-1', codigo: '1001', categoria_id: ids.pumps, ubicacion_id: ids.level1 },
      ],
    });
  });

  it('answers cat_id=5 with 200 and results, whatever exists', async () => {
    const c = await staffClient(['activos.view_activo']);
    const res = await c.agent.get(`${PATH}?q=pump&cat_id=5`);
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body.results)).toBe(true);
  });

  it('filters by location with include_descendants=1', async () => {
    const c = await staffClient(['activos.view_activo']);
    const exact = await c.agent.get(PATH).query({ loc_id: String(ids.plant) });
    expect(exact.body.results).toEqual([]);
    const below = await c.agent.get(PATH).query({ loc_id: String(ids.plant), include_descendants: '1' });
    expect(below.body.results.map((r: { nombre: string }) => r.nombre)).toEqual(['Booster pump', 'Cooling Pump P-1']);
  });

  it('returns 50 results at most', async () => {
    const [m] = await t.sql<{ id: number }>('select id from activos_modelo limit 1');
    await t.sql(
      `insert into activos_activo (name, internal_code, model_id, category_id, location_id)
       select 'Spare valve ' || lpad(g::text, 3, '0'), (900000 + g)::text, m.id, m.category_id, $2
       from generate_series(1, 60) g, activos_modelo m where m.id = $1`,
      [m!.id, ids.substation],
    );
    const c = await staffClient(['activos.view_activo']);
    const res = await c.agent.get(PATH).query({ q: 'spare valve' });
    expect(res.status).toBe(200);
    expect(res.body.results).toHaveLength(50);
    expect(res.body.results[0].nombre).toBe('Spare valve 001');
    expect(res.body.results[49].nombre).toBe('Spare valve 050');
  });

  it.each([
    ['cat_id', 'abc'],
    ['loc_id', '1e3'],
    ['cat_id', '-4'],
    ['loc_id', '99999999999'],
    ['include_descendants', 'maybe'],
  ])('refuses %s=%s with 400 naming the parameter', async (name, value) => {
    const c = await staffClient(['activos.view_activo']);
    const res = await c.agent.get(PATH).query({ q: 'pump', [name]: value });
    expect(res.status).toBe(400);
    expect(res.body.error).toContain(name);
  });

  it('refuses a repeated parameter with 400', async () => {
    const c = await staffClient(['activos.view_activo']);
    const res = await c.agent.get(`${PATH}?q=pump&cat_id=1&cat_id=2`);
    expect(res.status).toBe(400);
    expect(res.body.error).toContain('cat_id');
  });

  it('refuses a term longer than 100 characters with 400', async () => {
    const c = await staffClient(['activos.view_activo']);
    const res = await c.agent.get(PATH).query({ q: 'y'.repeat(150) });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/q must be at most 100/);
  });

  it('answers anonymous callers with 401 and the login redirect', async () => {
    const res = await t.client().agent.get(`${PATH}?q=pump`);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: 'Authentication required', redirect: '/admin/login/' });
  });

  it('answers non-staff users with 403 is_staff', async () => {
    const c = await loggedInClient(t, ['activos.view_activo'], { isStaff: false });
    const res = await c.agent.get(`${PATH}?q=pump`);
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ error: 'Permission denied', required_permission: 'is_staff' });
  });

  it('answers staff without activos.view_activo with 403 naming it', async () => {
    const c = await staffClient(['activos.view_modelo']);
    const res = await c.agent.get(`${PATH}?q=pump&cat_id=5`);
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ error: 'Permission denied', required_permission: 'activos.view_activo' });
  });
});
