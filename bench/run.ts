import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { login, post, type Auth } from './client';
import { checkSameData } from './data-check';
import { openBenchDatabase, prepareBenchUser, statementCount } from './database';
import { runLoad, wrkAvailable, WRK_MISSING } from './load';
import { parseOptions, USAGE } from './options';
import { cpuLine, withCpuPerRequest } from './cpu';
import { buildServers, memoryOf, productionLaunch, sampleRss, startApp, startBaseline, type Running } from './processes';
import { MEMORY_LIMIT_MB, summarize, table, type Sample, type TargetName } from './report';
import { measureInRounds } from './rounds';
import { WORKLOADS } from './workloads';
import { prepareBodies, type Prepared } from './bodies';

// npm run bench [-- --smoke]: see bench/README.md.

const out = (s: string) => process.stdout.write(s);
const COUNTED_REQUESTS = 10;

/** SQL statements per request from pg_stat_statements: the delta over a few sequential requests. */
async function countStatements(url: string, prepared: Prepared[], targets: Record<TargetName, Running>, auth: Auth) {
  const client = new Client({ connectionString: url });
  await client.connect();
  const counts: Record<string, Record<TargetName, number>> = {};
  try {
    for (const { workload: w, bodies } of prepared) {
      counts[w.id] = { server: 0, limit: 0 };
      for (const name of ['server', 'limit'] as const) {
        const before = await statementCount(client);
        for (let i = 0; i < COUNTED_REQUESTS; i++) {
          await post(`http://127.0.0.1:${targets[name].port}/graphql`, bodies[i % bodies.length]!, name === 'server' ? auth : undefined);
        }
        const after = await statementCount(client);
        counts[w.id]![name] = Math.round(((after - before) / COUNTED_REQUESTS) * 100) / 100;
      }
    }
  } finally {
    await client.end();
  }
  return counts;
}

function progress(label: string): (s: number) => void {
  return (s) => {
    if (process.stdout.isTTY) out(`\r${label} ${s}s `);
  };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help')) return void out(`${USAGE}\n`);
  const opts = parseOptions(argv);
  if (!opts.prepareOnly && !wrkAvailable()) {
    process.stderr.write(`${WRK_MISSING}\n`);
    process.exit(3);
  }
  const db = await openBenchDatabase(opts);
  const running: Running[] = [];
  try {
    if (opts.prepareOnly) return;
    const workloads = WORKLOADS.filter((w) => !opts.only.length || opts.only.includes(w.id));
    out('Request variables... ');
    const prepared = await prepareBodies(opts, db.url, workloads);
    out(`${prepared.map((p) => `${p.workload.id}: ${new Set(p.bodies).size}`).join(', ')}\n`);
    const user = await prepareBenchUser(db.url);

    out('Compiling the server (swc) and starting both servers...\n');
    buildServers();
    const logDir = path.join(opts.dir, 'logs');
    const profileDir = opts.profile ? path.join(opts.dir, 'profiles') : undefined;
    const server = await startApp(db.url, logDir, { profileDir, env: opts.serverEnv });
    const launch = productionLaunch();
    out(`Server started as npm run start:prod does: node ${launch.flags.join(' ')}\n`);
    if (Object.keys(opts.serverEnv).length) out(`Server environment: ${Object.entries(opts.serverEnv).map(([k, v]) => `${k}=${v}`).join(' ')}\n`);
    running.push(server);
    const limit = await startBaseline(db.url, logDir);
    running.push(limit);
    const targets: Record<TargetName, Running> = { server, limit };
    const auth = await login(`http://127.0.0.1:${server.port}`, user.username, user.password);

    await checkSameData(prepared, server, limit, auth, opts.size.pinsPerViewer);
    const statements = db.statStatements ? await countStatements(db.url, prepared, targets, auth) : null;
    if (!statements) out('SQL statements per request: n/a (pg_stat_statements is not loaded on this server)\n');

    const rssSamplers = { server: sampleRss(server), limit: sampleRss(limit) };
    const load = (p: Prepared, name: TargetName, durationS: number, label: string) =>
      runLoad({
        url: `http://127.0.0.1:${targets[name].port}/graphql`,
        bodiesFile: p.file,
        cookie: name === 'server' ? auth.cookie : undefined,
        csrf: name === 'server' ? auth.csrf : undefined,
        connections: opts.connections,
        durationS,
        onTick: progress(label),
      });

    if (opts.warmupS > 0) {
      for (const p of prepared) {
        for (const name of ['server', 'limit'] as const) {
          await load(p, name, opts.warmupS, `warm-up ${p.workload.id} ${name}`);
        }
      }
      out(`\rWarm-up done (${opts.warmupS} s per workload and server).\n`);
    }

    const samples: Sample[] = await measureInRounds(['server', 'limit'] as const, prepared, opts.rounds, async (name, p, round) => {
      const label = `[round ${round}/${opts.rounds}] ${p.workload.id} ${name.padEnd(6)}`;
      rssSamplers[name].takePeak();
      const r = await withCpuPerRequest(targets[name].child.pid!, () => load(p, name, opts.durationS, label), db.postmasterPid);
      const rssPeakMb = rssSamplers[name].takePeak() / 1024 / 1024;
      out(`\r${label} ${Math.round(r.rps).toLocaleString('en-US').padStart(7)} req/s  p50 ${r.p50Ms.toFixed(1)}  p99 ${r.p99Ms.toFixed(1)} ms  errors ${r.errors}${cpuLine(r)}  rss ${Math.round(rssPeakMb)} MB\n`);
      return { ...r, rssPeakMb };
    });
    Object.values(rssSamplers).forEach((s) => s.stop());

    const rows = prepared.map((p) =>
      summarize(p.workload, samples, { server: statements?.[p.workload.id]?.server ?? null, limit: statements?.[p.workload.id]?.limit ?? null }),
    );
    const peakRssMb = server.peakRss / 1024 / 1024;
    const hwmMb = memoryOf(server.child.pid!).hwm / 1024 / 1024;
    const memory = { peakRssMb, hwmMb, limitMb: MEMORY_LIMIT_MB, missed: peakRssMb >= MEMORY_LIMIT_MB };
    out(`\n${table(rows, memory)}\n\n`);
    const missed = rows.filter((r) => r.missed.length).length + (memory.missed ? 1 : 0);
    out(missed ? `${missed} target(s) MISSED (see the result column).\n` : 'Every target met.\n');

    mkdirSync(path.dirname(opts.resultsFile), { recursive: true });
    const summary = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version },
      size: opts.size,
      connections: opts.connections,
      serverEnv: opts.serverEnv,
      serverNodeFlags: launch.flags,
      durationS: opts.durationS,
      rounds: opts.rounds,
      dataCheck: 'passed',
      rows,
      memory,
      samples,
    };
    writeFileSync(opts.resultsFile, `${JSON.stringify(summary, null, 2)}\n`);
    out(`Written to ${path.relative(process.cwd(), opts.resultsFile)}\n`);
  } finally {
    for (const r of running.reverse()) await r.stop().catch(() => undefined);
    await db.stop();
    if (opts.profile) out(`CPU profile of the server (open in Chrome DevTools > Performance): ${path.join(opts.dir, 'profiles')}\n`);
  }
}

main().catch((err) => {
  process.stderr.write(`\nbench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
