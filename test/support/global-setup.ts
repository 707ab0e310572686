import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/db/embedded-postgres';
import { prepareTemplate } from './template';
import { freePort } from './free-port';

/** What global-teardown needs; globalSetup and globalTeardown share the jest main process. */
export interface TestServerState {
  server: EmbeddedPostgres;
  tempDir: string;
}
export const TEST_SERVER_KEY = Symbol.for('cmms.test.embeddedPostgres');

/**
 * Provides a PostgreSQL server for the test run: the one in DATABASE_URL when set
 * (its role needs CREATEDB), otherwise a throw-away embedded one. Workers find its
 * admin URL in TEST_PG_ADMIN_URL (set here, inherited by the worker processes).
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.DATABASE_URL;
  let state: TestServerState | undefined;
  if (!adminUrl) {
    const tempDir = await mkdtemp(path.join(os.tmpdir(), 'cmms-test-pg-'));
    try {
      // mkdtemp makes it 0700; as root the server runs as the postgres user, who must get in
      // (embedded-postgres then hands the folder to that user).
      await chmod(tempDir, 0o755);
      const server = await startEmbeddedPostgres({
        dataDir: tempDir,
        // Removed even when jest is killed before globalTeardown.
        ephemeral: true,
        port: await freePort(),
        log: process.env.TEST_PG_VERBOSE ? (msg) => console.log(`[embedded-postgres] ${msg}`) : undefined,
        // Durability is pointless for a cluster deleted after the run.
        settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' },
      });
      state = { server, tempDir };
      adminUrl = server.adminUrl;
    } catch (error) {
      await rm(tempDir, { recursive: true, force: true });
      throw error;
    }
  }

  try {
    await prepareTemplate(adminUrl);
  } catch (error) {
    // globalTeardown does not run when globalSetup fails.
    if (state) {
      await state.server.stop();
      await rm(state.tempDir, { recursive: true, force: true });
    }
    throw error;
  }
  (globalThis as Record<symbol, unknown>)[TEST_SERVER_KEY] = state;
  process.env.TEST_PG_ADMIN_URL = adminUrl;
}
