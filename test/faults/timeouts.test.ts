import { setupTestApp, type TestApp } from '../support/app';

// Statement, lock and idle-in-transaction timeouts are set on every connection the
// server opens (ORM pool and session pool), from the configuration.

let t: TestApp;
beforeAll(async () => {
  t = await setupTestApp({ DB_STATEMENT_TIMEOUT_MS: '700', DB_LOCK_TIMEOUT_MS: '600', DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '800' });
});
afterAll(async () => {
  await t.close();
});

const SETTINGS = "select current_setting('statement_timeout') as statement, current_setting('lock_timeout') as lock, current_setting('idle_in_transaction_session_timeout') as idle";
const EXPECTED = { statement: '700ms', lock: '600ms', idle: '800ms' };

it('sets them on ORM connections, in and out of transactions', async () => {
  const conn = t.orm.em.getConnection();
  expect((await conn.execute(SETTINGS))[0]).toEqual(EXPECTED);
  await t.orm.em.fork().transactional(async (em) => {
    expect((await em.execute(SETTINGS))[0]).toEqual(EXPECTED);
  });
});

it('sets them on the session pool', async () => {
  const clients = await Promise.all([t.pool.connect(), t.pool.connect()]);
  try {
    for (const c of clients) expect((await c.query(SETTINGS)).rows[0]).toEqual(EXPECTED);
  } finally {
    for (const c of clients) c.release();
  }
});

it('cancels a statement running past the statement timeout', async () => {
  const started = Date.now();
  await expect(t.orm.em.getConnection().execute('select pg_sleep(3)')).rejects.toMatchObject({ code: '57014' });
  expect(Date.now() - started).toBeLessThan(2500);
});

it('ends a session left idle in a transaction', async () => {
  const client = await t.pool.connect();
  client.on('error', () => undefined);
  try {
    await client.query('begin');
    await new Promise((r) => setTimeout(r, 1500));
    await expect(client.query('select 1')).rejects.toThrow();
  } finally {
    client.release(true);
  }
});

it('uses the documented defaults when nothing is configured', async () => {
  const d = await setupTestApp();
  try {
    expect((await d.orm.em.getConnection().execute(SETTINGS))[0]).toEqual({ statement: '30s', lock: '10s', idle: '1min' });
    expect((await d.pool.query(SETTINGS)).rows[0]).toEqual({ statement: '30s', lock: '10s', idle: '1min' });
  } finally {
    await d.close();
  }
});
