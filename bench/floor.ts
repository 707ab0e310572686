import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { parseFlags } from '../src/cli/bootstrap';
import { prepareBodies } from './bodies';
import { login } from './client';
import { cpuLine, withCpuPerRequest } from './cpu';
import { checkSameData } from './data-check';
import { openBenchDatabase, prepareBenchUser } from './database';
import { runLoad, wrkAvailable, WRK_MISSING } from './load';
import { parseOptions } from './options';
import { buildServers, startApp, startBaseline, startStackFloor, type Running } from './processes';
import { fixed2, median, medianOrNull } from './report';
import { figuresOf, measureInRounds } from './rounds';
import { WORKLOADS } from './workloads';

// npm run bench:floor [-- --only W0,W5] [--rounds 3] [--duration 5]
// The server, the stack floor (bench/stack-floor-server.ts: the libraries the server is built
// on, with the limit's SQL as root fields, nothing of the server's own) and the limit, measured in turn
// round after round on the bench data: how far the stack itself stands from the limit, and
// so which ratio any server built on it could reach on this machine.

const out = (s: string) => process.stdout.write(s);
const TARGETS = ['server', 'floor', 'limit'] as const;
type Target = (typeof TARGETS)[number];

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const flags = parseFlags(argv);
  const opts = parseOptions(argv);
  if (!wrkAvailable()) throw new Error(WRK_MISSING);
  // --smoke: the smoke data and its short rounds (as npm run bench -- --smoke).
  const rounds = flags.has('rounds') || opts.smoke ? opts.rounds : 3;
  const durationS = flags.has('duration') || opts.smoke ? opts.durationS : 5;
  const db = await openBenchDatabase(opts);
  const running: Running[] = [];
  try {
    const workloads = WORKLOADS.filter((w) => !opts.only.length || opts.only.includes(w.id));
    const prepared = await prepareBodies(opts, db.url, workloads);
    const user = await prepareBenchUser(db.url);
    out('Compiling (swc) and starting the server, the stack floor and the limit...\n');
    buildServers();
    const logDir = path.join(opts.dir, 'logs');
    // One secret for both: the cookie of a login on the server opens a session on the floor.
    const secret = randomBytes(36).toString('base64url');
    const servers: Record<Target, Running> = {
      server: await startApp(db.url, logDir, { env: { SESSION_SECRET: secret } }),
      floor: await startStackFloor(db.url, logDir, secret),
      limit: await startBaseline(db.url, logDir),
    };
    running.push(...Object.values(servers));
    const auth = await login(`http://127.0.0.1:${servers.server.port}`, user.username, user.password);
    await checkSameData(prepared, servers.floor, servers.limit, auth, opts.size.pinsPerViewer);
    const load = (name: Target, file: string, seconds: number) =>
      runLoad({
        url: `http://127.0.0.1:${servers[name].port}/graphql`,
        bodiesFile: file,
        cookie: name === 'limit' ? undefined : auth.cookie,
        csrf: name === 'limit' ? undefined : auth.csrf,
        connections: opts.connections,
        durationS: seconds,
      });
    if (opts.warmupS > 0) {
      for (const p of prepared) for (const name of TARGETS) await load(name, p.file, opts.warmupS);
      out(`Warm-up done (${opts.warmupS} s per workload and server).\n`);
    }

    const samples = await measureInRounds(TARGETS, prepared, rounds, async (name, p, round) => {
      const r = await withCpuPerRequest(servers[name].child.pid!, () => load(name, p.file, durationS), db.postmasterPid);
      if (r.errors) throw new Error(`${name} answered ${r.errors} errors on ${p.workload.id}`);
      out(`[round ${round}/${rounds}] ${p.workload.id} ${name.padEnd(6)} ${Math.round(r.rps).toLocaleString('en-US').padStart(7)} req/s${cpuLine(r)}\n`);
      return r;
    });

    out(`\n${opts.connections} connections, ${rounds} rounds of ${durationS} s, medians\n\n`);
    out('| workload | req/s ours | req/s floor | req/s limit | ratio ours | ratio floor | target | CPU ms/req ours / floor / limit |\n');
    out('|---|---:|---:|---:|---:|---:|---:|---|\n');
    for (const p of prepared) {
      const [ours, floor, limit] = TARGETS.map((t) => median(figuresOf(samples, p.workload.id, t, (r) => r.rps) as number[]));
      const cpu = TARGETS.map((t) => fixed2(medianOrNull(figuresOf(samples, p.workload.id, t, (r) => r.cpuMsPerRequest))));
      out(
        `| ${p.workload.id} ${p.workload.title} | ${Math.round(ours!)} | ${Math.round(floor!)} | ${Math.round(limit!)} | ` +
          `${fixed2(ours! / limit!)} | ${fixed2(floor! / limit!)} | ${p.workload.target ? `>= ${p.workload.target.ratio.toFixed(2)}` : ''} | ${cpu.join(' / ')} |\n`,
      );
    }
  } finally {
    for (const r of running.reverse()) await r.stop().catch(() => undefined);
    await db.stop();
  }
}

main().catch((err) => {
  process.stderr.write(`\nbench:floor failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
