import request from 'supertest';
import { buildUser } from '../support/factories';
import { setupTestApp, type TestApp } from '../support/app';
import { safeNext } from '../../src/http/login-page';

let t: TestApp;
beforeAll(async () => {
  t = await setupTestApp({ CORS_ALLOWED_ORIGINS: 'https://app.plant.example.org' });
});
afterAll(async () => {
  await t.close();
});

function formToken(html: string): string {
  return /name="csrfmiddlewaretoken" value="([A-Za-z0-9]+)"/.exec(html)![1]!;
}

describe('health checks', () => {
  it('answers /healthz and /readyz without login', async () => {
    const h = await request(t.app.app).get('/healthz');
    expect(h.status).toBe(200);
    expect(h.body).toEqual({ status: 'ok' });
    const r = await request(t.app.app).get('/readyz');
    expect(r.status).toBe(200);
    expect(r.body.database).toBe('up');
  });
});

describe('the HTML login page', () => {
  it('renders a form with a hidden CSRF field and sets the cookie', async () => {
    const res = await request(t.app.app).get('/admin/login/?next=/app/assets');
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/html');
    expect(res.text).toMatch(/name="username"/);
    expect(res.text).toMatch(/name="password"/);
    expect(res.text).toContain('value="/app/assets"');
    expect(formToken(res.text)).toHaveLength(64);
    expect(res.headers['set-cookie']).toEqual(expect.arrayContaining([expect.stringMatching(/^csrftoken=/)]));
  });

  it('logs in through the form and redirects to a same-site next', async () => {
    const u = await buildUser(t);
    const agent = request.agent(t.app.app);
    const page = await agent.get('/admin/login/');
    const res = await agent
      .post('/admin/login/')
      .type('form')
      .send({ csrfmiddlewaretoken: formToken(page.text), username: u.username, password: u.password, next: '/app/plans/3' });
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/app/plans/3');
    const me = await agent.get('/graphql').query({ query: '{ me { username } }' }).set('Apollo-Require-Preflight', '1');
    expect(me.body.data.me.username).toBe(u.username);
  });

  it.each(['https://evil.example.com/', '//evil.example.com/x', '/\\evil.example.com', 'javascript:alert(1)'])(
    'ignores an off-site next (%s) and goes to /app/',
    async (next) => {
      const u = await buildUser(t);
      const agent = request.agent(t.app.app);
      const page = await agent.get('/admin/login/');
      const res = await agent
        .post('/admin/login/')
        .type('form')
        .send({ csrfmiddlewaretoken: formToken(page.text), username: u.username, password: u.password, next });
      expect(res.status).toBe(302);
      expect(res.headers.location).toBe('/app/');
    },
  );

  it('shows the error on the page for a wrong password, escaping what was typed', async () => {
    const agent = request.agent(t.app.app);
    const page = await agent.get('/admin/login/');
    const res = await agent
      .post('/admin/login/')
      .type('form')
      .send({ csrfmiddlewaretoken: formToken(page.text), username: '<script>x</script>', password: 'nope' });
    expect(res.status).toBe(200);
    expect(res.text).toMatch(/correct username and password/);
    expect(res.text).not.toContain('<script>x</script>');
    expect(res.text).toContain('&lt;script&gt;');
  });

  it('refuses the form without its CSRF token with 403 and creates no session', async () => {
    const u = await buildUser(t);
    const agent = request.agent(t.app.app);
    await agent.get('/admin/login/');
    const res = await agent.post('/admin/login/').type('form').set('Accept', 'text/html').send({ username: u.username, password: u.password });
    expect(res.status).toBe(403);
    expect(res.text).toMatch(/CSRF token missing/);
    expect(await t.sql(`select 1 from http_session where sess ->> 'userId' = $1`, [String(u.id)])).toHaveLength(0);
  });

  it('logs out through /admin/logout/ with a POST', async () => {
    const u = await buildUser(t);
    const agent = request.agent(t.app.app);
    const page = await agent.get('/admin/login/');
    await agent.post('/admin/login/').type('form').send({ csrfmiddlewaretoken: formToken(page.text), username: u.username, password: u.password });
    const logoutPage = await agent.get('/admin/logout/');
    expect(logoutPage.text).toContain(u.username);
    const out = await agent.post('/admin/logout/').type('form').send({ csrfmiddlewaretoken: formToken(logoutPage.text) });
    expect(out.status).toBe(302);
    expect(out.headers.location).toBe('/admin/login/');
    expect(await t.sql(`select 1 from http_session where sess ->> 'userId' = $1`, [String(u.id)])).toHaveLength(0);
  });

  it('accepts only same-site paths as next', () => {
    expect(safeNext('/app/?q=1#x')).toBe('/app/?q=1#x');
    expect(safeNext('//x.org')).toBeNull();
    expect(safeNext('/\\x.org')).toBeNull();
    expect(safeNext('http://x.org/')).toBeNull();
    expect(safeNext('/a\nb')).toBeNull();
    expect(safeNext(42)).toBeNull();
  });
});

describe('request handling', () => {
  it('returns a request id header and keeps a valid incoming one', async () => {
    const a = await request(t.app.app).get('/healthz');
    expect(a.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const b = await request(t.app.app).get('/healthz').set('X-Request-Id', 'trace-12345678');
    expect(b.headers['x-request-id']).toBe('trace-12345678');
    const c = await request(t.app.app).get('/healthz').set('X-Request-Id', 'bad id with spaces');
    expect(c.headers['x-request-id']).not.toBe('bad id with spaces');
  });

  it('sends CORS headers with credentials only to allow-listed origins, never reflecting others', async () => {
    const ok = await request(t.app.app).options('/graphql').set('Origin', 'https://app.plant.example.org').set('Access-Control-Request-Method', 'POST');
    expect(ok.headers['access-control-allow-origin']).toBe('https://app.plant.example.org');
    expect(ok.headers['access-control-allow-credentials']).toBe('true');
    expect(ok.headers['access-control-allow-headers']).toMatch(/X-CSRFToken/i);
    const evil = await request(t.app.app).options('/graphql').set('Origin', 'https://evil.example.com').set('Access-Control-Request-Method', 'POST');
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('sets security headers', async () => {
    const res = await request(t.app.app).get('/admin/login/');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('refuses oversized bodies with 413 before anything runs', async () => {
    const c = t.client();
    await c.bootstrapCsrf();
    const res = await c.agent
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .set('X-CSRFToken', c.csrfToken)
      .send({ query: `{ me { id } }`, variables: { pad: 'x'.repeat(2 * 1024 * 1024) } });
    expect(res.status).toBe(413);
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.js/);
  });

  it('answers malformed JSON with 400 and no stack trace', async () => {
    const c = t.client();
    await c.bootstrapCsrf();
    const res = await c.agent.post('/graphql').set('Content-Type', 'application/json').set('X-CSRFToken', c.csrfToken).send('{"query": ');
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).not.toMatch(/node_modules|at JSON\.parse/);
  });

  it('answers unknown paths with a JSON 404', async () => {
    const res = await request(t.app.app).get('/nope');
    expect(res.status).toBe(404);
    expect(res.body.error).toBe('Not found');
  });
});
