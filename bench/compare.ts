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
import { fixed2, median, medianOrNull } from './report';
import { figuresOf, measureInRounds } from './rounds';
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
    if (opts.warmupS > 0) {
      for (const p of prepared) for (const name of ['A', 'B'] as const) await load(name, p.file, opts.warmupS);
      out(`Warm-up done (${opts.warmupS} s per workload and instance).\n`);
    }

    const samples = await measureInRounds(['A', 'B'] as const, prepared, rounds, async (name, p, round) => {
      const r = await withCpuPerRequest(servers[name].child.pid!, () => load(name, p.file, durationS), db.postmasterPid);
      if (r.errors) throw new Error(`${name} answered ${r.errors} errors on ${p.workload.id}`);
      out(`[round ${round}/${rounds}] ${p.workload.id} ${name} ${Math.round(r.rps).toLocaleString('en-US').padStart(6)} req/s${cpuLine(r)}\n`);
      return r;
    });
    const label = (env: Record<string, string>) => Object.entries(env).map(([k, v]) => `${k}=${v}`).join(' ') || 'defaults';
    const code = (name: 'A' | 'B') => (name === 'B' && revision ? `revision ${rev} (${revision.hash.slice(0, 10)})` : 'working tree');
    const setting = (name: 'A' | 'B') => [label(envs[name]), ...nodeFlags[name]].join(' ');
    out(`\nA: ${code('A')}, ${setting('A')}\nB: ${code('B')}, ${setting('B')}\n${opts.connections} connections, ${rounds} rounds of ${durationS} s, medians\n\n`);
    out(
      '| workload | CPU ms/req A | CPU ms/req B | A - B (paired) | DB CPU ms/req A | DB CPU ms/req B | DB A - B (paired) | req/s A | req/s B |\n' +
        '|---|---:|---:|---:|---:|---:|---:|---:|---:|\n',
    );
    for (const p of prepared) {
      const of = (name: 'A' | 'B', pick: (r: (typeof samples)[number]) => number | null) => figuresOf(samples, p.workload.id, name, pick);
      const cpu = { A: of('A', (r) => r.cpuMsPerRequest), B: of('B', (r) => r.cpuMsPerRequest) };
      const dbCpu = { A: of('A', (r) => r.dbCpuMsPerRequest), B: of('B', (r) => r.dbCpuMsPerRequest) };
      // Round by round, A's figure less B's (the samples are in round order).
      const paired = (v: Record<'A' | 'B', Array<number | null>>) =>
        fixed2(medianOrNull(v.A.map((a, i) => (a === null || v.B[i] === null ? null : a - v.B[i]!))));
      const rps = (name: 'A' | 'B') => Math.round(median(of(name, (r) => r.rps) as number[]));
      out(
        `| ${p.workload.id} ${p.workload.title} | ${fixed2(medianOrNull(cpu.A))} | ${fixed2(medianOrNull(cpu.B))} | ${paired(cpu)} | ` +
          `${fixed2(medianOrNull(dbCpu.A))} | ${fixed2(medianOrNull(dbCpu.B))} | ${paired(dbCpu)} | ${rps('A')} | ${rps('B')} |\n`,
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
