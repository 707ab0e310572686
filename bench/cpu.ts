import { readdirSync, readFileSync } from 'node:fs';

// CPU time from /proc: the target process, the PostgreSQL cluster (its postmaster and every
// backend), and the whole machine. All three are null where /proc is missing (not Linux) or,
// for the database, where the server is not a local process.

// USER_HZ: 100 on every Linux build that matters here (getconf CLK_TCK).
const CLOCK_TICKS = 100;
const ticksToMs = (ticks: number) => (ticks * 1000) / CLOCK_TICKS;

/** The fields of /proc/<pid>/stat after the command name (which may hold spaces): [0] state, [1] ppid, [11..14] utime, stime, cutime, cstime. */
function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** CPU time (user + system) a process has used so far, in ms. */
export function cpuMsOf(pid: number): number | null {
  const f = statFields(pid);
  return f ? ticksToMs(Number(f[11]) + Number(f[12])) : null;
}

const commOf = (pid: number): string | null => {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return null;
  }
};

/** The postmaster of a backend (`select pg_backend_pid()`), when both are local PostgreSQL processes. */
export function postmasterOf(backendPid: number): number | null {
  const ppid = Number(statFields(backendPid)?.[1]);
  return commOf(backendPid) === 'postgres' && ppid > 1 && commOf(ppid) === 'postgres' ? ppid : null;
}

/**
 * CPU time of a PostgreSQL cluster so far, in ms: the postmaster, its live children (backends,
 * checkpointer, autovacuum...) and the children it has already reaped (cutime + cstime).
 */
export function clusterCpuMsOf(postmasterPid: number): number | null {
  // A child reaped between reading the postmaster and scanning its children would be counted
  // in neither: read again until the reaped children's total did not move during the scan.
  for (let attempt = 0; attempt < 5; attempt++) {
    const own = statFields(postmasterPid);
    if (!own) return null;
    const reaped = Number(own[13]) + Number(own[14]);
    let ticks = Number(own[11]) + Number(own[12]) + reaped;
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const f = statFields(Number(entry));
      if (f && Number(f[1]) === postmasterPid) ticks += Number(f[11]) + Number(f[12]);
    }
    const after = statFields(postmasterPid);
    if (after && Number(after[13]) + Number(after[14]) === reaped) return ticksToMs(ticks);
  }
  return null;
}

/** Busy and total CPU time of the machine (all cores) so far, in ms, from /proc/stat. */
function machineMs(): { busy: number; total: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!;
    // cpu user nice system idle iowait irq softirq steal (guest time is already in user)
    const [user, nice, system, idle, iowait, irq, softirq, steal] = line.trim().split(/\s+/).slice(1, 9).map(Number) as number[];
    const busy = user! + nice! + system! + irq! + softirq! + steal!;
    return { busy: ticksToMs(busy), total: ticksToMs(busy + idle! + iowait!) };
  } catch {
    return null;
  }
}

export interface CpuFigures {
  /** CPU time (user + system) the target process spent per answered request. */
  cpuMsPerRequest: number | null;
  /** CPU time the PostgreSQL cluster spent per answered request (every backend: the idle pools of the other target barely count). */
  dbCpuMsPerRequest: number | null;
  /** Share of the machine's CPU time (all cores) that was busy during the measurement, 0-1: near 1, the machine was the bound. */
  machineBusy: number | null;
}

/** Runs `work` (a load measurement) and adds what it cost in CPU: the target, the database cluster, the machine. */
export async function withCpuPerRequest<R extends { requests: number }>(
  pid: number,
  work: () => Promise<R>,
  postmasterPid: number | null = null,
): Promise<R & CpuFigures> {
  const before = { target: cpuMsOf(pid), db: postmasterPid === null ? null : clusterCpuMsOf(postmasterPid), machine: machineMs() };
  const r = await work();
  const after = { target: cpuMsOf(pid), db: postmasterPid === null ? null : clusterCpuMsOf(postmasterPid), machine: machineMs() };
  const perRequest = (a: number | null, b: number | null) => (a === null || b === null || !r.requests ? null : (b - a) / r.requests);
  const m0 = before.machine;
  const m1 = after.machine;
  return {
    ...r,
    cpuMsPerRequest: perRequest(before.target, after.target),
    dbCpuMsPerRequest: perRequest(before.db, after.db),
    machineBusy: m0 && m1 && m1.total > m0.total ? (m1.busy - m0.busy) / (m1.total - m0.total) : null,
  };
}

/** The CPU figures of one measurement for its progress line ('' where /proc is missing). */
export function cpuLine(f: CpuFigures): string {
  return [
    f.cpuMsPerRequest === null ? '' : `  cpu ${f.cpuMsPerRequest.toFixed(2)} ms/req`,
    f.dbCpuMsPerRequest === null ? '' : `  db ${f.dbCpuMsPerRequest.toFixed(2)} ms/req`,
    f.machineBusy === null ? '' : `  machine ${Math.round(f.machineBusy * 100)}% busy`,
  ].join('');
}
