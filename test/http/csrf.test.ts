import express, { type Express } from 'express';
import request from 'supertest';
import {
  CSRF_ALLOWED_CHARS,
  CSRF_SECRET_LENGTH,
  CSRF_TOKEN_LENGTH,
  checkTokenFormat,
  createCsrfMiddleware,
  generateSecret,
  maskSecret,
  tokensMatch,
  unmaskToken,
  type CsrfOptions,
} from '../../src/http/csrf';

// Vectors from Django's own CSRF tests, so tokens stay interchangeable with the old system.
const TEST_SECRET = 'lcccccccX2kcccccccY2jcccccccssIC';
const MASKED_TEST_SECRET1 = '1bcdefghij2bcdefghij3bcdefghij4bcdefghij5bcdefghij6bcdefghijABCD';
const MASKED_TEST_SECRET2 = '2JgchWvM1tpxT2lfz9aydoXW9yT1DN3NdLiejYxOOlzzV4nhBbYqmqZYbAV3V5Bf';

const VALID = new RegExp(`^[${CSRF_ALLOWED_CHARS}]+$`);
const HEADER_SOURCE = "the 'X-Csrftoken' HTTP header";

describe('token functions', () => {
  it('generates 32-char secrets from the allowed characters', () => {
    const a = generateSecret();
    const b = generateSecret();
    expect(a).toHaveLength(CSRF_SECRET_LENGTH);
    expect(a).toMatch(VALID);
    expect(a).not.toBe(b);
  });

  it('masks a secret differently on every call, and both masks unmask to it', () => {
    const secret = generateSecret();
    const t1 = maskSecret(secret);
    const t2 = maskSecret(secret);
    expect(t1).toHaveLength(CSRF_TOKEN_LENGTH);
    expect(t1).toMatch(VALID);
    expect(t1).not.toBe(t2);
    expect(unmaskToken(t1)).toBe(secret);
    expect(unmaskToken(t2)).toBe(secret);
  });

  it('unmasks Django-issued tokens', () => {
    expect(unmaskToken(MASKED_TEST_SECRET1)).toBe(TEST_SECRET);
    expect(unmaskToken(MASKED_TEST_SECRET2)).toBe(TEST_SECRET);
    expect(unmaskToken('vFioG3XOLyGyGsPRFyB9iYUs341ufzIEvFioG3XOLyGyGsPRFyB9iYUs341ufzIE')).toBe('a'.repeat(32));
    expect(unmaskToken('a'.repeat(32) + 'c'.repeat(32))).toBe('c'.repeat(32));
  });

  it('checks the token format like Django', () => {
    expect(checkTokenFormat(TEST_SECRET)).toBeNull();
    expect(checkTokenFormat(MASKED_TEST_SECRET1)).toBeNull();
    expect(checkTokenFormat('a'.repeat(16))).toBe('has incorrect length');
    expect(checkTokenFormat('')).toBe('has incorrect length');
    expect(checkTokenFormat('a'.repeat(65))).toBe('has incorrect length');
    expect(checkTokenFormat('*'.repeat(64))).toBe('has invalid characters');
    expect(checkTokenFormat('é'.repeat(32))).toBe('has invalid characters');
  });

  it('accepts masked tokens and the bare secret, and nothing else', () => {
    const secret = generateSecret();
    expect(tokensMatch(maskSecret(secret), secret)).toBe(true);
    expect(tokensMatch(maskSecret(secret), secret)).toBe(true);
    expect(tokensMatch(secret, secret)).toBe(true);
    expect(tokensMatch(MASKED_TEST_SECRET2, TEST_SECRET)).toBe(true);
    expect(tokensMatch(maskSecret(generateSecret()), secret)).toBe(false);
    expect(tokensMatch('a'.repeat(32), TEST_SECRET)).toBe(false);
    expect(tokensMatch('a'.repeat(64), TEST_SECRET)).toBe(false);
    expect(tokensMatch('a'.repeat(16), TEST_SECRET)).toBe(false);
    expect(tokensMatch('*'.repeat(64), TEST_SECRET)).toBe(false);
  });

  it('refuses to mask or unmask malformed input', () => {
    expect(() => maskSecret('short')).toThrow(TypeError);
    expect(() => unmaskToken('*'.repeat(64))).toThrow(TypeError);
  });
});

const BASE_OPTIONS: CsrfOptions = {
  cookieName: 'csrftoken',
  headerName: 'x-csrftoken',
  formField: 'csrfmiddlewaretoken',
  cookieSecure: false,
  cookieSameSite: 'lax',
  cookieMaxAgeSeconds: 31449600,
  trustedOrigins: ['https://app.example.org', 'https://*.example.org', 'http://*.plain.test'],
};

interface TestApp {
  app: Express;
  reached: () => number;
}

function buildApp(overrides: Partial<CsrfOptions> = {}, trustProxy = false): TestApp {
  let hits = 0;
  const app = express();
  if (trustProxy) app.set('trust proxy', 1);
  app.use(express.json());
  app.use(express.urlencoded({ extended: false }));
  app.use(createCsrfMiddleware({ ...BASE_OPTIONS, ...overrides }));
  app.get('/page', (_req, res) => {
    res.send('ok');
  });
  app.get('/token', (req, res) => {
    res.json({ token: req.csrf!.getToken(), secret: req.csrf!.secret });
  });
  app.post('/login', (req, res) => {
    hits++;
    const before = req.csrf!.secret;
    req.csrf!.rotate();
    res.json({ before, after: req.csrf!.secret, token: req.csrf!.getToken() });
  });
  const write = (_req: express.Request, res: express.Response) => {
    hits++;
    res.json({ ok: true });
  };
  app.post('/write', write);
  app.put('/write', write);
  app.delete('/write', write);
  app.options('/write', (_req, res) => {
    res.sendStatus(204);
  });
  return { app, reached: () => hits };
}

function csrfCookies(res: request.Response): string[] {
  const raw = res.headers['set-cookie'] as unknown;
  const all = Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
  return all.filter((c) => c.startsWith('csrftoken='));
}

function csrfCookieValue(res: request.Response): string | undefined {
  const [first] = csrfCookies(res);
  return first?.slice('csrftoken='.length).split(';')[0];
}

function forbidden(res: request.Response, reason: string): void {
  expect(res.status).toBe(403);
  expect(res.body).toEqual({
    errors: [{ message: 'CSRF verification failed. Request aborted.', extensions: { code: 'FORBIDDEN', reason } }],
  });
}

describe('CSRF middleware: cookie', () => {
  it('sets the cookie on a first GET: readable by JavaScript, SameSite=Lax, Path=/, one year', async () => {
    const { app } = buildApp();
    const res = await request(app).get('/page').expect(200);
    const [setCookie] = csrfCookies(res);
    expect(setCookie).toBeDefined();
    expect(csrfCookieValue(res)).toMatch(new RegExp(`^[${CSRF_ALLOWED_CHARS}]{32}$`));
    expect(setCookie).not.toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/; SameSite=Lax/);
    expect(setCookie).toMatch(/; Path=\//);
    expect(setCookie).toMatch(/; Max-Age=31449600/);
    expect(setCookie).toMatch(/; Expires=/);
    expect(setCookie).not.toMatch(/; Secure/);
    expect(res.headers.vary).toMatch(/Cookie/);
  });

  it('adds Secure and Domain when configured', async () => {
    const { app } = buildApp({ cookieSecure: true, cookieSameSite: 'strict', cookieDomain: '.example.org' });
    const [setCookie] = csrfCookies(await request(app).get('/page'));
    expect(setCookie).toMatch(/; Secure/);
    expect(setCookie).toMatch(/; SameSite=Strict/);
    expect(setCookie).toMatch(/; Domain=\.example\.org/);
  });

  it('leaves a valid cookie alone on plain responses', async () => {
    const { app } = buildApp();
    const res = await request(app).get('/page').set('Cookie', `csrftoken=${TEST_SECRET}`).expect(200);
    expect(csrfCookies(res)).toHaveLength(0);
  });

  it('getToken() returns a masked token of the current secret and renews the cookie', async () => {
    const { app } = buildApp();
    const res = await request(app).get('/token').set('Cookie', `csrftoken=${TEST_SECRET}`).expect(200);
    expect(res.body.secret).toBe(TEST_SECRET);
    expect(res.body.token).toHaveLength(64);
    expect(unmaskToken(res.body.token)).toBe(TEST_SECRET);
    expect(csrfCookieValue(res)).toBe(TEST_SECRET);
  });

  it('getToken() without a cookie matches the cookie it sets', async () => {
    const { app } = buildApp();
    const res = await request(app).get('/token').expect(200);
    expect(csrfCookieValue(res)).toBe(res.body.secret);
    expect(tokensMatch(res.body.token, csrfCookieValue(res)!)).toBe(true);
  });

  it.each([
    ['a 5,000-char value', 'a'.repeat(5000)],
    ['garbage characters', '!@#$%^&*()<>'.repeat(6)],
    ['an empty value', ''],
    ['a short value', 'abc'],
    ['percent-encoded junk', '%E0%A4%A'],
  ])('replaces a cookie with %s by a fresh secret, never a 500', async (_label, value) => {
    const { app } = buildApp();
    const res = await request(app).get('/page').set('Cookie', `csrftoken=${value}`).expect(200);
    const fresh = csrfCookieValue(res);
    expect(fresh).toMatch(new RegExp(`^[${CSRF_ALLOWED_CHARS}]{32}$`));
    expect(fresh).not.toBe(value);
  });

  it('refuses a POST carrying a malformed cookie (Django reason) and sends a fresh one', async () => {
    const { app, reached } = buildApp();
    const long = 'a'.repeat(5000);
    const res = await request(app).post('/write').set('Cookie', `csrftoken=${long}`).set('X-CSRFToken', long);
    forbidden(res, 'CSRF cookie has incorrect length.');
    expect(csrfCookieValue(res)).toHaveLength(32);

    const bad = '*'.repeat(64);
    const res2 = await request(app).post('/write').set('Cookie', `csrftoken=${bad}`).set('X-CSRFToken', bad);
    forbidden(res2, 'CSRF cookie has invalid characters.');
    expect(reached()).toBe(0);
  });

  it('accepts a cookie in the pre-4.1 masked form and rewrites it as the bare secret', async () => {
    const { app, reached } = buildApp();
    const res = await request(app)
      .post('/write')
      .set('Cookie', `csrftoken=${MASKED_TEST_SECRET1}`)
      .set('X-CSRFToken', MASKED_TEST_SECRET2)
      .expect(200);
    expect(reached()).toBe(1);
    expect(csrfCookieValue(res)).toBe(TEST_SECRET);
  });

  it('rotate() changes the secret, sends the new cookie, and the old token stops working', async () => {
    const { app, reached } = buildApp();
    const agent = request.agent(app);
    const first = await agent.get('/token').expect(200);
    const oldToken: string = first.body.token;

    const login = await agent.post('/login').set('X-CSRFToken', oldToken).expect(200);
    expect(login.body.before).toBe(first.body.secret);
    expect(login.body.after).not.toBe(login.body.before);
    expect(csrfCookies(login)).toHaveLength(1);
    expect(csrfCookieValue(login)).toBe(login.body.after);
    expect(tokensMatch(login.body.token, login.body.after)).toBe(true);

    forbidden(await agent.post('/write').set('X-CSRFToken', oldToken), `CSRF token from ${HEADER_SOURCE} incorrect.`);
    await agent.post('/write').set('X-CSRFToken', login.body.token).expect(200);
    expect(reached()).toBe(2);
  });
});

describe('CSRF middleware: token', () => {
  const cookie = `csrftoken=${TEST_SECRET}`;

  it('refuses a POST without the cookie, before anything runs, and bootstraps a cookie', async () => {
    const { app, reached } = buildApp();
    const res = await request(app).post('/write').set('X-CSRFToken', TEST_SECRET).send({});
    forbidden(res, 'CSRF cookie not set.');
    expect(csrfCookieValue(res)).toHaveLength(32);
    expect(reached()).toBe(0);
  });

  it('refuses a POST without a token', async () => {
    const { app, reached } = buildApp();
    forbidden(await request(app).post('/write').set('Cookie', cookie).send({}), 'CSRF token missing.');
    expect(reached()).toBe(0);
  });

  it.each([
    ['incorrect length', 'a'.repeat(16), `CSRF token from ${HEADER_SOURCE} has incorrect length.`],
    ['empty', '', `CSRF token from ${HEADER_SOURCE} has incorrect length.`],
    ['invalid characters', '*'.repeat(64), `CSRF token from ${HEADER_SOURCE} has invalid characters.`],
    ['wrong value (masked)', 'a'.repeat(64), `CSRF token from ${HEADER_SOURCE} incorrect.`],
    ['wrong value (bare)', 'a'.repeat(32), `CSRF token from ${HEADER_SOURCE} incorrect.`],
  ])('refuses a header token with %s', async (_label, token, reason) => {
    const { app, reached } = buildApp();
    forbidden(await request(app).post('/write').set('Cookie', cookie).set('X-CSRFToken', token), reason);
    expect(reached()).toBe(0);
  });

  it.each([
    ['masked', MASKED_TEST_SECRET2],
    ['freshly masked', maskSecret(TEST_SECRET)],
    ['bare', TEST_SECRET],
  ])('accepts a %s header token', async (_label, token) => {
    const { app, reached } = buildApp();
    await request(app).post('/write').set('Cookie', cookie).set('X-CSRFToken', token).send({ a: 1 }).expect(200);
    expect(reached()).toBe(1);
  });

  it('accepts the form field of a urlencoded POST', async () => {
    const { app, reached } = buildApp();
    await request(app)
      .post('/write')
      .set('Cookie', cookie)
      .type('form')
      .send({ csrfmiddlewaretoken: MASKED_TEST_SECRET1, name: 'x' })
      .expect(200);
    expect(reached()).toBe(1);
  });

  it.each([
    ['incorrect length', 'a'.repeat(16), 'CSRF token from POST has incorrect length.'],
    ['invalid characters', '*'.repeat(64), 'CSRF token from POST has invalid characters.'],
    ['wrong value', 'a'.repeat(64), 'CSRF token from POST incorrect.'],
  ])('refuses a form field with %s', async (_label, token, reason) => {
    const { app, reached } = buildApp();
    const res = await request(app).post('/write').set('Cookie', cookie).type('form').send({ csrfmiddlewaretoken: token });
    forbidden(res, reason);
    expect(reached()).toBe(0);
  });

  it('prefers the form field and falls back to the header when it is empty', async () => {
    const { app } = buildApp();
    forbidden(
      await request(app)
        .post('/write')
        .set('Cookie', cookie)
        .set('X-CSRFToken', TEST_SECRET)
        .type('form')
        .send({ csrfmiddlewaretoken: 'a'.repeat(64) }),
      'CSRF token from POST incorrect.',
    );
    await request(app)
      .post('/write')
      .set('Cookie', cookie)
      .set('X-CSRFToken', TEST_SECRET)
      .type('form')
      .send({ csrfmiddlewaretoken: '' })
      .expect(200);
  });

  it('does not read the token from a JSON body', async () => {
    const { app } = buildApp();
    forbidden(
      await request(app).post('/write').set('Cookie', cookie).send({ csrfmiddlewaretoken: TEST_SECRET }),
      'CSRF token missing.',
    );
  });

  it('protects PUT and DELETE, and lets OPTIONS and HEAD through', async () => {
    const { app } = buildApp();
    forbidden(await request(app).put('/write').set('Cookie', cookie), 'CSRF token missing.');
    forbidden(await request(app).delete('/write'), 'CSRF cookie not set.');
    await request(app).put('/write').set('Cookie', cookie).set('X-CSRFToken', TEST_SECRET).expect(200);
    await request(app).options('/write').expect(204);
    await request(app).head('/page').expect(200);
  });

  it('names a custom header the way Django does', async () => {
    const { app } = buildApp({ headerName: 'x-csrftoken-customized' });
    forbidden(
      await request(app).post('/write').set('Cookie', cookie).set('X-CSRFToken-Customized', 'a'.repeat(16)),
      "CSRF token from the 'X-Csrftoken-Customized' HTTP header has incorrect length.",
    );
  });

  it('hands refusals to onFailure instead of answering itself', async () => {
    const seen: string[] = [];
    const { app, reached } = buildApp({
      onFailure: (_req, res, reason) => {
        seen.push(reason);
        res.status(418).send('no');
      },
    });
    await request(app).post('/write').expect(418);
    expect(seen).toEqual(['CSRF cookie not set.']);
    expect(reached()).toBe(0);
  });
});

describe('CSRF middleware: Origin', () => {
  const withToken = (app: Express, origin: string) =>
    request(app).post('/write').set('Cookie', `csrftoken=${TEST_SECRET}`).set('X-CSRFToken', TEST_SECRET).set('Origin', origin);

  it.each([
    ['a foreign origin', 'https://www.evil.org'],
    ['null', 'null'],
    ['an unparsable origin', 'https://['],
    ['not a URL', 'garbage'],
    ['an empty origin', ''],
    ['the wrong scheme for a wildcard', 'http://a.example.org'],
    ['a look-alike of a wildcard', 'https://example.org.evil.com'],
    ['a suffix look-alike', 'https://evilexample.org'],
    ['a port not in the trusted origin', 'https://a.example.org:8443'],
    ['the wrong scheme for same origin', 'https://api.internal'],
  ])('refuses %s', async (_label, origin) => {
    const { app, reached } = buildApp();
    forbidden(await withToken(app, origin).set('Host', 'api.internal'), `Origin checking failed - ${origin} does not match any trusted origins.`);
    expect(reached()).toBe(0);
  });

  it.each([
    ['the same origin', 'http://api.internal'],
    ['an exact trusted origin', 'https://app.example.org'],
    ['a wildcard subdomain', 'https://a.example.org'],
    ['a deeper wildcard subdomain', 'https://a.b.example.org'],
    ['the wildcard domain itself, as Django does', 'https://example.org'],
    ['an http wildcard subdomain', 'http://x.plain.test'],
  ])('accepts %s', async (_label, origin) => {
    const { app, reached } = buildApp();
    await withToken(app, origin).set('Host', 'api.internal').expect(200);
    expect(reached()).toBe(1);
  });

  it('checks the Origin before the cookie and the token', async () => {
    const { app } = buildApp();
    forbidden(
      await request(app).post('/write').set('Origin', 'https://www.evil.org'),
      'Origin checking failed - https://www.evil.org does not match any trusted origins.',
    );
  });

  it('still requires the token from a trusted origin', async () => {
    const { app } = buildApp();
    forbidden(
      await request(app).post('/write').set('Cookie', `csrftoken=${TEST_SECRET}`).set('Origin', 'https://app.example.org'),
      'CSRF token missing.',
    );
  });

  it('compares the same origin with the scheme seen through a trusted proxy', async () => {
    const { app } = buildApp({}, true);
    await withToken(app, 'https://api.internal').set('Host', 'api.internal').set('X-Forwarded-Proto', 'https').expect(200);
    forbidden(
      await withToken(app, 'http://api.internal').set('Host', 'api.internal').set('X-Forwarded-Proto', 'https'),
      'Origin checking failed - http://api.internal does not match any trusted origins.',
    );
  });

  it('refuses trusted origins without a scheme at startup', () => {
    expect(() => createCsrfMiddleware({ ...BASE_OPTIONS, trustedOrigins: ['app.example.org'] })).toThrow(/trusted origin/);
    expect(() => createCsrfMiddleware({ ...BASE_OPTIONS, cookieSameSite: 'none' })).toThrow(/Secure/i);
  });
});

describe('CSRF middleware: Referer over HTTPS', () => {
  const secure = (app: Express) =>
    request(app)
      .post('/write')
      .set('Host', 'api.internal')
      .set('X-Forwarded-Proto', 'https')
      .set('Cookie', `csrftoken=${TEST_SECRET}`)
      .set('X-CSRFToken', TEST_SECRET);

  it('refuses an HTTPS request with neither Origin nor Referer', async () => {
    const { app, reached } = buildApp({}, true);
    forbidden(await secure(app), 'Referer checking failed - no Referer.');
    expect(reached()).toBe(0);
  });

  it.each([
    ['empty', ''],
    ['without a scheme', '//api.internal/page'],
    ['without a host', 'https://'],
    ['unparsable', 'https://['],
    ['not a URL', 'ØBöIß'],
  ])('refuses a malformed Referer (%s)', async (_label, referer) => {
    const { app } = buildApp({}, true);
    forbidden(await secure(app).set('Referer', referer), 'Referer checking failed - Referer is malformed.');
  });

  it('refuses an insecure Referer', async () => {
    const { app } = buildApp({}, true);
    forbidden(await secure(app).set('Referer', 'http://api.internal/page'), 'Referer checking failed - Referer is insecure while host is secure.');
    forbidden(await secure(app).set('Referer', 'http://http://api.internal/'), 'Referer checking failed - Referer is insecure while host is secure.');
  });

  it.each([
    'https://www.evil.org/somepage',
    'https://example.org.evil.com/page',
    'https://api.internal.evil.com/page',
  ])('refuses the untrusted Referer %s', async (referer) => {
    const { app } = buildApp({}, true);
    forbidden(await secure(app).set('Referer', referer), `Referer checking failed - ${referer} does not match any trusted origins.`);
  });

  it.each([
    'https://api.internal/page',
    'https://api.internal',
    'https://app.example.org/x',
    'https://a.b.example.org/x?y=1',
    'https://x.plain.test/',
  ])('accepts the trusted Referer %s', async (referer) => {
    const { app, reached } = buildApp({}, true);
    await secure(app).set('Referer', referer).expect(200);
    expect(reached()).toBe(1);
  });

  it('accepts Referers under the cookie domain', async () => {
    const { app } = buildApp({ cookieDomain: '.corp.test', trustedOrigins: [] }, true);
    await secure(app).set('Referer', 'https://foo.corp.test/').expect(200);
    forbidden(
      await secure(app).set('Referer', 'https://api.internal/'),
      'Referer checking failed - https://api.internal/ does not match any trusted origins.',
    );
  });

  it('uses the Origin instead of the Referer when both are sent', async () => {
    const { app } = buildApp({}, true);
    await secure(app).set('Origin', 'https://app.example.org').set('Referer', 'https://www.evil.org/').expect(200);
  });

  it('does not check the Referer over plain HTTP', async () => {
    const { app } = buildApp({}, true);
    await request(app).post('/write').set('Cookie', `csrftoken=${TEST_SECRET}`).set('X-CSRFToken', TEST_SECRET).expect(200);
  });

  it('ignores X-Forwarded-Proto when no proxy is trusted', async () => {
    const { app } = buildApp();
    await secure(app).expect(200);
  });
});
