import { z } from 'zod';

// The one place the environment is read. Every setting is listed in .env.example
// with its default; parseConfig() reports every bad variable at once.

const DEFAULT_SESSION_SECRET = 'insecure-development-secret-change-me';

const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
    .optional()
    .transform((v) => (v === undefined || v === '' ? fallback : ['true', '1', 'yes'].includes(v)));

const optionalBool = () =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
    .optional()
    .transform((v) => (v === undefined || v === '' ? undefined : ['true', '1', 'yes'].includes(v)));

const int = (fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `must be a whole number from ${min} to ${max}` });
        return z.NEVER;
      }
      return n;
    });

const list = () =>
  z
    .string()
    .optional()
    .transform((v) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean));

const originList = () =>
  list().superRefine((origins, ctx) => {
    for (const o of origins) {
      if (!/^https?:\/\/(\*\.)?[a-z0-9.-]+(:\d+)?$/i.test(o)) {
        ctx.addIssue({ code: 'custom', message: `"${o}" is not an origin like https://app.example.org or https://*.example.org` });
      }
    }
  });

const schema = z.object({
  // development | test | production. Unset behaves as production (introspection off).
  NODE_ENV: z.enum(['development', 'test', 'production']).optional(),
  // Address and port the HTTP server listens on.
  HOST: z.string().default('127.0.0.1'),
  PORT: int(8000, 0, 65535),
  // PostgreSQL connection URL. Unset: an embedded PostgreSQL is started.
  DATABASE_URL: z
    .string()
    .optional()
    .refine((v) => v === undefined || v === '' || /^postgres(ql)?:\/\//.test(v), 'must start with postgres://'),
  // Embedded PostgreSQL (only when DATABASE_URL is unset): data folder and port.
  EMBEDDED_PG_DIR: z.string().default('.data/postgres'),
  EMBEDDED_PG_PORT: int(54329, 1024, 65535),
  // Connection pool size, and how long a request waits for a free connection.
  DB_POOL_MAX: int(10, 1, 500),
  DB_POOL_ACQUIRE_TIMEOUT_MS: int(5000, 100, 600000),
  // Server-side timeouts applied to every connection.
  DB_STATEMENT_TIMEOUT_MS: int(30000, 0, 3600000),
  DB_LOCK_TIMEOUT_MS: int(10000, 0, 3600000),
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: int(60000, 0, 3600000),
  // Secrets that sign session cookies, comma-separated: the first signs, all verify
  // (append the old secret while rotating, remove it later).
  SESSION_SECRET: list(),
  SESSION_COOKIE_NAME: z.string().regex(/^[A-Za-z0-9_.-]+$/, 'must be a cookie name').default('cmms_sessionid'),
  SESSION_COOKIE_SECURE: bool(false),
  SESSION_COOKIE_SAMESITE: z.enum(['lax', 'strict', 'none']).default('lax'),
  SESSION_COOKIE_DOMAIN: z.string().optional(),
  // Idle expiry (seconds without a request) and absolute expiry (seconds since login).
  SESSION_IDLE_TIMEOUT_S: int(1209600, 60),
  SESSION_ABSOLUTE_TIMEOUT_S: int(2592000, 60),
  CSRF_COOKIE_NAME: z.string().regex(/^[A-Za-z0-9_.-]+$/, 'must be a cookie name').default('csrftoken'),
  CSRF_COOKIE_SECURE: bool(false),
  // Origins allowed to send state-changing requests (wildcards: https://*.example.org).
  CSRF_TRUSTED_ORIGINS: originList(),
  // Origins of browser frontends allowed to call the API with credentials (no wildcards).
  CORS_ALLOWED_ORIGINS: originList().refine((l) => l.every((o) => !o.includes('*')), 'wildcards are not allowed'),
  // Proxies in front of the server: a hop count (1) or addresses/subnets, comma-separated.
  // Only then are X-Forwarded-For/-Proto/-Host believed.
  TRUST_PROXY: z.string().default('0'),
  // GraphQL introspection and the landing page; default on only in development.
  GRAPHQL_INTROSPECTION: optionalBool(),
  GRAPHQL_LANDING_PAGE: optionalBool(),
  // The self-hosted GraphiQL at /graphql (browsers) and /playground; default on only in development.
  GRAPHQL_PLAYGROUND: optionalBool(),
  // PBKDF2 iterations for new password hashes (Django 5.0 uses 870000).
  PASSWORD_HASH_ITERATIONS: int(870000, 1, 100000000),
  // Login throttling: failures per account and per client address before a lock,
  // and the cool-off in seconds (also the window the failures are counted in).
  LOGIN_FAILURES_PER_USER: int(5, 1, 1000),
  LOGIN_FAILURES_PER_ADDRESS: int(20, 1, 100000),
  LOGIN_COOLOFF_S: int(900, 1, 86400 * 30),
  // Folder for uploaded files (floor plan images), and the largest accepted upload in bytes.
  UPLOAD_DIR: z.string().min(1).default('.data/uploads'),
  UPLOAD_MAX_BYTES: int(20 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
  // Largest accepted request body.
  BODY_LIMIT: z.string().regex(/^\d+(b|kb|mb)$/i, 'must look like 512kb or 1mb').default('1mb'),
  // On the very first start of an empty embedded database in development, create the
  // `admin` superuser and load the demo data set.
  DEMO_ON_FIRST_START: bool(true),
  // How long in-flight requests may take to finish after SIGTERM.
  SHUTDOWN_GRACE_MS: int(10000, 0, 600000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = ReturnType<typeof finish>;

function finish(env: z.output<typeof schema>) {
  const nodeEnv = env.NODE_ENV ?? 'production';
  const isDev = nodeEnv === 'development';
  return {
    nodeEnv,
    isProduction: nodeEnv === 'production',
    host: env.HOST,
    port: env.PORT,
    databaseUrl: env.DATABASE_URL || undefined,
    embeddedPg: { dir: env.EMBEDDED_PG_DIR, port: env.EMBEDDED_PG_PORT },
    db: {
      poolMax: env.DB_POOL_MAX,
      acquireTimeoutMs: env.DB_POOL_ACQUIRE_TIMEOUT_MS,
      statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
      lockTimeoutMs: env.DB_LOCK_TIMEOUT_MS,
      idleInTransactionTimeoutMs: env.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    },
    session: {
      secrets: env.SESSION_SECRET.length ? env.SESSION_SECRET : [DEFAULT_SESSION_SECRET],
      usesDefaultSecret: env.SESSION_SECRET.length === 0 || env.SESSION_SECRET.includes(DEFAULT_SESSION_SECRET),
      cookieName: env.SESSION_COOKIE_NAME,
      cookieSecure: env.SESSION_COOKIE_SECURE,
      cookieSameSite: env.SESSION_COOKIE_SAMESITE,
      cookieDomain: env.SESSION_COOKIE_DOMAIN || undefined,
      idleTimeoutS: env.SESSION_IDLE_TIMEOUT_S,
      absoluteTimeoutS: env.SESSION_ABSOLUTE_TIMEOUT_S,
    },
    csrf: {
      cookieName: env.CSRF_COOKIE_NAME,
      cookieSecure: env.CSRF_COOKIE_SECURE,
      trustedOrigins: env.CSRF_TRUSTED_ORIGINS,
    },
    corsAllowedOrigins: env.CORS_ALLOWED_ORIGINS,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    graphql: {
      introspection: env.GRAPHQL_INTROSPECTION ?? isDev,
      landingPage: env.GRAPHQL_LANDING_PAGE ?? isDev,
      playground: env.GRAPHQL_PLAYGROUND ?? isDev,
    },
    passwordHashIterations: env.PASSWORD_HASH_ITERATIONS,
    loginThrottle: {
      failuresPerUser: env.LOGIN_FAILURES_PER_USER,
      failuresPerAddress: env.LOGIN_FAILURES_PER_ADDRESS,
      coolOffS: env.LOGIN_COOLOFF_S,
    },
    uploads: { dir: env.UPLOAD_DIR, maxBytes: env.UPLOAD_MAX_BYTES },
    bodyLimit: env.BODY_LIMIT,
    demoOnFirstStart: env.DEMO_ON_FIRST_START,
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
    logLevel: env.LOG_LEVEL,
  };
}

// Express's "trust proxy": a hop count or a list of addresses, never `true`
// (which would believe any client's X-Forwarded-For).
function parseTrustProxy(value: string): number | string[] {
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v);
  return v.split(',').map((s) => s.trim()).filter(Boolean);
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function parseConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push(`${issue.path.join('.')}: ${issue.message}`);
    }
    throw new ConfigError(problems);
  }
  const config = finish(parsed.data);
  if (config.isProduction && config.session.usesDefaultSecret) {
    problems.push('SESSION_SECRET: must be set to a long random value in production (the default secret is public)');
  }
  if (config.isProduction && config.session.secrets.some((s) => s.length < 32)) {
    problems.push('SESSION_SECRET: every secret must be at least 32 characters in production');
  }
  if (typeof config.trustProxy !== 'number' && config.trustProxy.some((a) => a === 'true' || a === '*')) {
    problems.push('TRUST_PROXY: give a hop count or proxy addresses, never "true"');
  }
  if (problems.length) throw new ConfigError(problems);
  return config;
}
