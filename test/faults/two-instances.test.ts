import { makePassword } from '../../src/modules/auth/password-hasher';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { Browser } from '../support/http-browser';
import { startServerProcess, type ServerProcess } from './server-process';

// Two server processes behind one address (a load balancer): sessions and login
// throttling live in PostgreSQL, so either instance serves any request.

let db: TestDatabase;
let a: ServerProcess;
let b: ServerProcess;

beforeAll(async () => {
  db = await createTestDatabase();
  const env = { DATABASE_URL: db.url, LOGIN_FAILURES_PER_USER: '3', LOG_LEVEL: 'warn' };
  [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
  const hash = await makePassword('Two-instances-1', 1000);
  const { Client } = await import('pg');
  const client = new Client({ connectionString: db.url });
  await client.connect();
  await client.query(`insert into auth_user (username, password, is_staff) values ('dora', $1, true), ('eve', $1, true)`, [hash]);
  await client.end();
}, 120_000);
afterAll(async () => {
  for (const s of [a, b]) {
    if (s?.child.exitCode === null) {
      s.child.kill('SIGTERM');
      await s.exited;
    }
  }
  await db?.drop();
}, 60_000);

it('shares sessions: log in on A, act on B, log out on B, refused on A', async () => {
  const browser = new Browser(a.url);
  expect((await browser.login('dora', 'Two-instances-1')).body.data.login).toBeTruthy();
  browser.base = b.url;
  const onB = await browser.gql('{ me { username } }');
  expect(onB.body.data.me.username).toBe('dora');
  const before = new Map(browser.cookies);
  const out = await browser.gql('mutation { logout }');
  expect(out.body.errors).toBeUndefined();

  // The cookie from before the logout is dead on A as well.
  const replay = new Browser(a.url);
  for (const [k, v] of before) replay.cookies.set(k, v);
  replay.csrfToken = browser.csrfToken;
  const stale = await replay.gql('{ me { username } }');
  expect(stale.status).toBe(401);
});

it('shares rate limits: failures on A lock the account on B', async () => {
  const onA = new Browser(a.url);
  for (let i = 0; i < 3; i++) {
    const res = await onA.login('eve', 'wrong password');
    expect(res.body.data?.login ?? null).toBeNull();
  }
  const onB = new Browser(b.url);
  const locked = await onB.login('eve', 'Two-instances-1');
  expect(locked.status).toBe(429);
  expect(locked.body.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
});

it('keeps the lock across a restart', async () => {
  a.child.kill('SIGTERM');
  expect((await a.exited).code).toBe(0);
  a = await startServerProcess({ DATABASE_URL: db.url, LOGIN_FAILURES_PER_USER: '3', LOG_LEVEL: 'warn' });
  const res = await new Browser(a.url).login('eve', 'Two-instances-1');
  expect(res.status).toBe(429);
}, 60_000);
