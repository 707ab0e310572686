import { ConfigError, parseConfig } from '../../src/config';

describe('parseConfig', () => {
  it('applies the documented defaults', () => {
    const c = parseConfig({ NODE_ENV: 'development' });
    expect(c.port).toBe(8000);
    expect(c.session.cookieName).toBe('cmms_sessionid');
    expect(c.session.cookieSameSite).toBe('lax');
    expect(c.csrf.cookieName).toBe('csrftoken');
    expect(c.trustProxy).toBe(0);
    expect(c.graphql.introspection).toBe(true);
  });

  it('treats an unset NODE_ENV as production: introspection and landing page off', () => {
    expect(() => parseConfig({})).toThrow(ConfigError);
    const c = parseConfig({ SESSION_SECRET: 'x'.repeat(40) });
    expect(c.isProduction).toBe(true);
    expect(c.graphql.introspection).toBe(false);
    expect(c.graphql.landingPage).toBe(false);
  });

  it('names every bad variable at once', () => {
    try {
      parseConfig({ NODE_ENV: 'staging', PORT: 'eighty', DB_POOL_MAX: '0', CSRF_TRUSTED_ORIGINS: 'example.org', LOG_LEVEL: 'loud' });
      throw new Error('expected a ConfigError');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems.join('\n');
      for (const name of ['NODE_ENV', 'PORT', 'DB_POOL_MAX', 'CSRF_TRUSTED_ORIGINS', 'LOG_LEVEL']) {
        expect(problems).toContain(name);
      }
    }
  });

  it('refuses to start in production with the default or a short session secret', () => {
    expect(() => parseConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
    expect(() => parseConfig({ NODE_ENV: 'production', SESSION_SECRET: 'short' })).toThrow(/at least 32/);
    expect(parseConfig({ NODE_ENV: 'production', SESSION_SECRET: `${'a'.repeat(32)},${'b'.repeat(32)}` }).session.secrets).toHaveLength(2);
  });

  it('never trusts every proxy blindly', () => {
    expect(() => parseConfig({ NODE_ENV: 'development', TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
    expect(parseConfig({ NODE_ENV: 'development', TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(parseConfig({ NODE_ENV: 'development', TRUST_PROXY: '10.0.0.1, 10.0.0.2' }).trustProxy).toEqual(['10.0.0.1', '10.0.0.2']);
  });

  it('refuses wildcard CORS origins', () => {
    expect(() => parseConfig({ NODE_ENV: 'development', CORS_ALLOWED_ORIGINS: 'https://*.example.org' })).toThrow(/CORS_ALLOWED_ORIGINS/);
  });

  it('lists every setting in .env.example', async () => {
    const { readFileSync } = await import('node:fs');
    const example = readFileSync(`${__dirname}/../../.env.example`, 'utf8');
    const source = readFileSync(`${__dirname}/../../src/config.ts`, 'utf8');
    const names = [...source.matchAll(/^  ([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(20);
    const missing = names.filter((n) => !new RegExp(`^${n}=`, 'm').test(example));
    expect(missing).toEqual([]);
  });
});
