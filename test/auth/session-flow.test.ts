import { buildStaff, buildUser } from '../support/factories';
import { setupTestApp, type TestApp } from '../support/app';
import request from 'supertest';
import { Client } from 'pg';

// The session, login and CSRF model as a browser or Apollo Client meets it.

let t: TestApp;
beforeAll(async () => {
  t = await setupTestApp();
});
afterAll(async () => {
  await t.close();
});

function setCookies(res: { headers: Record<string, unknown> }): string[] {
  const v = res.headers['set-cookie'];
  return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
}

const ME = '{ me { id username isStaff isSuperuser groups { name } permissions } }';

async function sessionRows(): Promise<number> {
  const [r] = await t.sql<{ n: string }>('select count(*) as n from http_session');
  return Number(r!.n);
}

describe('login and me', () => {
  it('logs in with the CSRF header and answers me with groups and effective permissions', async () => {
    const u = await buildStaff(t, ['activos.view_activo'], { groups: ['Planners'] });
    await t.sql(
      `insert into auth_group_permissions (group_id, permission_id)
       select g.id, p.id from auth_group g, auth_permission p where g.name = 'Planners' and p.codename = 'view_ordentrabajo'`,
    );
    const c = t.client();
    const getPage = await c.agent.get('/admin/login/').expect(200);
    const csrfCookie = setCookies(getPage).find((s: string) => s.startsWith('csrftoken='));
    expect(csrfCookie).toBeDefined();
    expect(csrfCookie).not.toMatch(/HttpOnly/i);
    const login = await c.login(u.username, u.password);
    expect(login.status).toBe(200);
    expect(login.body.data.login.username).toBe(u.username);
    const sessionCookie = setCookies(login).find((s: string) => s.startsWith('cmms_sessionid='));
    expect(sessionCookie).toMatch(/HttpOnly/i);
    expect(sessionCookie).toMatch(/SameSite=Lax/i);

    const me = await c.gql(ME);
    expect(me.status).toBe(200);
    expect(me.body.data.me).toMatchObject({ username: u.username, isStaff: true, isSuperuser: false, groups: [{ name: 'Planners' }] });
    expect(me.body.data.me.permissions).toEqual(['activos.view_activo', 'mantenimiento.view_ordentrabajo']);
    expect(me.headers['cache-control']).toBe('no-store');
    const [row] = await t.sql<{ last_login: Date | null }>('select last_login from auth_user where id = $1', [u.id]);
    expect(row!.last_login).not.toBeNull();
  });

  it('gives an active superuser every permission', async () => {
    const u = await buildUser(t, { isSuperuser: true, isStaff: true });
    const r = await t.exec(ME, { as: u.id });
    const [n] = await t.sql<{ n: string }>('select count(*) as n from auth_permission');
    expect(r.data!.me.permissions).toHaveLength(Number(n!.n));
  });

  it('answers me in a fixed number of SQL statements', async () => {
    const u = await buildStaff(t, ['activos.view_activo', 'activos.add_activo'], { groups: ['G1', 'G2'] });
    const { result, count } = await t.countQueries(() => t.exec(ME, { as: u.id }));
    expect(result.data!.me.groups).toHaveLength(2);
    // user row, groups, effective permissions (the loadAuthUser of exec itself included)
    expect(count).toBeLessThanOrEqual(4);
  });

  it('refuses a wrong password and an unknown user with the same answer, creating no session', async () => {
    const u = await buildUser(t);
    const before = await sessionRows();
    const wrong = await t.client().login(u.username, 'not-the-password');
    const unknown = await t.client().login('nobody-like-this', 'not-the-password');
    expect(wrong.status).toBe(200);
    expect(wrong.body.errors[0]).toEqual(unknown.body.errors[0]);
    expect(wrong.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(wrong.body.errors[0].message).toMatch(/correct username and password/);
    expect(await sessionRows()).toBe(before);
  });

  it('refuses an inactive user with the right password, the same way', async () => {
    const u = await buildUser(t, { isActive: false });
    const r = await t.client().login(u.username, u.password);
    expect(r.body.data?.login ?? null).toBeNull();
    expect(r.body.errors[0].message).toMatch(/correct username and password/);
    expect(setCookies(r).some((s: string) => s.startsWith('cmms_sessionid='))).toBeFalsy();
  });

  it('verifies an imported Django hash and upgrades it to the current iteration count', async () => {
    // Django 3.x style hash of "correct horse battery" at 1000 iterations, salt "oldsalt".
    const { pbkdf2Sync } = await import('node:crypto');
    const hash = `pbkdf2_sha256$500$oldsalt$${pbkdf2Sync('correct horse battery', 'oldsalt', 500, 32, 'sha256').toString('base64')}`;
    const u = await buildUser(t);
    await t.sql('update auth_user set password = $1 where id = $2', [hash, u.id]);
    const r = await t.client().login(u.username, 'correct horse battery');
    expect(r.body.data.login.username).toBe(u.username);
    const [row] = await t.sql<{ password: string }>('select password from auth_user where id = $1', [u.id]);
    expect(row!.password).toMatch(/^pbkdf2_sha256\$1000\$/);
    expect(row!.password).not.toBe(hash);
  });
});

describe('anonymous callers', () => {
  it.each([
    ['me', ME],
    ['introspection', '{ __schema { types { name } } }'],
    ['an invalid query', '{ noSuchField }'],
    ['a syntax error', '{ me { '],
    ['logout', 'mutation { logout }'],
  ])('get 401 with the login redirect for %s', async (_name, query) => {
    const c = t.client();
    const r = await c.gql(query);
    expect(r.status).toBe(401);
    expect(r.body.errors).toEqual([
      expect.objectContaining({
        message: 'Authentication required',
        extensions: expect.objectContaining({ code: 'UNAUTHENTICATED', redirect: '/admin/login/' }),
      }),
    ]);
    expect(JSON.stringify(r.body)).not.toMatch(/Did you mean|noSuchField|__schema/);
  });

  it('never writes a session row, even with a forged session cookie', async () => {
    const before = await sessionRows();
    const forged = await request(t.app.app)
      .post('/graphql')
      .set('Cookie', ['cmms_sessionid=s%3Aforged.signature', 'csrftoken=abcdefghijklmnopqrstuvwxyz012345'])
      .set('X-CSRFToken', 'abcdefghijklmnopqrstuvwxyz012345')
      .set('Content-Type', 'application/json')
      .send({ query: ME });
    expect(forged.status).toBe(401);
    const unsigned = await request(t.app.app)
      .post('/graphql')
      .set('Cookie', ['cmms_sessionid=plainvalue', 'csrftoken=abcdefghijklmnopqrstuvwxyz012345'])
      .set('X-CSRFToken', 'abcdefghijklmnopqrstuvwxyz012345')
      .set('Content-Type', 'application/json')
      .send({ query: ME });
    expect(unsigned.status).toBe(401);
    await t.client().agent.get('/admin/login/');
    expect(await sessionRows()).toBe(before);
  });
});

describe('CSRF on the GraphQL endpoint', () => {
  it('refuses login from a foreign Origin with 403 and creates no session', async () => {
    const u = await buildUser(t);
    const c = t.client();
    await c.bootstrapCsrf();
    const before = await sessionRows();
    const r = await c.gql('mutation { login(username: "x", password: "y") { id } }', undefined, { Origin: 'https://evil.example.com' });
    expect(r.status).toBe(403);
    expect(r.body.errors[0].extensions.reason).toMatch(/Origin checking failed/);
    const r2 = await c.gql(`mutation { login(username: "${u.username}", password: "${u.password}") { id } }`, undefined, { Origin: 'null' });
    expect(r2.status).toBe(403);
    expect(await sessionRows()).toBe(before);
  });

  it('refuses a POST without the token with 403 and the reason', async () => {
    const u = await buildUser(t);
    const c = t.client();
    await c.bootstrapCsrf();
    const r = await c.agent
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send({ query: `mutation { login(username: "${u.username}", password: "${u.password}") { id } }` });
    expect(r.status).toBe(403);
    expect(r.body.errors[0].extensions.reason).toBe('CSRF token missing.');
    const [row] = await t.sql<{ last_login: Date | null }>('select last_login from auth_user where id = $1', [u.id]);
    expect(row!.last_login).toBeNull();
  });

  it('needs no token for a read-only query: an anonymous one gets the 401 shape, not a CSRF 403', async () => {
    for (const query of [ME, '{ __schema { types { name } } }', '{ me { ']) {
      const r = await request(t.app.app).post('/graphql').set('Content-Type', 'application/json').send({ query });
      expect(r.status).toBe(401);
      expect(r.body.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', redirect: '/admin/login/' });
    }
  });

  it('still needs the token for any document with a mutation, and for documents sent by hash alone', async () => {
    const u = await buildUser(t);
    const c = t.client();
    await c.login(u.username, u.password);
    const noToken = (body: object) => c.agent.post('/graphql').set('Content-Type', 'application/json').send(body);
    const mixed = await noToken({ query: 'query A { me { id } } mutation B { logout }', operationName: 'A' });
    expect(mixed.status).toBe(403);
    const logout = await noToken({ query: 'mutation { logout }' });
    expect(logout.status).toBe(403);
    const hashOnly = await noToken({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } });
    expect(hashOnly.status).toBe(403);
    const read = await noToken({ query: ME });
    expect(read.status).toBe(200);
    expect(read.body.data.me.username).toBe(u.username);
    // Still logged in: nothing above ran.
    expect((await c.gql(ME)).status).toBe(200);
  });

  it('accepts a trusted origin', async () => {
    const t2 = await setupTestApp({ CSRF_TRUSTED_ORIGINS: 'https://*.plant.example.org' });
    try {
      const u = await buildUser(t2);
      const c = t2.client();
      const r = await c.gql(`mutation { login(username: "${u.username}", password: "${u.password}") { id } }`, undefined, {
        Origin: 'https://app.plant.example.org',
      });
      expect(r.status).toBe(200);
      expect(r.body.data.login.id).toBe(String(u.id));
    } finally {
      await t2.close();
    }
  });

  it('serves the token as JSON and rotates the cookie at login', async () => {
    const u = await buildUser(t);
    const c = t.client();
    await c.bootstrapCsrf();
    const before = c.cookie('csrftoken');
    expect(before).toMatch(/^[A-Za-z0-9]{32}$/);
    await c.login(u.username, u.password);
    expect(c.cookie('csrftoken')).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(c.cookie('csrftoken')).not.toBe(before);
  });

  it('refuses mutations over GET', async () => {
    const u = await buildUser(t);
    const c = t.client();
    await c.login(u.username, u.password);
    const r = await c.agent.get('/graphql').query({ query: 'mutation { logout }' }).set('Apollo-Require-Preflight', 'true');
    expect(r.status).toBe(405);
    expect((await c.gql(ME)).status).toBe(200);
    const anon = await request(t.app.app).get('/graphql').query({ query: 'mutation { logout }' }).set('Apollo-Require-Preflight', 'true');
    expect(anon.status).toBe(401);
  });

  it('refuses batched request arrays', async () => {
    const c = t.client();
    await c.bootstrapCsrf();
    const r = await c.agent
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .set('X-CSRFToken', c.csrfToken)
      .send([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(r.status).toBe(400);
  });
});

describe('session lifecycle', () => {
  it('issues a new session id at login; the previous one is dead', async () => {
    const a = await buildUser(t);
    const b = await buildUser(t);
    const c = t.client();
    await c.login(a.username, a.password);
    const first = c.cookie('cmms_sessionid');
    await c.login(b.username, b.password);
    const second = c.cookie('cmms_sessionid');
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    const me = await c.gql(ME);
    expect(me.body.data.me.username).toBe(b.username);
    // Replaying A's cookie: anonymous.
    const replay = await request(t.app.app)
      .post('/graphql')
      .set('Cookie', [`cmms_sessionid=${first}`, `csrftoken=${c.cookie('csrftoken')}`])
      .set('X-CSRFToken', c.csrfToken)
      .set('Content-Type', 'application/json')
      .send({ query: ME });
    expect(replay.status).toBe(401);
  });

  it('deletes the session row at logout; the old cookie gets 401', async () => {
    const u = await buildUser(t);
    const c = t.client();
    await c.login(u.username, u.password);
    const sid = c.cookie('cmms_sessionid')!;
    const rowsBefore = await t.sql(`select sid from http_session where sess ->> 'userId' = $1`, [String(u.id)]);
    expect(rowsBefore).toHaveLength(1);
    const out = await c.gql('mutation { logout }');
    expect(out.body.data.logout).toBe(true);
    expect(await t.sql(`select sid from http_session where sess ->> 'userId' = $1`, [String(u.id)])).toHaveLength(0);
    const replay = await request(t.app.app)
      .post('/graphql')
      .set('Cookie', [`cmms_sessionid=${sid}`, `csrftoken=${c.cookie('csrftoken')}`])
      .set('X-CSRFToken', c.csrfToken)
      .set('Content-Type', 'application/json')
      .send({ query: ME });
    expect(replay.status).toBe(401);
  });

  it('ends the other sessions when the password changes, keeping the current one', async () => {
    const u = await buildUser(t, { username: 'changer', password: 'Original-pass-1' });
    const phone = t.client();
    const desk = t.client();
    await phone.login(u.username, u.password);
    await desk.login(u.username, u.password);
    const bad = await desk.gql('mutation { changePassword(oldPassword: "Original-pass-1", newPassword: "changer1") }');
    expect(bad.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.body.errors[0].extensions.problems.map((p: { rule: string }) => p.rule)).toEqual(
      expect.arrayContaining(['password_too_similar']),
    );
    const wrongOld = await desk.gql('mutation { changePassword(oldPassword: "nope", newPassword: "Tr4nsformer-Bay-7") }');
    expect(wrongOld.body.errors[0].extensions.field).toBe('oldPassword');
    const ok = await desk.gql('mutation { changePassword(oldPassword: "Original-pass-1", newPassword: "Tr4nsformer-Bay-7") }');
    expect(ok.body.data.changePassword).toBe(true);
    expect((await desk.gql(ME)).status).toBe(200);
    expect((await phone.gql(ME)).status).toBe(401);
    const relog = await t.client().login(u.username, 'Tr4nsformer-Bay-7');
    expect(relog.body.data.login.username).toBe('changer');
  });

  it('ends every session of a deactivated user on the next request', async () => {
    const u = await buildUser(t);
    const c = t.client();
    await c.login(u.username, u.password);
    expect((await c.gql(ME)).status).toBe(200);
    await t.sql('update auth_user set is_active = false where id = $1', [u.id]);
    expect((await c.gql(ME)).status).toBe(401);
  });

  it('applies a revoked permission on the next request', async () => {
    const u = await buildStaff(t, ['activos.view_activo']);
    const c = t.client();
    await c.login(u.username, u.password);
    expect((await c.gql(ME)).body.data.me.permissions).toEqual(['activos.view_activo']);
    await t.sql('delete from auth_user_user_permissions where user_id = $1', [u.id]);
    expect((await c.gql(ME)).body.data.me.permissions).toEqual([]);
  });

  it('enforces the absolute expiry on the server', async () => {
    const u = await buildUser(t);
    const c = t.client();
    await c.login(u.username, u.password);
    await t.sql(
      `update http_session set sess = jsonb_set(sess::jsonb, '{loginAt}', to_jsonb(0))::json where sess ->> 'userId' = $1`,
      [String(u.id)],
    );
    expect((await c.gql(ME)).status).toBe(401);
    expect(await t.sql(`select 1 from http_session where sess ->> 'userId' = $1`, [String(u.id)])).toHaveLength(0);
  });

  it('enforces the idle expiry on the server', async () => {
    const u = await buildUser(t);
    const c = t.client();
    await c.login(u.username, u.password);
    await t.sql(`update http_session set expire = now() - interval '1 second' where sess ->> 'userId' = $1`, [String(u.id)]);
    expect((await c.gql(ME)).status).toBe(401);
  });

  it('reads the session and its user with permissions in one statement per request', async () => {
    const u = await buildStaff(t, ['activos.view_activo']);
    const c = t.client();
    await c.login(u.username, u.password);
    await c.gql('{ __typename }');
    const spy = jest.spyOn(Client.prototype, 'query');
    try {
      const { result, count, statements } = await t.countQueries(() => c.gql('{ me { username permissions } }'));
      expect(result.body.data.me).toEqual({ username: u.username, permissions: ['activos.view_activo'] });
      // The session row + user + permissions (the named statement); then me's own statements, and nothing else.
      const sessionReads = spy.mock.calls.filter(([q]) => typeof q === 'object' && (q as { name?: string } | null)?.name === 'session-get');
      expect(sessionReads).toHaveLength(1);
      expect(spy).toHaveBeenCalledTimes(count);
      expect(statements.filter((sql) => sql.includes('http_session'))).toHaveLength(1);
      expect(count - 1).toBeLessThanOrEqual(2);
    } finally {
      spy.mockRestore();
    }
  });

  it('does not write the session store on every request', async () => {
    const u = await buildUser(t);
    const c = t.client();
    await c.login(u.username, u.password);
    const [before] = await t.sql<{ expire: Date }>(`select expire from http_session where sess ->> 'userId' = $1`, [String(u.id)]);
    await t.sql(`update http_session set expire = $2 where sess ->> 'userId' = $1`, [String(u.id), before!.expire]);
    await c.gql(ME);
    await c.gql(ME);
    const [after] = await t.sql<{ expire: Date }>(`select expire from http_session where sess ->> 'userId' = $1`, [String(u.id)]);
    expect(after!.expire.getTime()).toBe(before!.expire.getTime());
  });
});

describe('login throttling', () => {
  it('locks an account with 429 after repeated failures, counting aliases separately', async () => {
    const t2 = await setupTestApp({ LOGIN_FAILURES_PER_USER: '3', LOGIN_FAILURES_PER_ADDRESS: '100' });
    try {
      const u = await buildUser(t2);
      const c = t2.client();
      const aliases = [1, 2, 3].map((i) => `a${i}: login(username: "${u.username}", password: "wrong${i}") { id }`).join(' ');
      const first = await c.gql(`mutation { ${aliases} }`);
      expect(first.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(["BAD_USER_INPUT", "BAD_USER_INPUT", "BAD_USER_INPUT"]);
      const locked = await c.login(u.username, u.password);
      expect(locked.status).toBe(429);
      expect(locked.body.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
      const [row] = await t2.sql<{ last_login: Date | null }>('select last_login from auth_user where id = $1', [u.id]);
      expect(row!.last_login).toBeNull();
      // The lock lives in PostgreSQL: a new app instance on the same database sees it.
      const rows = await t2.sql(`select key from login_throttle where key like 'user:%'`);
      expect(rows.length).toBeGreaterThan(0);
    } finally {
      await t2.close();
    }
  });
});
