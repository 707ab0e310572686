import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// `npm run bench -- --smoke` and `npm run bench:floor -- --smoke` end to end on tiny data, so
// the benchmark never rots: data set, the servers, login, the data check and a short load of
// every workload. Figures are not asserted (a second of load on a busy machine says nothing);
// the full runs are not part of the suite.

const ROOT = path.resolve(__dirname, '..', '..');
const hasWrk = !spawnSync('wrk', ['--version']).error;
if (!hasWrk) {
  console.warn('Skipping the bench smoke test: wrk is not installed (apt-get update && apt-get install -y wrk).');
}

interface Summary {
  dataCheck: string;
  rows: Array<{
    workload: string;
    server: { rps: number; errors: number; cpuMsPerRequest: number | null; dbCpuMsPerRequest: number | null; machineBusy: number | null };
    limit: { rps: number; errors: number; dbCpuMsPerRequest: number | null };
  }>;
  memory: { peakRssMb: number };
}

/** A bench script on the test run's PostgreSQL server (the bench creates its own database on it). */
async function run(args: string[]): Promise<{ code: number | null; output: string }> {
  let output = '';
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: process.env.TEST_PG_ADMIN_URL },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.once('error', reject);
    child.once('exit', resolve);
  });
  return { code, output };
}

(hasWrk ? describe : describe.skip)('npm run bench -- --smoke', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'cmms-bench-smoke-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('generates the data, passes the data check and measures every workload on both servers', async () => {
    const out = path.join(dir, 'smoke.json');
    const args = [require.resolve('ts-node/dist/bin.js'), '--swc', 'bench/run.ts', '--smoke', '--duration', '1', '--warmup', '0', '--dir', dir, '--out', out];
    const { code, output } = await run(args);
    expect({ code, output: code === 0 ? '' : output }).toEqual({ code: 0, output: '' });
    expect(output).toMatch(/Data check: W0 ok\s+W1 ok\s+W2 ok\s+W3 ok\s+W4 ok\s+W5 ok/);

    const summary = JSON.parse(readFileSync(out, 'utf8')) as Summary;
    expect(summary.dataCheck).toBe('passed');
    expect(summary.rows.map((r) => r.workload)).toEqual(['W0', 'W1', 'W2', 'W3', 'W4', 'W5']);
    for (const row of summary.rows) {
      expect({ workload: row.workload, errors: row.server.errors + row.limit.errors }).toEqual({ workload: row.workload, errors: 0 });
      expect(row.server.rps).toBeGreaterThan(0);
      expect(row.limit.rps).toBeGreaterThan(0);
      // CPU per request comes from /proc; a process that answered used some.
      if (process.platform === 'linux') {
        expect(row.server.cpuMsPerRequest).toBeGreaterThan(0);
        expect(row.server.machineBusy).toBeGreaterThan(0);
        expect(row.server.machineBusy).toBeLessThanOrEqual(1);
        // The embedded test cluster is a local process: its backends' CPU is measured too.
        if (!process.env.DATABASE_URL) {
          expect(row.server.dbCpuMsPerRequest).toBeGreaterThan(0);
          // The limit's W0 sends no statement.
          if (row.workload !== 'W0') expect(row.limit.dbCpuMsPerRequest).toBeGreaterThan(0);
        }
      }
    }
    expect(summary.memory.peakRssMb).toBeGreaterThan(0);
  }, 240_000);

  it('npm run bench:floor -- --smoke: the stack floor answers as the limit does and is measured with the server and the limit', async () => {
    const args = [require.resolve('ts-node/dist/bin.js'), '--swc', 'bench/floor.ts', '--smoke', '--rounds', '1', '--duration', '1', '--warmup', '0', '--dir', dir];
    const { code, output } = await run(args);
    expect({ code, output: code === 0 ? '' : output }).toEqual({ code: 0, output: '' });
    expect(output).toMatch(/Data check \(stack-floor\): W0 ok\s+W1 ok\s+W2 ok\s+W3 ok\s+W4 ok\s+W5 ok/);
    for (const w of ['W0', 'W1', 'W2', 'W3', 'W4', 'W5']) {
      // | W5 title | req/s ours | req/s floor | req/s limit | ratio ours | ratio floor | ...
      const row = output.split('\n').find((line) => line.startsWith(`| ${w} `));
      const [ours, floor, limit] = (row ?? '').split('|').slice(2, 5).map((cell) => Number(cell.trim()));
      expect({ w, ours: ours! > 0, floor: floor! > 0, limit: limit! > 0 }).toEqual({ w, ours: true, floor: true, limit: true });
    }
  }, 240_000);
});
