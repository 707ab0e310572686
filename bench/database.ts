import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { databaseUrl, ensureDatabase, startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { initOrm, migrate } from '../src/db/orm';
import { makePassword } from '../src/modules/auth/password-hasher';
import { postmasterOf } from './cpu';
import {
  BENCH_PERMISSIONS, BENCH_USERNAME, DATASET_VERSION, generateMaintenanceData, readMark, sameSize, seedAssets, writeMark,
} from './dataset';
import type { BenchOptions } from './options';

export interface BenchDatabase {
  url: string;
  /** Whether pg_stat_statements answers (statement counts); null when not. */
  statStatements: boolean;
  /** The cluster's postmaster when it runs on this machine (its CPU time is measured); null otherwise. */
  postmasterPid: number | null;
  stop(): Promise<void>;
}

// Settings of the embedded bench cluster: statement counting, room for the catalogue and its
// indexes in memory, no JIT (it only slows short statements), WAL sized for the bulk load.
const EMBEDDED_SETTINGS = {
  shared_preload_libraries: 'pg_stat_statements',
  'pg_stat_statements.track': 'top',
  shared_buffers: '1GB',
  effective_cache_size: '4GB',
  work_mem: '16MB',
  jit: 'off',
  max_wal_size: '8GB',
  checkpoint_timeout: '30min',
};

const log = (s: string) => process.stdout.write(`${s}\n`);

async function openServer(opts: BenchOptions): Promise<{ adminUrl: string; stop(): Promise<void> }> {
  if (opts.serverUrl) return { adminUrl: opts.serverUrl, stop: async () => undefined };
  mkdirSync(opts.dir, { recursive: true });
  const pg = await startEmbeddedPostgres({ dataDir: path.join(opts.dir, 'pg'), port: opts.pgPort, settings: EMBEDDED_SETTINGS, log });
  log(`PostgreSQL: embedded, data in ${pg.dataDir}${pg.reused ? ' (already running)' : ''}`);
  return { adminUrl: pg.adminUrl, stop: () => pg.stop() };
}

async function withClient<T>(url: string, work: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, application_name: 'energy-cmms-bench' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The bench database with a finished data set of the wanted size (reused when marked so). */
export async function openBenchDatabase(opts: BenchOptions): Promise<BenchDatabase> {
  const server = await openServer(opts);
  try {
    let url = databaseUrl(server.adminUrl, opts.database);
    const mark = await withClient(server.adminUrl, async (c) => {
      const exists = await c.query('select 1 from pg_database where datname = $1', [opts.database]);
      return exists.rowCount ? withClient(url, readMark) : null;
    });
    if (mark && mark.version === DATASET_VERSION && sameSize(mark.size, opts.size)) {
      log(`Data set: reusing ${opts.database} (version ${mark.version})`);
    } else {
      if (mark) log(`Data set: ${opts.database} holds another version or size; rebuilding it`);
      await withClient(server.adminUrl, (c) => c.query(`drop database if exists ${c.escapeIdentifier(opts.database)} with (force)`));
      url = await ensureDatabase(server.adminUrl, opts.database);
      await build(url, opts);
    }
    const statStatements = await withClient(url, async (c) => {
      try {
        await c.query('create extension if not exists pg_stat_statements');
        await c.query('select 1 from pg_stat_statements limit 1');
        return true;
      } catch {
        return false;
      }
    });
    const postmasterPid = await withClient(url, async (c) => postmasterOf((await c.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid));
    return { url, statStatements, postmasterPid, stop: server.stop };
  } catch (err) {
    await server.stop();
    throw err;
  }
}

async function build(url: string, opts: BenchOptions): Promise<void> {
  const started = Date.now();
  log(`Data set: generating ${JSON.stringify(opts.size)}`);
  const orm = await initOrm(url);
  try {
    await migrate(orm);
  } finally {
    await orm.close(true);
  }
  await seedAssets(url, opts.size.assets, log);
  log('Floor plans, pins, routines and work orders:');
  await withClient(url, async (c) => {
    await generateMaintenanceData(c, opts.size);
    await writeMark(c, opts.size);
  });
  log(`Data set ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** A staff user (not superuser) holding exactly the read permissions the workloads need; a new password each run. */
export async function prepareBenchUser(url: string): Promise<{ username: string; password: string }> {
  const password = randomBytes(18).toString('base64url');
  const hash = await makePassword(password, 1000);
  await withClient(url, async (c) => {
    const { rows } = await c.query<{ id: number }>(
      `insert into auth_user (username, password, email, first_name, last_name, is_staff, is_active, is_superuser, date_joined)
       values ($1, $2, 'bench@example.org', 'Bench', 'Staff', true, true, false, now())
       on conflict (username) do update set password = excluded.password, is_active = true, is_staff = true, is_superuser = false
       returning id`,
      [BENCH_USERNAME, hash],
    );
    const userId = rows[0]!.id;
    await c.query('delete from auth_user_user_permissions where user_id = $1', [userId]);
    await c.query(
      `insert into auth_user_user_permissions (user_id, permission_id)
       select $1, p.id from auth_permission p where p.app_label || '.' || p.codename = any($2::text[])`,
      [userId, BENCH_PERMISSIONS],
    );
    await c.query("delete from login_throttle where true").catch(() => undefined);
  });
  return { username: BENCH_USERNAME, password };
}

/** Sum of statement executions in the bench database (pg_stat_statements), minus the bench's own reads. */
export async function statementCount(c: Client): Promise<number> {
  const { rows } = await c.query<{ n: string }>(
    `select coalesce(sum(calls), 0)::bigint as n from pg_stat_statements
     where dbid = (select oid from pg_database where datname = current_database()) and query not like '%pg_stat_statements%'`,
  );
  return Number(rows[0]!.n);
}

export { withClient };
