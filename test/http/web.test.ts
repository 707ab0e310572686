import { readdirSync } from 'node:fs';
import path from 'node:path';
import { defaultWebDir } from '../../src/http/web';
import { setupTestApp, type TestApp } from '../support/app';
import { buildStaff } from '../support/factories';
import { ensureWebBuilt } from '../support/web-build';

const HTML = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

beforeAll(() => ensureWebBuilt(), 180_000);

describe('with the playground on', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await setupTestApp({ GRAPHQL_PLAYGROUND: 'true' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('serves the app page for every path under /app/, never cached', async () => {
    for (const p of ['/app/', '/app/assets-search', '/app/viewers/12', '/app/work-orders/3?x=1']) {
      const res = await t.client().agent.get(p).set('Accept', HTML).expect(200);
      expect(res.type).toBe('text/html');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.text).toContain('<div id="root"></div>');
      expect(res.text).toMatch(/src="\/app\/assets\/app-[\w-]+\.js"/);
    }
  });

  it('sets the csrftoken cookie with the page, for the X-CSRFToken header', async () => {
    const res = await t.client().agent.get('/app/').expect(200);
    expect(String(res.headers['set-cookie'])).toMatch(/csrftoken=/);
  });

  it('redirects /app to /app/', async () => {
    const res = await t.client().agent.get('/app').expect(301);
    expect(res.headers.location).toBe('/app/');
  });

  it('serves hashed assets with a one-year immutable cache, also to logged-in users', async () => {
    const file = readdirSync(path.join(defaultWebDir(), 'assets')).find((f) => /^app-.*\.js$/.test(f))!;
    const anon = await t.client().agent.get(`/app/assets/${file}`).expect(200);
    expect(anon.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(anon.type).toBe('text/javascript');
    const u = await buildStaff(t);
    const c = t.client();
    await c.login(u.username, u.password);
    const logged = await c.agent.get(`/app/assets/${file}`).expect(200);
    expect(logged.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // Files keep their validator; API answers (no-store) carry none.
    expect(logged.headers.etag).toMatch(/^W\/".+"$/);
    const api = await c.gql('{ me { username } }');
    expect(api.headers.etag).toBeUndefined();
  });

  it('answers 404 for a missing asset instead of the app page', async () => {
    await t.client().agent.get('/app/assets/nope-123.js').expect(404);
  });

  it('serves the playground to browsers at /graphql and /playground', async () => {
    for (const p of ['/graphql', '/playground']) {
      const res = await t.client().agent.get(p).set('Accept', HTML).expect(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.text).toContain('GraphQL playground');
      expect(res.text).not.toMatch(/https?:\/\/(cdn|unpkg|esm\.sh|cdn\.jsdelivr)/);
    }
  });

  it('keeps GraphQL GET working: a query parameter or a non-HTML Accept goes to Apollo', async () => {
    const u = await buildStaff(t);
    const c = t.client();
    await c.login(u.username, u.password);
    const res = await c.agent.get('/graphql').query({ query: '{ me { username } }' }).set('Accept', HTML).set('Apollo-Require-Preflight', 'true');
    expect(res.status).toBe(200);
    expect(res.body.data.me.username).toBe(u.username);
    const json = await c.agent.get('/graphql').set('Accept', 'application/json');
    expect(json.type).toBe('application/json');
  });

  it('sends a CSP that allows only this origin (no CDN), workers from self/blob and WebSockets', async () => {
    const res = await t.client().agent.get('/graphql').set('Accept', HTML).expect(200);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("connect-src 'self';");
    expect(csp).toMatch(/worker-src 'self' blob:/);
  });
});

describe('with the playground off (production default)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await setupTestApp({ NODE_ENV: 'production', GRAPHQL_PLAYGROUND: '' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('does not serve the playground', async () => {
    expect(t.config.graphql.playground).toBe(false);
    const page = await t.client().agent.get('/graphql').set('Accept', HTML);
    expect(page.text).not.toContain('GraphQL playground');
    await t.client().agent.get('/playground').set('Accept', HTML).expect(404);
  });

  it('still serves the app', async () => {
    await t.client().agent.get('/app/').expect(200);
  });
});
