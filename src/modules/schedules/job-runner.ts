import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../context';
import { NotFoundError } from '../../errors';
import { currentAuditContext, runWithAuditContext } from '../audit/audit-context';
import { loadAuthUser, type AuthUser } from '../auth/auth-user';
import { GenerationResult, JobStatus, MaintenanceJob } from './job.entity';

// Background jobs, run in this process off the request (setImmediate), recorded in
// `mantenimiento_job` with progress and result. A job is claimed by one runner with a
// heartbeat; at start, queued jobs and running ones whose heartbeat stopped (the process
// died) are resumed. Handlers must be idempotent: a resumed job runs again from the top.

export const RUNNER_ID = randomUUID();
const STALE_AFTER_S = 120;
const MAX_ATTEMPTS = 3;

export interface JobRun {
  em: EntityManager;
  actor: AuthUser | null;
  params: Record<string, unknown>;
  scheduleId: number | null;
  /** Records progress (0-100) and the heartbeat. */
  progress(percent: number): Promise<void>;
}

type Handler = (app: AppServices, run: JobRun) => Promise<Record<string, unknown>>;
const handlers = new Map<string, Handler>();
const running = new Map<number, Promise<void>>();

export function registerJobHandler(kind: string, handler: Handler): void {
  handlers.set(kind, handler);
}

interface JobRow {
  id: number;
  kind: string;
  status: JobStatus;
  schedule_id: number | null;
  params: Record<string, unknown>;
  progress: number;
  result: Record<string, unknown> | null;
  error: string | null;
  attempts: number;
  created_by_id: number | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

const COLUMNS = 'id, kind, status, schedule_id, params, progress, result, error, attempts, created_by_id, created_at, started_at, finished_at';

export function toJob(r: JobRow): MaintenanceJob {
  return Object.assign(new MaintenanceJob(), {
    id: r.id,
    kind: r.kind,
    status: r.status,
    scheduleId: r.schedule_id,
    progress: r.progress,
    error: r.error,
    attempts: r.attempts,
    createdAt: new Date(r.created_at),
    startedAt: r.started_at ? new Date(r.started_at) : null,
    finishedAt: r.finished_at ? new Date(r.finished_at) : null,
    generation: r.kind === 'GENERATE_SCHEDULE' && r.result ? Object.assign(new GenerationResult(), r.result) : null,
  });
}

export async function readJob(em: EntityManager, id: number): Promise<MaintenanceJob> {
  const rows = await em.execute<JobRow[]>(`select ${COLUMNS} from mantenimiento_job where id = ?`, [id]);
  if (!rows[0]) throw new NotFoundError('MaintenanceJob', id);
  return toJob(rows[0]);
}

/** Records a job and starts it after the current request has been answered. */
export async function enqueueJob(
  app: AppServices,
  em: EntityManager,
  job: { kind: string; scheduleId: number | null; params: Record<string, unknown>; createdById: number | null },
): Promise<MaintenanceJob> {
  const rows = await em.execute<JobRow[]>(
    `insert into mantenimiento_job (kind, schedule_id, params, created_by_id) values (?, ?, ?::jsonb, ?) returning ${COLUMNS}`,
    [job.kind, job.scheduleId, JSON.stringify(job.params), job.createdById],
  );
  start(app, rows[0]!.id);
  return toJob(rows[0]!);
}

function start(app: AppServices, id: number): void {
  if (running.has(id)) return;
  const p = new Promise<void>((resolve) => setImmediate(resolve))
    .then(() => runJob(app, id))
    .catch((err) => app.logger.error({ err, jobId: id }, 'job runner failed'))
    .finally(() => running.delete(id));
  running.set(id, p);
}

/** Resolves when every job started in this process has finished (tests, shutdown). */
export async function waitForJobs(): Promise<void> {
  while (running.size) await Promise.all([...running.values()]);
}

/** At start: runs queued jobs and takes over running ones whose runner stopped beating. */
export async function resumeInterruptedJobs(app: AppServices): Promise<number[]> {
  const em = app.orm.em.fork();
  const rows = await em.execute<Array<{ id: number }>>(
    `select id from mantenimiento_job
     where status = 'QUEUED' or (status = 'RUNNING' and (heartbeat_at is null or heartbeat_at < now() - make_interval(secs => ?)))
     order by id`,
    [STALE_AFTER_S],
  );
  for (const r of rows) start(app, r.id);
  return rows.map((r) => r.id);
}

async function runJob(app: AppServices, id: number): Promise<void> {
  const em = app.orm.em.fork();
  const claimed = await em.execute<JobRow[]>(
    `update mantenimiento_job set status = 'RUNNING', runner = ?, heartbeat_at = now(), attempts = attempts + 1,
       started_at = coalesce(started_at, now()), error = null
     where id = ? and (status = 'QUEUED' or (status = 'RUNNING' and (heartbeat_at is null or heartbeat_at < now() - make_interval(secs => ?))))
     returning ${COLUMNS}`,
    [RUNNER_ID, id, STALE_AFTER_S],
  );
  const job = claimed[0];
  if (!job) return;
  const finish = (status: JobStatus, result: Record<string, unknown> | null, error: string | null) =>
    em.execute(
      `update mantenimiento_job set status = ?, result = ?::jsonb, error = ?, progress = case when ? = 'SUCCEEDED' then 100 else progress end,
         finished_at = now(), heartbeat_at = now() where id = ? and runner = ?`,
      [status, result ? JSON.stringify(result) : null, error, status, id, RUNNER_ID],
    );
  if (job.attempts > MAX_ATTEMPTS) {
    await finish(JobStatus.FAILED, null, `Interrupted ${MAX_ATTEMPTS} times; not retried again.`);
    return;
  }
  const handler = handlers.get(job.kind);
  if (!handler) {
    await finish(JobStatus.FAILED, null, `Unknown job kind ${job.kind}.`);
    return;
  }
  try {
    const actor = job.created_by_id ? await loadAuthUser(em, job.created_by_id, app.config.session.secrets[0]!) : null;
    // The job's changes are recorded in the audit history as made by whoever queued it.
    const audit = {
      actor_id: job.created_by_id,
      request_id: currentAuditContext()?.request_id ?? null,
      operation: `job:${job.kind}#${id}`,
      operation_name: null,
    };
    const result = await runWithAuditContext(audit, () => handler(app, {
      em,
      actor,
      params: job.params,
      scheduleId: job.schedule_id,
      progress: async (percent) => {
        await em.execute('update mantenimiento_job set progress = ?, heartbeat_at = now() where id = ? and runner = ?', [
          Math.max(0, Math.min(99, Math.floor(percent))),
          id,
          RUNNER_ID,
        ]);
      },
    }));
    await finish(JobStatus.SUCCEEDED, result, null);
  } catch (err) {
    // Client errors (a schedule without frequency...) are shown as they are; anything else is masked.
    const message = err instanceof GraphQLError ? err.message : 'Internal error; see the server log.';
    if (!(err instanceof GraphQLError)) app.logger.error({ err, jobId: id }, 'job failed');
    await finish(JobStatus.FAILED, null, message);
  }
}
