import type { CpuFigures } from './cpu';
import type { LoadResult } from './load';
import type { Workload } from './workloads';

// Medians over the rounds, ratios to the baseline, the targets (bench/README.md), and the table.

export type TargetName = 'server' | 'limit';

export interface Sample extends LoadResult, CpuFigures {
  round: number;
  workload: string;
  target: TargetName;
  /** The target's highest RSS during this measurement, in MB. */
  rssPeakMb: number;
}

export interface Figures {
  rps: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  errors: number;
  statementsPerRequest: number | null;
  cpuMsPerRequest: number | null;
  dbCpuMsPerRequest: number | null;
  machineBusy: number | null;
}

export interface Row {
  workload: string;
  title: string;
  server: Figures;
  limit: Figures;
  ratio: number;
  target: string;
  missed: string[];
}

export const MEMORY_LIMIT_MB = 300;

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}


/** The median, or null when a figure is missing (no /proc, a database on another machine). */
export function medianOrNull(values: Array<number | null>): number | null {
  return values.length === 0 || values.some((v) => v === null) ? null : median(values as number[]);
}

function figures(samples: Sample[], statements: number | null): Figures {
  return {
    rps: median(samples.map((s) => s.rps)),
    p50Ms: median(samples.map((s) => s.p50Ms)),
    p90Ms: median(samples.map((s) => s.p90Ms)),
    p99Ms: median(samples.map((s) => s.p99Ms)),
    errors: samples.reduce((n, s) => n + s.errors, 0),
    statementsPerRequest: statements,
    cpuMsPerRequest: medianOrNull(samples.map((s) => s.cpuMsPerRequest)),
    dbCpuMsPerRequest: medianOrNull(samples.map((s) => s.dbCpuMsPerRequest)),
    machineBusy: medianOrNull(samples.map((s) => s.machineBusy)),
  };
}

export function describeTarget(w: Workload): string {
  if (!w.target) return 'floor (no target)';
  const t = w.target;
  return [`>= ${t.ratio.toFixed(2)}`, t.p99Ms ? `p99 < ${t.p99Ms} ms` : '', t.maxStatements ? `<= ${t.maxStatements} statements` : '']
    .filter(Boolean)
    .join(', ');
}

export function summarize(
  w: Workload,
  samples: Sample[],
  statements: { server: number | null; limit: number | null },
): Row {
  const server = figures(samples.filter((s) => s.workload === w.id && s.target === 'server'), statements.server);
  const limit = figures(samples.filter((s) => s.workload === w.id && s.target === 'limit'), statements.limit);
  const ratio = limit.rps > 0 ? server.rps / limit.rps : 0;
  const missed: string[] = [];
  if (server.errors > 0 || limit.errors > 0) missed.push(`errors (${server.errors} ours, ${limit.errors} limit)`);
  const t = w.target;
  if (t) {
    // Three decimals where two would print the target itself (0.449 is not 0.45).
    if (ratio < t.ratio) missed.push(`ratio ${ratio.toFixed(ratio.toFixed(2) === t.ratio.toFixed(2) ? 3 : 2)} < ${t.ratio}`);
    if (t.p99Ms && server.p99Ms >= t.p99Ms) missed.push(`p99 ${server.p99Ms.toFixed(1)} ms >= ${t.p99Ms} ms`);
    if (t.maxStatements && server.statementsPerRequest !== null && server.statementsPerRequest > t.maxStatements) {
      missed.push(`${server.statementsPerRequest} statements > ${t.maxStatements}`);
    }
  }
  return { workload: w.id, title: w.title, server, limit, ratio, target: describeTarget(w), missed };
}

const n0 = (v: number) => Math.round(v).toLocaleString('en-US');
const n1 = (v: number) => v.toFixed(1);
const stmt = (v: number | null) => (v === null ? 'n/a' : Number.isInteger(v) ? String(v) : v.toFixed(2));
/** Two decimals, or n/a for a figure that could not be measured. */
export const fixed2 = (v: number | null) => (v === null ? 'n/a' : v.toFixed(2));
const pct = (v: number | null) => (v === null ? 'n/a' : `${Math.round(v * 100)}%`);

/** The summary as a Markdown table (printed, and pasted into bench/README.md). */
export function table(rows: Row[], memory: { peakRssMb: number; missed: boolean }): string {
  const lines = [
    '| workload | req/s ours | req/s limit | ratio | target | p50 / p90 / p99 ms (ours) | p99 ms (limit) | SQL/req ours (limit) | CPU ms/req ours (limit) | DB CPU ms/req ours (limit) | machine busy ours (limit) | errors | result |',
    '|---|---:|---:|---:|---|---|---:|---|---|---|---|---:|---|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.workload} ${r.title} | ${n0(r.server.rps)} | ${n0(r.limit.rps)} | ${r.ratio.toFixed(2)} | ${r.target} | ` +
        `${n1(r.server.p50Ms)} / ${n1(r.server.p90Ms)} / ${n1(r.server.p99Ms)} | ${n1(r.limit.p99Ms)} | ` +
        `${stmt(r.server.statementsPerRequest)} (${stmt(r.limit.statementsPerRequest)}) | ` +
        `${fixed2(r.server.cpuMsPerRequest)} (${fixed2(r.limit.cpuMsPerRequest)}) | ` +
        `${fixed2(r.server.dbCpuMsPerRequest)} (${fixed2(r.limit.dbCpuMsPerRequest)}) | ${pct(r.server.machineBusy)} (${pct(r.limit.machineBusy)}) | ` +
        `${r.server.errors + r.limit.errors} | ` +
        `${r.missed.length ? `MISSED: ${r.missed.join('; ')}` : 'ok'} |`,
    );
  }
  lines.push(
    `| memory: server peak RSS under load | ${n0(memory.peakRssMb)} MB | | | < ${MEMORY_LIMIT_MB} MB | | | | | | | | ${memory.missed ? 'MISSED' : 'ok'} |`,
  );
  return lines.join('\n');
}
