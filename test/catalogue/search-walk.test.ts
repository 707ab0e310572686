import { NAME_WALK_ROWS } from '../../src/modules/assets/asset-search.sql';
import { setupTestApp, type TestApp } from '../support/app';
import { buildCategory, buildLocation, buildModel, ALL_CATALOGUE_VIEW } from '../support/catalogue-factories';
import { buildStaff } from '../support/factories';

// The search's two steps: the first NAME_WALK_ROWS rows by name, then the trigram index.
// A catalogue larger than the walk, with matches early, late (together, like a plant tag),
// and both, must answer exactly what a plain sorted scan answers.

let t: TestApp;
let viewer: number;
let categoryId: number;
let otherCategoryId: number;
let siteId: number;

const SEARCH = `query S($q: String!, $cat: ID, $limit: Int! = 50) {
  searchAssets(q: $q, categoryId: $cat, limit: $limit) { id name }
}`;

async function search(q: string, vars: Record<string, unknown> = {}): Promise<string[]> {
  const res = await t.exec(SEARCH, { as: viewer, variables: { q, ...vars } });
  expect(res.errors).toBeUndefined();
  return (res.data!.searchAssets as Array<{ name: string }>).map((a) => a.name);
}

/** What the search must answer: every match, sorted by name then id, cut at the limit. */
async function expected(term: string, limit: number, category?: number): Promise<string[]> {
  const rows = await t.sql<{ name: string }>(
    `select name from activos_activo
     where (lower(name) like $1 or internal_code like $1 or lower(serial_number) like $1 or lower(description) like $1)
       and ($2::int is null or category_id = $2)
     order by name, id limit $3`,
    [`%${term}%`, category ?? null, limit],
  );
  return rows.map((r) => r.name);
}

beforeAll(async () => {
  t = await setupTestApp();
  viewer = (await buildStaff(t, ALL_CATALOGUE_VIEW)).id;
  categoryId = await buildCategory(t, { name: 'Walk category' });
  otherCategoryId = await buildCategory(t, { name: 'Walk other category' });
  const locationId = await buildLocation(t, { name: 'Walk site' });
  siteId = locationId;
  const model = await buildModel(t, { categoryId });
  const otherModel = await buildModel(t, { categoryId: otherCategoryId });
  // Names sort by their tag: A-0001..A-1500 first, then Z-001..Z-080. Every 10th early row is a
  // "valve"; the late block is all "tagz" (matches only after the walk); "mixed" sits in both.
  const early = NAME_WALK_ROWS + 500;
  await t.sql(
    `insert into activos_activo (name, internal_code, model_id, category_id, location_id, serial_number, description, state)
     select 'A-' || lpad(g::text, 4, '0') || case when g % 10 = 0 then ' valve' else ' filler' end || case when g % 500 = 0 then ' mixed' else '' end,
            (910000000 + g)::text, case when g % 2 = 0 then $1::int else $2::int end,
            case when g % 2 = 0 then $3::int else $4::int end, $5, '', '', 'OPERATIONAL'
     from generate_series(1, $6::int) g`,
    [model, otherModel, categoryId, otherCategoryId, locationId, early],
  );
  await t.sql(
    `insert into activos_activo (name, internal_code, model_id, category_id, location_id, serial_number, description, state)
     select 'Z-' || lpad(g::text, 3, '0') || ' tagz' || case when g % 20 = 0 then ' mixed' else '' end,
            (920000000 + g)::text, $1, $2, $3, '', case when g = 7 then 'Spare for the valve bank' else '' end, 'OPERATIONAL'
     from generate_series(1, 80) g`,
    [model, categoryId, locationId],
  );
});
afterAll(async () => {
  await t.close();
});

describe('searchAssets on a catalogue larger than the name walk', () => {
  it('answers a word spread over the names from the first rows by name', async () => {
    const got = await search('valve');
    expect(got).toHaveLength(50);
    expect(got).toEqual(await expected('valve', 50));
    expect(got[0]).toBe('A-0010 valve');
  });

  it('answers matches that all sit after the walk, in name order', async () => {
    const got = await search('tagz');
    expect(got).toEqual(await expected('tagz', 50));
    expect(got[0]).toBe('Z-001 tagz');
    expect(got).toHaveLength(50);
  });

  it('merges matches before and after the walk when the walk holds fewer than the limit', async () => {
    const got = await search('mixed');
    // A-0500 and A-1000 (rows 500 and 1000: inside the walk), A-1500 and Z-020..Z-080 beyond it.
    expect(got).toEqual(['A-0500 valve mixed', 'A-1000 valve mixed', 'A-1500 valve mixed', 'Z-020 tagz mixed', 'Z-040 tagz mixed', 'Z-060 tagz mixed', 'Z-080 tagz mixed']);
    expect(got).toEqual(await expected('mixed', 50));
  });

  it('keeps the limit and the other filters in both steps', async () => {
    expect(await search('valve', { limit: 3 })).toEqual(['A-0010 valve', 'A-0020 valve', 'A-0030 valve']);
    const inCategory = await search('valve', { cat: String(categoryId) });
    expect(inCategory).toEqual(await expected('valve', 50, categoryId));
    // Odd rows are in the other category; valves are every 10th row, so none of them is.
    expect(await search('valve', { cat: String(otherCategoryId) })).toEqual([]);
    // A description match late in name order is found too.
    expect(await search('valve bank')).toEqual(['Z-007 tagz']);
  });
});

describe('assets pages filtered by text on a catalogue larger than the name walk', () => {
  const PAGE = `query P($first: Int!, $after: String, $filter: AssetFilter) {
    assets(filter: $filter, first: $first, after: $after) { edges { node { name } } pageInfo { hasNextPage endCursor } }
  }`;

  async function pages(q: string, first: number, filter: Record<string, unknown> = {}): Promise<string[][]> {
    const out: string[][] = [];
    let after: string | null = null;
    for (;;) {
      const res = await t.exec(PAGE, { as: viewer, variables: { first, after, filter: { q, ...filter } } });
      expect(res.errors).toBeUndefined();
      const conn = res.data!.assets as { edges: Array<{ node: { name: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      out.push(conn.edges.map((e) => e.node.name));
      if (!conn.pageInfo.hasNextPage) return out;
      after = conn.pageInfo.endCursor;
    }
  }

  it('pages through matches before, across and after the walk without gaps or repeats', async () => {
    const all = await expected('mixed', 1000);
    const got = await pages('mixed', 3);
    expect(got.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(got.flat()).toEqual(all);
  });

  it('pages through a block of matches that starts after the walk', async () => {
    const got = await pages('tagz', 30);
    expect(got.map((p) => p.length)).toEqual([30, 30, 20]);
    expect(got.flat()).toEqual(await expected('tagz', 1000));
  });

  it('pages through a spread word, each page answered from the rows after the cursor', async () => {
    const got = await pages('valve', 40);
    expect(got.flat()).toEqual(await expected('valve', 1000));
    expect(got.flat()).toHaveLength(151);
  });

  it('keeps the subtree filters, whose SQL has its own bindings, on every page', async () => {
    const filter = { categoryId: String(categoryId), includeSubcategories: true, locationId: String(siteId) };
    const got = await pages('valve', 40, filter);
    expect(got.flat()).toEqual(await expected('valve', 1000, categoryId));
    expect(await pages('valve', 40, { ...filter, categoryId: String(otherCategoryId) })).toEqual([[]]);
  });
});
