import { Pool } from 'pg';
import { queryNamed, queryRows } from '../../src/db/prepared';
import { setupTestApp, type TestApp } from '../support/app';

// The loaders' reads: named statements on the plain pool, rows shaped as the ORM's driver
// shapes them, and a statement gone stale read again instead of failing the request; the
// searches' reads: unnamed, planned for their values every time.

let t: TestApp;
let pool: Pool;
beforeAll(async () => {
  t = await setupTestApp();
  // One connection, so the second read meets the statement the first one prepared.
  pool = new Pool({ connectionString: t.db.url, max: 1 });
  await t.sql('create table prepared_probe (id int primary key, at timestamptz not null, label varchar(20) not null)');
  await t.sql(`insert into prepared_probe values (1, '2026-01-02 03:04:05.123456+00', 'one'), (2, '2026-02-03 04:05:06+00', 'two')`);
});
afterAll(async () => {
  await pool.end();
  await t.sql('drop table if exists prepared_probe');
  await t.close();
});

const READ = 'select id, at, label from prepared_probe where id = any(?::int[]) order by id';

it('reads with ? placeholders and gives timestamps as the text PostgreSQL sends (microseconds kept)', async () => {
  const rows = await queryNamed<{ id: number; at: string; label: string }>(pool, 'probe read', READ, ['{1,2}']);
  expect(rows).toEqual([
    { id: 1, at: '2026-01-02 03:04:05.123456+00', label: 'one' },
    { id: 2, at: '2026-02-03 04:05:06+00', label: 'two' },
  ]);
});

it('prepares the statement once on the connection', async () => {
  await queryNamed(pool, 'probe read', READ, ['{1}']);
  const { rows } = await pool.query<{ n: string }>("select count(*)::text as n from pg_prepared_statements where name = 'probe read'");
  expect(rows).toEqual([{ n: '1' }]);
});

it('answers once more, unnamed, when a migration changed what the prepared statement returns', async () => {
  await queryNamed(pool, 'probe read', READ, ['{1}']);
  await t.sql('alter table prepared_probe alter column label type text');
  const rows = await queryNamed<{ id: number; label: string }>(pool, 'probe read', READ, ['{2}']);
  expect(rows.map((r) => [r.id, r.label])).toEqual([[2, 'two']]);
});

it('takes a text already numbered, a placeholder used twice counting once', async () => {
  const rows = await queryNamed<{ id: number }>(pool, 'probe numbered', 'select id from prepared_probe where id = $1 or id + 0 = $1 order by id', [1]);
  expect(rows).toEqual([{ id: 1 }]);
});

it('refuses a statement whose ? count differs from its values (a ? inside a literal)', async () => {
  await expect(queryNamed(pool, 'probe bad', "select '?' as q, id from prepared_probe where id = ?", [1])).rejects.toThrow(
    'statement "probe bad": 2 placeholders for 1 values',
  );
});

describe('queryRows (the searches)', () => {
  it('reads with ? placeholders, timestamps as text, and leaves no prepared statement on the connection', async () => {
    const rows = await queryRows<{ id: number; at: string }>(pool, 'select id, at from prepared_probe where label = ? and id >= ?', ['one', 1]);
    expect(rows).toEqual([{ id: 1, at: '2026-01-02 03:04:05.123456+00' }]);
    const { rows: prepared } = await pool.query<{ n: string }>(
      "select count(*)::text as n from pg_prepared_statements where statement like '%label = $1%'",
    );
    expect(prepared).toEqual([{ n: '0' }]);
  });

  it('refuses a text whose ? count differs from its values', async () => {
    await expect(queryRows(pool, "select '?' as q from prepared_probe where id = ?", [1])).rejects.toThrow('read: 2 placeholders for 1 values');
  });
});
