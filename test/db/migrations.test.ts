import { setupTestApp, type TestApp } from '../support/app';

// Migrations are the only way the schema changes: after all of them, the database must
// match the entities. Extra indexes and CHECK constraints (`*_check`) exist only in
// migrations, so dropping them is the one difference allowed.

let t: TestApp;
beforeAll(async () => {
  t = await setupTestApp();
});
afterAll(async () => {
  await t.close();
});

it('leaves nothing for the entities to change after migrating', async () => {
  const sql = await t.orm.schema.getUpdateSchemaSQL({ wrap: false, safe: false, dropTables: true });
  const statements = sql
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
    .filter((s) => !/^drop index /i.test(s))
    .filter((s) => !/^alter table \S+ drop constraint \S+_check$/i.test(s));
  expect(statements).toEqual([]);
});

it('records every migration as applied and has none pending', async () => {
  const pending = await t.orm.getMigrator().getPendingMigrations();
  expect(pending).toEqual([]);
  const executed = await t.orm.getMigrator().getExecutedMigrations();
  expect(executed.length).toBeGreaterThan(0);
});

it('creates the four default permissions of every model', async () => {
  const rows = await t.sql<{ app_label: string; n: string }>(
    `select app_label, count(*) as n from auth_permission where codename ~ '^(add|change|delete|view)_' group by app_label order by app_label`,
  );
  expect(rows.map((r) => [r.app_label, Number(r.n)])).toEqual([
    ['activos', 32],
    // The audit log is append-only: only view_logentry.
    ['audit', 1],
    ['auth', 8],
    ['mantenimiento', 36],
  ]);
});
