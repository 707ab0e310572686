import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLFormattedError } from 'graphql';
import type { Pool } from 'pg';
import pino from 'pino';
import request from 'supertest';
import { createApp, type App } from '../../src/app';
import { parseConfig, type Config } from '../../src/config';
import { createContext } from '../../src/context';
import { createPool } from '../../src/db/database';
import { initOrm } from '../../src/db/orm';
import { loadAuthUser } from '../../src/modules/auth/auth-user';
import { createTestDatabase, type TestDatabase } from './database';

export const TEST_SECRET = 'test-session-secret-0123456789abcdef0123456789';

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: ReadonlyArray<GraphQLFormattedError>;
  status: number;
}

/** The extensions (code, field, rule, problems...) of a result's first error. */
export function firstErrorExtensions(r: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }): Record<string, any> | undefined {
  return r.errors?.[0]?.extensions;
}

export interface TestApp {
  config: Config;
  db: TestDatabase;
  orm: MikroORM;
  pool: Pool;
  app: App;
  /** Runs an operation through Apollo with the real context, as the given user id (or anonymous). */
  exec<T = Record<string, any>>(query: string, opts?: { as?: number | null; variables?: Record<string, unknown> }): Promise<GqlResult<T>>;
  /** A browser-like HTTP client (cookies kept, CSRF header sent). */
  client(): HttpClient;
  /** Runs `work` and returns how many SQL statements the ORM connection and the plain pool sent meanwhile. */
  countQueries<T>(work: () => Promise<T>): Promise<{ result: T; count: number; statements: string[] }>;
  /** Raw SQL on the test database, for arranging data and checking it afterwards. */
  sql<R = any>(text: string, params?: unknown[]): Promise<R[]>;
  close(): Promise<void>;
}

/** Builds the whole app on a private database copied from the migrated template. */
export async function setupTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = parseConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    SESSION_SECRET: TEST_SECRET,
    PASSWORD_HASH_ITERATIONS: '1000',
    LOG_LEVEL: 'silent',
    ...env,
  });
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const orm = await initOrm(db.url, config.db);
  const pool = createPool(db.url, config.db, logger);
  const app = await createApp({ config, orm, logger, pool });
  const t: TestApp = {
    config,
    db,
    orm,
    pool,
    app,
    async exec(query, opts = {}) {
      const user = opts.as ? await loadAuthUser(orm.em.fork(), opts.as, config.session.secrets[0]!) : null;
      const res = await app.apollo.executeOperation(
        { query, variables: opts.variables },
        { contextValue: createContext(app.services, user) },
      );
      if (res.body.kind !== 'single') throw new Error('unexpected incremental result');
      return { data: res.body.singleResult.data as any, errors: res.body.singleResult.errors, status: res.http.status ?? 200 };
    },
    client: () => new HttpClient(app.app),
    async countQueries(work) {
      const statements: string[] = [];
      const knex = (orm.em.getConnection() as unknown as { getKnex(): { on(e: string, f: (q: { sql: string }) => void): void; off(e: string, f: (q: { sql: string }) => void): void } }).getKnex();
      const listener = (q: { sql: string }) => statements.push(q.sql);
      knex.on('query', listener);
      // The reads outside the ORM (loaders, searches) and the session read go through the plain pool.
      const query = pool.query;
      pool.query = ((config: string | { text: string }, ...rest: unknown[]) => {
        statements.push(typeof config === 'string' ? config : config.text);
        return (query as (...args: unknown[]) => unknown).call(pool, config, ...rest);
      }) as typeof pool.query;
      try {
        const result = await work();
        return { result, count: statements.length, statements };
      } finally {
        knex.off('query', listener);
        pool.query = query;
      }
    },
    async sql(text, params = []) {
      const r = await pool.query(text, params);
      return r.rows;
    },
    async close() {
      await app.close();
      await orm.close(true);
      await pool.end();
      await db.drop();
    },
  };
  return t;
}

/** A supertest agent that behaves like a browser or Apollo Client with credentials. */
export class HttpClient {
  readonly agent: ReturnType<typeof request.agent>;
  csrfToken = '';
  constructor(readonly app: Parameters<typeof request.agent>[0]) {
    this.agent = request.agent(app);
  }

  /** GET /csrf/: sets the csrftoken cookie and returns a masked token. */
  async bootstrapCsrf(): Promise<string> {
    const res = await this.agent.get('/csrf/').expect(200);
    this.csrfToken = res.body.csrfToken;
    return this.csrfToken;
  }

  async gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
    if (!this.csrfToken) await this.bootstrapCsrf();
    const res = await this.agent
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .set('X-CSRFToken', this.csrfToken)
      .set(headers)
      .send({ query, variables });
    return res as request.Response & { body: { data?: T; errors?: GraphQLFormattedError[] } };
  }

  async login(username: string, password: string) {
    const res = await this.gql(
      'mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { id username } }',
      { u: username, p: password },
    );
    // The token rotates at login: read the new cookie's secret through the JSON endpoint.
    await this.bootstrapCsrf();
    return res;
  }

  /** The value of a cookie currently held by the agent. */
  cookie(name: string): string | undefined {
    const jar = (this.agent as unknown as { jar: { getCookie(n: string, o: unknown): { value: string } | undefined } }).jar;
    return jar.getCookie(name, { domain: '127.0.0.1', path: '/', secure: false, script: false })?.value;
  }
}
