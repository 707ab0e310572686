import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

// Load generation with wrk (Debian package `wrk`): one thread, N connections, request bodies
// drawn at random per request by bench/wrk/pick.lua.

export const WRK_MISSING = 'wrk is not installed. Install it with: apt-get update && apt-get install -y wrk (Debian/Ubuntu), or brew install wrk (macOS).';

export function wrkAvailable(): boolean {
  const res = spawnSync('wrk', ['--version'], { encoding: 'utf8' });
  return !res.error;
}

export interface LoadResult {
  requests: number;
  rps: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Socket errors plus answers that were not 200 or carried GraphQL errors. */
  errors: number;
}

export interface LoadRun {
  url: string;
  bodiesFile: string;
  cookie?: string;
  csrf?: string;
  connections: number;
  durationS: number;
  /** Called about once a second with the seconds elapsed. */
  onTick?: (elapsedS: number) => void;
}

export async function runLoad(run: LoadRun): Promise<LoadResult> {
  const script = path.join(__dirname, 'wrk', 'pick.lua');
  const args = ['-t1', `-c${run.connections}`, `-d${run.durationS}s`, '--timeout', '10s', '-s', script, run.url];
  const child = spawn('wrk', args, {
    env: { ...process.env, BENCH_BODIES: run.bodiesFile, BENCH_COOKIE: run.cookie ?? '', BENCH_CSRF: run.csrf ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const started = Date.now();
  const ticker = setInterval(() => run.onTick?.(Math.round((Date.now() - started) / 1000)), 1000);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  }).finally(() => clearInterval(ticker));
  const line = /BENCH_RESULT (\{.*\})/.exec(out)?.[1];
  if (code !== 0 || !line) throw new Error(`wrk failed (exit ${code}): ${err || out}`);
  const r = JSON.parse(line) as { requests: number; durationUs: number; p50Us: number; p90Us: number; p99Us: number; maxUs: number; socketErrors: number; failed: number };
  return {
    requests: r.requests,
    rps: r.requests / (r.durationUs / 1e6),
    p50Ms: r.p50Us / 1000,
    p90Ms: r.p90Us / 1000,
    p99Ms: r.p99Us / 1000,
    maxMs: r.maxUs / 1000,
    errors: r.socketErrors + r.failed,
  };
}
