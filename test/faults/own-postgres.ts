import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/db/embedded-postgres';
import { freePort } from '../support/free-port';

/** A PostgreSQL server of the test's own, which it may stop and start again on the same data. */
export interface OwnPostgres {
  url: string;
  adminUrl: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and deletes its data. */
  destroy(): Promise<void>;
  sql<R = any>(text: string, params?: unknown[]): Promise<R[]>;
}

export async function startOwnPostgres(): Promise<OwnPostgres> {
  const tempDir = await mkdtemp(path.join(os.tmpdir(), 'cmms-fault-pg-'));
  // As root the server runs as the postgres user, who must get in.
  await chmod(tempDir, 0o755);
  const dataDir = path.join(tempDir, 'data');
  const port = await freePort();
  let server: EmbeddedPostgres | null = null;
  const start = async () => {
    server = await startEmbeddedPostgres({ dataDir, port, settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' } });
  };
  await start();
  const url = await ensureDatabase(server!.adminUrl, 'cmms');
  return {
    url,
    adminUrl: server!.adminUrl,
    start,
    async stop() {
      await server?.stop();
      server = null;
    },
    async destroy() {
      await server?.stop();
      server = null;
      await rm(tempDir, { recursive: true, force: true });
    },
    async sql(text, params = []) {
      const client = new Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query(text, params)).rows;
      } finally {
        await client.end();
      }
    },
  };
}
