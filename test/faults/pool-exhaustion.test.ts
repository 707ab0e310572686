import { Client } from 'pg';
import { setupTestApp, type TestApp } from '../support/app';
import { buildBrand } from '../support/catalogue-factories';
import { buildStaff } from '../support/factories';

// A tiny pool (2 connections) and a row held locked by another session: requests wait
// a bounded time for a connection or a lock, answer a masked 503, and leave nothing
// behind once the lock is gone.

const ACQUIRE_MS = 400;
const LOCK_MS = 1200;
let t: TestApp;
let editor: { id: number; username: string; password: string };
let brandId: number;

beforeAll(async () => {
  t = await setupTestApp({ DB_POOL_MAX: '2', DB_POOL_ACQUIRE_TIMEOUT_MS: String(ACQUIRE_MS), DB_LOCK_TIMEOUT_MS: String(LOCK_MS) });
  editor = await buildStaff(t, ['activos.view_marca', 'activos.change_marca']);
  brandId = await buildBrand(t, 'Locked brand');
});
afterAll(async () => {
  await t.close();
});

async function appConnections() {
  return t.sql<{ state: string; n: number }>(
    `select state, count(*)::int as n from pg_stat_activity
      where datname = current_database() and application_name = 'energy-cmms' group by state`,
  );
}

it('waits a bounded time, answers 503 masked, and leaks no connection', async () => {
  const c = t.client();
  await c.login(editor.username, editor.password);
  const holder = new Client({ connectionString: t.db.url });
  await holder.connect();
  await holder.query('begin');
  await holder.query('select * from activos_marca where id = $1 for update', [brandId]);

  const started = Date.now();
  const results = await Promise.all(
    Array.from({ length: 6 }, (_, i) =>
      c.gql('mutation R($id: ID!, $n: String!) { updateBrand(id: $id, input: { name: $n }) { name } }', { id: String(brandId), n: `Renamed ${i}` })
        .then((res) => ({ status: res.status, text: res.text, ms: Date.now() - started })),
    ),
  );
  await holder.query('rollback');
  await holder.end();

  for (const r of results) {
    expect({ status: r.status, text: r.text }).toMatchObject({ status: 503 });
    expect(r.text).toMatch(/SERVICE_UNAVAILABLE/);
    expect(r.text).not.toMatch(/activos_marca|lock|timeout|select|update /i);
    // Queued for a connection, then at most one lock wait.
    expect(r.ms).toBeLessThan(ACQUIRE_MS * 2 + LOCK_MS * 2 + 1000);
  }
  const [brand] = await t.sql('select name from activos_marca where id = $1', [brandId]);
  expect(brand.name).toBe('Locked brand');

  // Nothing left open: at most the pool size, none idle in a transaction.
  const states = await appConnections();
  expect(states.find((s) => s.state !== 'idle')).toBeUndefined();
  expect(states.reduce((n, s) => n + s.n, 0)).toBeLessThanOrEqual(2);

  // And the next request is served.
  const ok = await c.gql('mutation { updateBrand(id: "' + brandId + '", input: { name: "Free again" }) { name } }');
  expect(ok.body.data?.updateBrand.name).toBe('Free again');
}, 30_000);

it('answers 503 when the ORM pool is exhausted, then serves again', async () => {
  const c = t.client();
  await c.login(editor.username, editor.password);
  const knex = (t.orm.em.getConnection() as unknown as { getKnex(): { client: { acquireConnection(): Promise<unknown>; releaseConnection(c: unknown): Promise<void> } } }).getKnex();
  const held = [await knex.client.acquireConnection(), await knex.client.acquireConnection()];
  const started = Date.now();
  const res = await c.gql('{ me { username } }');
  const ms = Date.now() - started;
  for (const h of held) await knex.client.releaseConnection(h);
  expect(res.status).toBe(503);
  expect(res.text).not.toMatch(/knex|timeout|pool/i);
  expect(ms).toBeGreaterThanOrEqual(ACQUIRE_MS - 50);
  expect(ms).toBeLessThan(ACQUIRE_MS * 2 + 500);
  const again = await c.gql('{ me { username } }');
  expect(again.body.data?.me.username).toBe(editor.username);
});
