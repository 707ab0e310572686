import os from 'node:os';
import path from 'node:path';
import { parseFlags } from '../src/cli/bootstrap';

export interface DataSize {
  assets: number;
  viewers: number;
  pinsPerViewer: number;
  workOrders: number;
  assetsPerOrder: number;
  stepsPerRoutine: number;
}

export interface BenchOptions {
  smoke: boolean;
  size: DataSize;
  /** Database name on the bench server (one per data size, so smoke and full never collide). */
  database: string;
  /** DATABASE_URL of a server to use instead of the embedded one (its role needs CREATEDB). */
  serverUrl?: string;
  /** Holds the embedded PostgreSQL cluster and the compiled server. */
  dir: string;
  pgPort: number;
  connections: number;
  durationS: number;
  warmupS: number;
  rounds: number;
  /** Only these workloads (W0..W5); all when empty. */
  only: string[];
  prepareOnly: boolean;
  resultsFile: string;
  /** Writes a V8 CPU profile of the application to <dir>/profiles when it stops. */
  profile: boolean;
  /** Extra environment of the application (`--server-env LOG_LEVEL=warn`), to measure a setting. */
  serverEnv: Record<string, string>;
}

export const USAGE = `Usage: npm run bench -- [--smoke] [--assets N] [--duration S] [--rounds N] [--only W1,W3]
  [--connections N] [--dir /tmp/cmms-bench] [--pg-port 54339] [--prepare-only] [--out file.json] [--profile]
  [--server-env NAME=value,NAME=value]
DATABASE_URL (a role with CREATEDB) replaces the embedded PostgreSQL.`;

const FULL: DataSize = { assets: 1_000_000, viewers: 1000, pinsPerViewer: 200, workOrders: 200_000, assetsPerOrder: 3, stepsPerRoutine: 6 };
const SMOKE: DataSize = { assets: 2000, viewers: 5, pinsPerViewer: 200, workOrders: 500, assetsPerOrder: 3, stepsPerRoutine: 6 };

function whole(flags: Map<string, string>, name: string, fallback: number, min: number): number {
  const raw = flags.get(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number >= ${min}\n${USAGE}`);
  return n;
}

/** `NAME=value,NAME=value` -> an environment. */
export function parseEnvList(raw: string | undefined, flag = '--server-env'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of (raw ?? '').split(',').filter(Boolean)) {
    const m = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(pair.trim());
    if (!m) throw new Error(`${flag} takes NAME=value pairs separated by commas, not "${pair}"\n${USAGE}`);
    out[m[1]!] = m[2]!;
  }
  return out;
}

/** `--a-node-flags=--x=1,--y=2` -> ['--x=1', '--y=2'] (given with `=`: a flag's value starts with `--`). */
export function nodeFlagList(value: string | undefined): string[] {
  if (value === undefined) return [];
  const list = value.split(',').filter(Boolean);
  const bad = list.find((f) => !f.startsWith('--'));
  if (bad !== undefined) throw new Error(`node flags start with --: ${bad}`);
  return list;
}

export function parseOptions(argv: string[], env = process.env): BenchOptions {
  const flags = parseFlags(argv);
  const smoke = flags.has('smoke');
  const base = smoke ? SMOKE : FULL;
  const size: DataSize = {
    ...base,
    assets: whole(flags, 'assets', base.assets, 1000),
    viewers: whole(flags, 'viewers', base.viewers, 1),
    workOrders: whole(flags, 'work-orders', base.workOrders, 100),
  };
  const dir = path.resolve(flags.get('dir') ?? env.BENCH_DIR ?? path.join(os.tmpdir(), 'cmms-bench'));
  return {
    smoke,
    size,
    database: smoke ? 'cmms_bench_smoke' : 'cmms_bench',
    serverUrl: env.DATABASE_URL || undefined,
    dir,
    pgPort: whole(flags, 'pg-port', Number(env.BENCH_PG_PORT ?? 54339), 1024),
    connections: whole(flags, 'connections', 16, 1),
    durationS: whole(flags, 'duration', smoke ? 2 : 8, 1),
    warmupS: whole(flags, 'warmup', smoke ? 1 : 3, 0),
    rounds: whole(flags, 'rounds', smoke ? 1 : 3, 1),
    only: (flags.get('only') ?? '').split(',').map((s) => s.trim().toUpperCase()).filter(Boolean),
    prepareOnly: flags.has('prepare-only'),
    profile: flags.has('profile'),
    serverEnv: parseEnvList(flags.get('server-env')),
    resultsFile: path.resolve(flags.get('out') ?? path.join(__dirname, 'results', smoke ? 'smoke.json' : 'latest.json')),
  };
}
