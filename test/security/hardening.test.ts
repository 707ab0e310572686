import 'reflect-metadata';
import { Writable } from 'node:stream';
import { Client } from 'pg';
import pino from 'pino';
import request from 'supertest';
import { getNamedType, isInputObjectType } from 'graphql';
import { createApp, type App } from '../../src/app';
import { parseConfig } from '../../src/config';
import { makePassword } from '../../src/modules/auth/password-hasher';
import { buildBareSchema } from '../../src/schema';
import { HttpClient, setupTestApp, TEST_SECRET, type TestApp } from '../support/app';
import { buildLocation } from '../support/catalogue-factories';
import { buildStaff, buildUser } from '../support/factories';
import { buildWorkOrder, WO_ALL } from '../support/maintenance-factories';

// SECURITY.md, the lines not covered by the feature tests: secret rotation, proxies,
// logout races, hostile cookies, login timing, long passwords, inputs that must not
// set what the caller may not, production defaults, masked errors with request ids.

const ME = '{ me { username } }';
const OLD = 'old-secret-0123456789abcdefghijklmnopqrstuv';
const NEW = 'new-secret-0123456789abcdefghijklmnopqrstuv';

let t: TestApp;
const extra: App[] = [];
beforeAll(async () => {
  t = await setupTestApp();
});
// Every instance shares the throttle table; each test starts with a clean slate.
beforeEach(async () => {
  await t.sql('delete from login_throttle');
});
afterAll(async () => {
  for (const a of extra) await a.close();
  await t.close();
});

/** Another server instance on the same database, with its own settings (and optionally a log sink). */
async function instance(env: Record<string, string | undefined>, sink?: string[]): Promise<App> {
  const base: Record<string, string | undefined> = { NODE_ENV: 'test', DATABASE_URL: t.db.url, SESSION_SECRET: TEST_SECRET, PASSWORD_HASH_ITERATIONS: '1000', ...env };
  const config = parseConfig(Object.fromEntries(Object.entries(base).filter(([, v]) => v !== undefined)) as Record<string, string>);
  const stream = new Writable({ write: (chunk, _enc, cb) => (sink?.push(String(chunk)), cb()) });
  const logger = pino({ level: sink ? 'info' : 'silent' }, stream);
  const app = await createApp({ config, orm: t.orm, logger, pool: t.pool });
  extra.push(app);
  return app;
}

describe('session secrets', () => {
  it('keeps old cookies working while the old secret is listed second, and ends them once it is removed', async () => {
    const u = await buildUser(t);
    const before = new HttpClient((await instance({ SESSION_SECRET: OLD })).app);
    await before.login(u.username, u.password);
    const cookies = `cmms_sessionid=${before.cookie('cmms_sessionid')}; csrftoken=${before.cookie('csrftoken')}`;
    const ask = (a: App) =>
      request(a.app).post('/graphql').set('Cookie', cookies).set('X-CSRFToken', before.csrfToken).set('Content-Type', 'application/json').send({ query: ME });

    const rotating = await instance({ SESSION_SECRET: `${NEW},${OLD}` });
    const during = await ask(rotating);
    expect(during.status).toBe(200);
    expect(during.body.data.me.username).toBe(u.username);
    // Still valid on the next request too (the session was not dropped on the way).
    expect((await ask(rotating)).body.data?.me.username).toBe(u.username);

    const rotated = await instance({ SESSION_SECRET: NEW });
    expect((await ask(rotated)).status).toBe(401);
  });
});

describe('proxies', () => {
  it('does not believe a client X-Forwarded-For without TRUST_PROXY: address throttling still counts one client', async () => {
    const app = await instance({ LOGIN_FAILURES_PER_ADDRESS: '3', LOGIN_FAILURES_PER_USER: '100' });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const c = new HttpClient(app.app);
      await c.bootstrapCsrf();
      const res = await c.agent
        .post('/graphql')
        .set('X-CSRFToken', c.csrfToken)
        .set('X-Forwarded-For', `203.0.113.${i + 1}`)
        .set('Content-Type', 'application/json')
        .send({ query: `mutation { login(username: "spoof${i}", password: "nope") { id } }` });
      statuses.push(res.status);
    }
    expect(statuses.slice(3)).toEqual([429, 429]);
  });

  it('trusts X-Forwarded-* from a proxy configured by hop count: distinct client addresses, Secure cookie over TLS', async () => {
    const app = await instance({ TRUST_PROXY: '1', SESSION_COOKIE_SECURE: 'true', LOGIN_FAILURES_PER_ADDRESS: '3', LOGIN_FAILURES_PER_USER: '100' });
    for (let i = 0; i < 5; i++) {
      const c = new HttpClient(app.app);
      const csrf = await c.agent.get('/csrf/').set('X-Forwarded-Proto', 'https').set('X-Forwarded-For', `198.51.100.${i + 1}`);
      const res = await c.agent
        .post('/graphql')
        .set('Host', 'cmms.example.org')
        .set('Origin', 'https://cmms.example.org')
        .set('X-Forwarded-Proto', 'https')
        .set('X-Forwarded-For', `198.51.100.${i + 1}`)
        .set('X-CSRFToken', csrf.body.csrfToken)
        .set('Content-Type', 'application/json')
        .send({ query: `mutation { login(username: "proxied${i}", password: "nope") { id } }` });
      expect(res.status).not.toBe(429);
    }
    const u = await buildUser(t);
    const c = new HttpClient(app.app);
    const csrf = await c.agent.get('/csrf/').set('X-Forwarded-Proto', 'https');
    const login = await c.agent
      .post('/graphql')
      .set('Host', 'cmms.example.org')
      .set('Origin', 'https://cmms.example.org')
      .set('X-Forwarded-Proto', 'https')
      .set('X-Forwarded-For', '198.51.100.99')
      .set('X-CSRFToken', csrf.body.csrfToken)
      .set('Content-Type', 'application/json')
      .send({ query: `mutation { login(username: "${u.username}", password: "${u.password}") { id } }` });
    expect(login.body.errors).toBeUndefined();
    const session = (login.headers['set-cookie'] as unknown as string[]).find((h) => h.startsWith('cmms_sessionid='));
    expect(session).toMatch(/; Secure/i);
    expect(session).toMatch(/HttpOnly/i);
  });

  it('ignores a spoofed X-Forwarded-Proto without TRUST_PROXY: no Secure cookie is sent over plain HTTP', async () => {
    const app = await instance({ SESSION_COOKIE_SECURE: 'true' });
    const u = await buildUser(t);
    const c = new HttpClient(app.app);
    await c.bootstrapCsrf();
    const login = await c.agent
      .post('/graphql')
      .set('X-Forwarded-Proto', 'https')
      .set('X-CSRFToken', c.csrfToken)
      .set('Content-Type', 'application/json')
      .send({ query: `mutation { login(username: "${u.username}", password: "${u.password}") { id } }` });
    // The login itself succeeded: the missing cookie is the Secure flag at work, not a refusal.
    expect(login.status).toBe(200);
    expect(login.body.errors).toBeUndefined();
    expect(login.body.data.login.id).toBe(String(u.id));
    const cookies = (login.headers['set-cookie'] as unknown as string[] | undefined) ?? [];
    expect(cookies.find((h) => h.startsWith('cmms_sessionid='))).toBeUndefined();
  });
});

describe('logout racing a request in flight', () => {
  it('never brings the session back', async () => {
    const u = await buildUser(t);
    const c = t.client();
    await c.login(u.username, u.password);
    const sid = decodeURIComponent(c.cookie('cmms_sessionid')!).slice(2).split('.')[0]!;
    const cookies = `cmms_sessionid=${c.cookie('cmms_sessionid')}; csrftoken=${c.cookie('csrftoken')}`;
    // Hold the user's row so the password change (which saves the session at its end) waits.
    const holder = new Client({ connectionString: t.db.url });
    await holder.connect();
    await holder.query('begin');
    await holder.query('select 1 from auth_user where id = $1 for update', [u.id]);
    const inFlight = request(t.app.app)
      .post('/graphql')
      .set('Cookie', cookies)
      .set('X-CSRFToken', c.csrfToken)
      .set('Content-Type', 'application/json')
      .send({ query: `mutation { changePassword(oldPassword: "${u.password}", newPassword: "Quite-another-passphrase-9") }` })
      .then((r) => r);
    await new Promise((r) => setTimeout(r, 300));
    const out = await c.gql('mutation { logout }');
    expect(out.body.errors).toBeUndefined();
    await holder.query('commit');
    await holder.end();
    await inFlight;

    expect(await t.sql('select 1 from http_session where sid = $1', [sid])).toEqual([]);
    const replay = await request(t.app.app).post('/graphql').set('Cookie', cookies).set('X-CSRFToken', c.csrfToken).set('Content-Type', 'application/json').send({ query: ME });
    expect(replay.status).toBe(401);
  });
});

describe('hostile csrftoken cookies', () => {
  it.each([
    ['huge', 'x'.repeat(7000)],
    ['garbage', '%%%\u00ff;;==,,\\"'],
    ['wrong length', 'abc'],
  ])('replaces a %s cookie, never a 500', async (_name, value) => {
    const get = await request(t.app.app).get('/csrf/').set('Cookie', `csrftoken=${encodeURIComponent(value)}`);
    expect(get.status).toBe(200);
    expect((get.headers['set-cookie'] as unknown as string[]).some((h) => /^csrftoken=[A-Za-z0-9]{32};/.test(h))).toBe(true);
    const post = await request(t.app.app)
      .post('/graphql')
      .set('Cookie', `csrftoken=${encodeURIComponent(value)}`)
      .set('X-CSRFToken', value.slice(0, 200))
      .set('Content-Type', 'application/json')
      .send({ query: 'mutation { logout }' });
    expect(post.status).toBe(403);
    expect(post.body.errors[0].extensions.reason).toBeTruthy();
  });
});

describe('login timing and long passwords', () => {
  let timed: App;
  let known: { username: string; password: string };
  beforeAll(async () => {
    // Real hashing cost, so the time of a hash dominates.
    timed = await instance({ PASSWORD_HASH_ITERATIONS: '120000', LOGIN_FAILURES_PER_USER: '1000', LOGIN_FAILURES_PER_ADDRESS: '100000' });
    known = await buildUser(t, { password: 'Known-user-passphrase-1' });
    // The stored hash uses the cost of the timed instance.
    await t.sql('update auth_user set password = $1 where username = $2', [await makePassword(known.password, 120000), known.username]);
  });

  async function attempt(username: string, password: string): Promise<{ ms: number; body: any }> {
    const c = new HttpClient(timed.app);
    await c.bootstrapCsrf();
    const started = process.hrtime.bigint();
    const res = await c.gql('mutation L($u: String!, $p: String!) { login(username: $u, password: $p) { id } }', { u: username, p: password });
    return { ms: Number(process.hrtime.bigint() - started) / 1e6, body: res.body };
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

  it('answers an unknown user and a wrong password the same, in about the same time', async () => {
    const unknown: number[] = [];
    const wrong: number[] = [];
    for (let i = 0; i < 7; i++) {
      const a = await attempt(`nobody_${i}`, 'Some-wrong-password');
      const b = await attempt(known.username, `Some-wrong-password-${i}`);
      expect(a.body).toEqual(b.body);
      unknown.push(a.ms);
      wrong.push(b.ms);
    }
    const [mu, mw] = [median(unknown), median(wrong)];
    expect(Math.abs(mu - mw)).toBeLessThan(Math.max(mw * 0.5, 20));
  }, 60_000);

  it('refuses a very long password before hashing, with the same answer', async () => {
    const normal = await attempt(known.username, 'Some-wrong-password');
    const long = await attempt(known.username, 'p'.repeat(200_000));
    expect(long.body).toEqual(normal.body);
    expect(long.ms).toBeLessThan(normal.ms);
  });

  it('does not truncate: a prefix of a long password is not the password', async () => {
    const long = `Long-${'k'.repeat(120)}-passphrase`;
    const u = await buildUser(t, { password: long });
    const c = t.client();
    expect((await c.login(u.username, long.slice(0, 72))).body.data?.login ?? null).toBeNull();
    expect((await c.login(u.username, long)).body.data.login.id).toBe(String(u.id));
  });

  it('refuses setting an over-long password with BAD_USER_INPUT', async () => {
    const u = await buildUser(t);
    const res = await t.exec(`mutation { changePassword(oldPassword: "${u.password}", newPassword: "${'Ab1-'.repeat(2000)}") }`, { as: u.id });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('inputs cannot set what the caller may not', () => {
  it('has no input field for server-owned values (creator, timestamps, record version)', async () => {
    const schema = await buildBareSchema();
    const owned = /^(createdBy(Id)?|creator(Id)?|requester(Id)?|requestedBy(Id)?|createdAt|updatedAt|dateJoined|lastLogin|password(Hash)?|version)$/;
    const found: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isInputObjectType(type) || type.name.startsWith('__')) continue;
      for (const f of Object.values(type.getFields())) if (owned.test(f.name)) found.push(`${type.name}.${f.name}`);
    }
    // CreateUserInput.password is the new user's password, hashed by the server.
    expect(found.filter((f) => f !== 'CreateUserInput.password')).toEqual([]);
    // Unknown input fields are refused before anything runs.
    const staff = await buildStaff(t, ['activos.add_marca']);
    const res = await t.exec('mutation { createBrand(input: { name: "X", createdBy: 1 }) { id } }', { as: staff.id });
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('treats version as the expected one: a version from the future is refused and nothing changes', async () => {
    const manager = await buildStaff(t, WO_ALL);
    const location = await buildLocation(t);
    const id = await buildWorkOrder(t, { locationId: location });
    const [{ version }] = await t.sql('select version from mantenimiento_ordentrabajo where id = $1', [id]);
    const res = await t.exec('mutation U($id: ID!, $v: Int!) { updateWorkOrder(id: $id, input: { notes: "forged" }, version: $v) { version } }', {
      as: manager.id,
      variables: { id: String(id), v: version + 10 },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await t.sql('select version, notes from mantenimiento_ordentrabajo where id = $1', [id])).toEqual([{ version, notes: expect.not.stringMatching(/forged/) }]);
  });
});

describe('production defaults with NODE_ENV unset', () => {
  let prod: App;
  let admin: { username: string; password: string };
  beforeAll(async () => {
    prod = await instance({ NODE_ENV: undefined });
    admin = await buildUser(t, { isStaff: true, isSuperuser: true });
  });

  it('refuses introspection and hides suggestions, even for a superuser', async () => {
    const c = new HttpClient(prod.app);
    await c.login(admin.username, admin.password);
    const intro = await c.gql('{ __schema { types { name } } }');
    expect(intro.body.data).toBeUndefined();
    expect(intro.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await c.gql('{ mee { username } }');
    expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean/);
  });

  it('serves no landing page or playground', async () => {
    const res = await request(prod.app).get('/graphql').set('Accept', 'text/html');
    expect(res.text).not.toMatch(/<html|<!doctype|graphiql|sandbox/i);
  });
});

describe('masked database errors', () => {
  it('answers INTERNAL_SERVER_ERROR without SQL or stack, and logs the error with the request id', async () => {
    const lines: string[] = [];
    const app = await instance({ LOG_LEVEL: 'info' }, lines);
    const staff = await buildStaff(t, ['activos.add_marca']);
    const c = new HttpClient(app.app);
    await c.login(staff.username, staff.password);
    await t.sql(`create function refuse_brand() returns trigger language plpgsql as $$ begin raise exception 'brand refused by a test trigger'; end $$`);
    await t.sql('create trigger refuse_brand before insert on activos_marca for each row execute function refuse_brand()');
    let res;
    try {
      res = await c.gql('mutation { createBrand(input: { name: "Masked" }) { id } }');
    } finally {
      await t.sql('drop trigger refuse_brand on activos_marca; drop function refuse_brand()');
    }
    expect(res.body.errors[0]).toEqual({ message: 'Internal server error', path: ['createBrand'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(res.text).not.toMatch(/refused by a test trigger|insert|activos_marca|at .*\.ts/);
    const requestId = res.headers['x-request-id'];
    const logged = lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'unexpected error');
    expect(logged).toMatchObject({ reqId: requestId, err: { message: expect.stringMatching(/refused by a test trigger/) } });
  });
});
