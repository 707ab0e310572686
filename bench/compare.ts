import 'reflect-metadata';
import path from 'node:path';
import { parseFlags } from '../src/cli/bootstrap';
import { prepareBodies } from './bodies';
import { login, type Auth } from './client';
import { openBenchDatabase, prepareBenchUser } from './database';
import { runLoad, wrkAvailable, WRK_MISSING } from './load';
import { nodeFlagList, parseEnvList, parseOptions } from './options';
import { cpuLine, withCpuPerRequest } from './cpu';
import { BUILD_DIR, buildRevision, buildServers, startApp, type Running } from './processes';
import { median } from './report';
import { WORKLOADS } from './workloads';

// npm run bench:compare -- --a LOG_LEVEL=warn [--b NAME=value] [--only W3,W5] [--rounds 6]
// npm run bench:compare -- --rev HEAD [--only W3]      (the working tree as A, a git revision as B)
// npm run bench:compare -- --a-node-flags=--max-semi-space-size=64   (node/V8 flags, after start:prod's)
// Two instances of the server, differing only by environment or by code, measured in alternating
// order round after round on the bench data: the paired difference of their CPU time per
// request is what a setting costs or saves, with the drift of a shared machine cancelled
// out (separate full runs moved the limit's own W2 throughput by 17%, 580 -> 678 req/s).

const out = (s: string) => process.stdout.write(s);

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const flags = parseFlags(argv);
  const opts = parseOptions(argv);
  const envs = { A: parseEnvList(flags.get('a'), '--a'), B: parseEnvList(flags.get('b'), '--b') };
  const rev = flags.get('rev');
  const nodeFlags = { A: nodeFlagList(flags.get('a-node-flags')), B: nodeFlagList(flags.get('b-node-flags')) };
  if (!Object.keys(envs.A).length && !Object.keys(envs.B).length && !rev && !nodeFlags.A.length && !nodeFlags.B.length) {
    throw new Error(
      'Give what to compare: --a NAME=value (and/or --b NAME=value), --a-node-flags=--flag=value,... (and/or --b-node-flags), or --rev REV (a git revision to run as B).',
    );
  }
  if (!wrkAvailable()) throw new Error(WRK_MISSING);
  const rounds = flags.has('rounds') ? opts.rounds : 6;
  const durationS = flags.has('duration') ? opts.durationS : 5;
  const db = await openBenchDatabase(opts);
  const running: Running[] = [];
  try {
    const workloads = WORKLOADS.filter((w) => (opts.only.length ? opts.only : ['W0', 'W3', 'W5']).includes(w.id));
    const prepared = await prepareBodies(opts, db.url, workloads);
    const user = await prepareBenchUser(db.url);
    out('Compiling the server (swc) and starting both instances...\n');
    buildServers();
    const revision = rev ? buildRevision(rev) : undefined;
    const builds = { A: BUILD_DIR, B: revision?.buildDir ?? BUILD_DIR };
    const servers = {} as Record<'A' | 'B', Running>;
    const auths = {} as Record<'A' | 'B', Auth>;
    for (const name of ['A', 'B'] as const) {
      servers[name] = await startApp(db.url, path.join(opts.dir, 'logs'), {
        env: envs[name],
        name: `compare-${name}`,
        buildDir: builds[name],
        nodeFlags: nodeFlags[name],
      });
      running.push(servers[name]);
      auths[name] = await login(`http://127.0.0.1:${servers[name].port}`, user.username, user.password);
    }
    const load = (name: 'A' | 'B', file: string, seconds: number) =>
      runLoad({ url: `http://127.0.0.1:${servers[name].port}/graphql`, bodiesFile: file, cookie: auths[name].cookie, csrf: auths[name].csrf, connections: opts.connections, durationS: seconds });
    if (opts.warmupS > 0) for (const p of prepared) for (const name of ['A', 'B'] as const) await load(name, p.file, opts.warmupS);
    out(`Warm-up done (${opts.warmupS} s per workload and instance).\n`);

    const cpu: Record<string, Record<'A' | 'B', number[]>> = {};
    const dbCpu: Record<string, Record<'A' | 'B', number[]>> = {};
    const rps: Record<string, Record<'A' | 'B', number[]>> = {};
    for (let round = 1; round <= rounds; round++) {
      for (const p of prepared) {
        for (const name of round % 2 ? (['A', 'B'] as const) : (['B', 'A'] as const)) {
          const r = await withCpuPerRequest(servers[name].child.pid!, () => load(name, p.file, durationS), db.postmasterPid);
          if (r.errors) throw new Error(`${name} answered ${r.errors} errors on ${p.workload.id}`);
          ((cpu[p.workload.id] ??= { A: [], B: [] })[name]).push(r.cpuMsPerRequest ?? NaN);
          ((dbCpu[p.workload.id] ??= { A: [], B: [] })[name]).push(r.dbCpuMsPerRequest ?? NaN);
          ((rps[p.workload.id] ??= { A: [], B: [] })[name]).push(r.rps);
          out(`[round ${round}/${rounds}] ${p.workload.id} ${name} ${Math.round(r.rps).toLocaleString('en-US').padStart(6)} req/s${cpuLine(r)}\n`);
        }
      }
    }
    const label = (env: Record<string, string>) => Object.entries(env).map(([k, v]) => `${k}=${v}`).join(' ') || 'defaults';
    const code = (name: 'A' | 'B') => (name === 'B' && revision ? `revision ${rev} (${revision.hash.slice(0, 10)})` : 'working tree');
    const setting = (name: 'A' | 'B') => [label(envs[name]), ...nodeFlags[name]].join(' ');
    out(`\nA: ${code('A')}, ${setting('A')}\nB: ${code('B')}, ${setting('B')}\n${opts.connections} connections, ${rounds} rounds of ${durationS} s, medians\n\n`);
    out(
      '| workload | CPU ms/req A | CPU ms/req B | A - B (paired) | DB CPU ms/req A | DB CPU ms/req B | DB A - B (paired) | req/s A | req/s B |\n' +
        '|---|---:|---:|---:|---:|---:|---:|---:|---:|\n',
    );
    // NaN where /proc is missing or the database is not a local process.
    const f2 = (v: number) => (Number.isNaN(v) ? 'n/a' : v.toFixed(2));
    const paired = (v: Record<'A' | 'B', number[]>) => f2(median(v.A.map((a, i) => a - v.B[i]!)));
    for (const p of prepared) {
      const [c, d, r] = [cpu[p.workload.id]!, dbCpu[p.workload.id]!, rps[p.workload.id]!];
      out(
        `| ${p.workload.id} ${p.workload.title} | ${f2(median(c.A))} | ${f2(median(c.B))} | ${paired(c)} | ` +
          `${f2(median(d.A))} | ${f2(median(d.B))} | ${paired(d)} | ${Math.round(median(r.A))} | ${Math.round(median(r.B))} |\n`,
      );
    }
  } finally {
    for (const r of running.reverse()) await r.stop().catch(() => undefined);
    await db.stop();
  }
}

main().catch((err) => {
  process.stderr.write(`\nbench:compare failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
