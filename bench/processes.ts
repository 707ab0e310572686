import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, openSync } from 'node:fs';
import path from 'node:path';
import { transformFileSync } from '@swc/core';
import { freePort } from '../test/support/free-port';

// The two servers under load, each one node process: the application compiled to plain
// JavaScript (as in production: no TypeScript loader in memory) and the baseline.

const ROOT = path.resolve(__dirname, '..');
export const BUILD_DIR = path.join(ROOT, 'bench', '.build');

/** src/, the baseline and the stack floor, compiled with the project's .swcrc into bench/.build (a second or two). */
export function buildServers(): void {
  compileTree(ROOT, BUILD_DIR);
  for (const file of ['baseline-server.ts', 'limit-handlers.ts', 'stack-floor-server.ts']) {
    compileFile(path.join(ROOT, 'bench', file), ROOT, BUILD_DIR, swcOptions());
  }
}

/**
 * src/ as committed at a git revision (`HEAD`, `main~2`, a hash), compiled into
 * bench/.build-rev/<hash>: a second server to measure a change against. Inside the
 * project, so it resolves the same node_modules.
 */
export function buildRevision(rev: string): { hash: string; buildDir: string } {
  const hash = execFileSync('git', ['rev-parse', '--verify', `${rev}^{commit}`], { cwd: ROOT, encoding: 'utf8' }).trim();
  const base = path.join(ROOT, 'bench', '.build-rev', hash);
  const srcRoot = path.join(base, 'tree');
  rmSync(base, { recursive: true, force: true });
  mkdirSync(srcRoot, { recursive: true });
  const archive = execFileSync('git', ['archive', '--format=tar', hash, 'src'], { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', srcRoot], { input: archive });
  const buildDir = path.join(base, 'build');
  compileTree(srcRoot, buildDir);
  return { hash, buildDir };
}

function swcOptions(): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(ROOT, '.swcrc'), 'utf8')) as Record<string, unknown>;
}

function compileTree(root: string, outDir: string): void {
  rmSync(outDir, { recursive: true, force: true });
  const swcrc = swcOptions();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.(ts|mjs|json)$/.test(name) && !name.endsWith('.d.ts')) compileFile(file, root, outDir, swcrc);
    }
  };
  walk(path.join(root, 'src'));
}

function compileFile(file: string, root: string, outDir: string, swcrc: Record<string, unknown>): void {
  const out = path.join(outDir, path.relative(root, file).replace(/\.ts$/, '.js'));
  mkdirSync(path.dirname(out), { recursive: true });
  if (!file.endsWith('.ts')) return copyFileSync(file, out.replace(/\.js$/, path.extname(file)));
  const { code } = transformFileSync(file, { ...swcrc, swcrc: false, sourceMaps: false, filename: file });
  writeFileSync(out, code);
}

export interface Running {
  name: string;
  port: number;
  child: ChildProcess;
  /** Highest VmRSS seen while sampling, in bytes. */
  peakRss: number;
  stop(): Promise<void>;
}

async function waitReady(url: string, child: ChildProcess, name: string, logFile: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}; see ${logFile}`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${name} not ready after 60 s; see ${logFile}`);
}

export async function startProcess(
  name: string,
  script: string,
  env: Record<string, string>,
  readyPath: string,
  logDir: string,
  nodeFlags: string[] = [],
): Promise<Running> {
  const port = await freePort();
  mkdirSync(logDir, { recursive: true });
  const logFile = path.join(logDir, `${name}.log`);
  const err = openSync(logFile, 'w');
  // stdout (one JSON log line per request in production) goes nowhere, as to a log shipper that keeps up.
  const child = spawn(process.execPath, [...nodeFlags, path.resolve(BUILD_DIR, script)], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', err],
  });
  const running: Running = {
    name,
    port,
    child,
    peakRss: 0,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
  try {
    await waitReady(`http://127.0.0.1:${port}${readyPath}`, child, name, logFile);
  } catch (e) {
    await running.stop();
    throw e;
  }
  return running;
}

/**
 * The node flags and environment `npm run start:prod` gives the server (package.json), so
 * the bench runs it as production does: `[NAME=value ...] node [--flag ...] <script>`.
 */
export function productionLaunch(): { env: Record<string, string>; flags: string[] } {
  const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const words = (scripts['start:prod'] ?? '').trim().split(/\s+/);
  const env: Record<string, string> = {};
  let i = 0;
  for (; /^[A-Z_][A-Z0-9_]*=/.test(words[i] ?? ''); i++) {
    const word = words[i]!;
    env[word.slice(0, word.indexOf('='))] = word.slice(word.indexOf('=') + 1);
  }
  const flags = words.slice(i + 1, -1);
  if (words[i] !== 'node' || words.length < i + 2 || flags.some((f) => !f.startsWith('--'))) {
    throw new Error(`package.json "start:prod" is not [NAME=value ...] node [--flag ...] <script>: ${scripts['start:prod']}`);
  }
  return { env, flags };
}

/**
 * The application in production configuration (started as `npm run start:prod` starts it):
 * NODE_ENV=production, a real secret, sessions and permission checks on; `env` adds settings,
 * `name` names its log (two may run at once), `buildDir` runs another build (buildRevision), `nodeFlags` come after start:prod's (and win).
 */
export function startApp(
  databaseUrl: string,
  logDir: string,
  {
    profileDir,
    env = {},
    name = 'server',
    buildDir = BUILD_DIR,
    nodeFlags = [],
  }: { profileDir?: string; env?: Record<string, string>; name?: string; buildDir?: string; nodeFlags?: string[] } = {},
): Promise<Running> {
  const launch = productionLaunch();
  return startProcess(
    name,
    path.join(buildDir, 'src', 'main.js'),
    { ...launch.env, NODE_ENV: 'production', SESSION_SECRET: randomBytes(36).toString('base64url'), DATABASE_URL: databaseUrl, ...env },
    '/readyz',
    logDir,
    [...launch.flags, ...nodeFlags, ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])],
  );
}

export function startBaseline(databaseUrl: string, logDir: string): Promise<Running> {
  return startProcess('baseline', 'bench/baseline-server.js', { DATABASE_URL: databaseUrl }, '/', logDir);
}

/** The stack floor (bench/stack-floor-server.ts), with the server's session secret and start:prod's node flags. */
export function startStackFloor(databaseUrl: string, logDir: string, sessionSecret: string): Promise<Running> {
  const env = { NODE_ENV: 'production', DATABASE_URL: databaseUrl, SESSION_SECRET: sessionSecret, BENCH_APPLICATION_NAME: 'energy-cmms-bench-floor' };
  return startProcess('stack-floor', 'bench/stack-floor-server.js', env, '/', logDir, productionLaunch().flags);
}

/** VmRSS and VmHWM (peak) of a process, in bytes. */
export function memoryOf(pid: number): { rss: number; hwm: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

/**
 * Samples VmRSS every 200 ms until stopped; `takePeak` gives the highest value since its
 * last call (the peak of one measurement) and starts a new window.
 */
export function sampleRss(target: Running): { stop(): void; takePeak(): number } {
  let windowPeak = 0;
  const tick = () => {
    const pid = target.child.pid;
    if (!pid) return;
    const { rss } = memoryOf(pid);
    target.peakRss = Math.max(target.peakRss, rss);
    windowPeak = Math.max(windowPeak, rss);
  };
  const timer = setInterval(tick, 200);
  tick();
  return {
    stop() {
      clearInterval(timer);
      tick();
    },
    takePeak() {
      tick();
      const peak = windowPeak;
      windowPeak = 0;
      return peak;
    },
  };
}
