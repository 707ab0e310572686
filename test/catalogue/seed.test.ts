import { seedDemo } from '../../src/db/seeders/demo-seeder';
import { setupTestApp, type TestApp } from '../support/app';
import { ALL_CATALOGUE_VIEW } from '../support/catalogue-factories';
import { buildStaff } from '../support/factories';

let t: TestApp;
beforeAll(async () => {
  t = await setupTestApp();
});
afterAll(async () => {
  await t.close();
});

const counts = async () =>
  (
    await t.sql(`select (select count(*) from activos_categoria)::int as categories, (select count(*) from activos_ubicacion)::int as locations,
      (select count(*) from activos_marca)::int as brands, (select count(*) from activos_modelo)::int as models,
      (select count(*) from activos_activo)::int as assets`)
  )[0];

it('loads the demo catalogue once; a second run adds nothing', async () => {
  const first = await seedDemo(t.orm.em.fork());
  expect(first.assets).toBeGreaterThanOrEqual(20);
  expect(first.locations).toBeGreaterThanOrEqual(20);
  const after = await counts();
  expect(after).toEqual(first);
  const second = await seedDemo(t.orm.em.fork());
  expect(second).toEqual({ categories: 0, locations: 0, brands: 0, models: 0, assets: 0 });
  expect(await counts()).toEqual(after);
});

it('gives every asset its model category, components and a location in one of the three sites', async () => {
  expect(await t.sql('select 1 from activos_activo a join activos_modelo m on m.id = a.model_id where a.category_id <> m.category_id')).toEqual([]);
  const components = await t.sql<{ name: string; parent: string }>(
    'select a.name, p.name as parent from activos_activo a join activos_activo p on p.id = a.parent_id order by a.name',
  );
  expect(components).toContainEqual({ name: 'Incomer breaker Q1', parent: 'MV switchgear SWG-11' });
  const viewer = await buildStaff(t, ALL_CATALOGUE_VIEW);
  const roots = await t.exec('{ locationRoots { name stats { total } } }', { as: viewer.id });
  expect(roots.data!.locationRoots.map((r: { name: string }) => r.name).sort()).toEqual([
    'Harbour Office Building',
    'Northgate Substation',
    'Riverside Generation Plant',
  ]);
  const pumps = await t.exec('{ searchAssets(q: "pump") { name location { fullPath } } }', { as: viewer.id });
  expect(pumps.data!.searchAssets).toContainEqual({
    name: 'Cooling water pump P-101',
    location: { fullPath: 'Riverside Generation Plant / Pump house / Ground level / Pump room' },
  });
});
