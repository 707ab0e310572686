"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
function _export(target, all) {
    for(var name in all)Object.defineProperty(target, name, {
        enumerable: true,
        get: Object.getOwnPropertyDescriptor(all, name).get
    });
}
_export(exports, {
    get RUNNER_ID () {
        return RUNNER_ID;
    },
    get enqueueJob () {
        return enqueueJob;
    },
    get readJob () {
        return readJob;
    },
    get registerJobHandler () {
        return registerJobHandler;
    },
    get resumeInterruptedJobs () {
        return resumeInterruptedJobs;
    },
    get toJob () {
        return toJob;
    },
    get waitForJobs () {
        return waitForJobs;
    }
});
const _nodecrypto = require("node:crypto");
const _graphql = require("graphql");
const _errors = require("../../errors");
const _authuser = require("../auth/auth-user");
const _jobentity = require("./job.entity");
const RUNNER_ID = (0, _nodecrypto.randomUUID)();
const STALE_AFTER_S = 120;
const MAX_ATTEMPTS = 3;
const handlers = new Map();
const running = new Map();
function registerJobHandler(kind, handler) {
    handlers.set(kind, handler);
}
const COLUMNS = 'id, kind, status, schedule_id, params, progress, result, error, attempts, created_by_id, created_at, started_at, finished_at';
function toJob(r) {
    return Object.assign(new _jobentity.MaintenanceJob(), {
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
        generation: r.kind === 'GENERATE_SCHEDULE' && r.result ? Object.assign(new _jobentity.GenerationResult(), r.result) : null
    });
}
async function readJob(em, id) {
    const rows = await em.execute(`select ${COLUMNS} from mantenimiento_job where id = ?`, [
        id
    ]);
    if (!rows[0]) throw new _errors.NotFoundError('MaintenanceJob', id);
    return toJob(rows[0]);
}
async function enqueueJob(app, em, job) {
    const rows = await em.execute(`insert into mantenimiento_job (kind, schedule_id, params, created_by_id) values (?, ?, ?::jsonb, ?) returning ${COLUMNS}`, [
        job.kind,
        job.scheduleId,
        JSON.stringify(job.params),
        job.createdById
    ]);
    start(app, rows[0].id);
    return toJob(rows[0]);
}
function start(app, id) {
    if (running.has(id)) return;
    const p = new Promise((resolve)=>setImmediate(resolve)).then(()=>runJob(app, id)).catch((err)=>app.logger.error({
            err,
            jobId: id
        }, 'job runner failed')).finally(()=>running.delete(id));
    running.set(id, p);
}
async function waitForJobs() {
    while(running.size)await Promise.all([
        ...running.values()
    ]);
}
async function resumeInterruptedJobs(app) {
    const em = app.orm.em.fork();
    const rows = await em.execute(`select id from mantenimiento_job
     where status = 'QUEUED' or (status = 'RUNNING' and (heartbeat_at is null or heartbeat_at < now() - make_interval(secs => ?)))
     order by id`, [
        STALE_AFTER_S
    ]);
    for (const r of rows)start(app, r.id);
    return rows.map((r)=>r.id);
}
async function runJob(app, id) {
    const em = app.orm.em.fork();
    const claimed = await em.execute(`update mantenimiento_job set status = 'RUNNING', runner = ?, heartbeat_at = now(), attempts = attempts + 1,
       started_at = coalesce(started_at, now()), error = null
     where id = ? and (status = 'QUEUED' or (status = 'RUNNING' and (heartbeat_at is null or heartbeat_at < now() - make_interval(secs => ?))))
     returning ${COLUMNS}`, [
        RUNNER_ID,
        id,
        STALE_AFTER_S
    ]);
    const job = claimed[0];
    if (!job) return;
    const finish = (status, result, error)=>em.execute(`update mantenimiento_job set status = ?, result = ?::jsonb, error = ?, progress = case when ? = 'SUCCEEDED' then 100 else progress end,
         finished_at = now(), heartbeat_at = now() where id = ? and runner = ?`, [
            status,
            result ? JSON.stringify(result) : null,
            error,
            status,
            id,
            RUNNER_ID
        ]);
    if (job.attempts > MAX_ATTEMPTS) {
        await finish(_jobentity.JobStatus.FAILED, null, `Interrupted ${MAX_ATTEMPTS} times; not retried again.`);
        return;
    }
    const handler = handlers.get(job.kind);
    if (!handler) {
        await finish(_jobentity.JobStatus.FAILED, null, `Unknown job kind ${job.kind}.`);
        return;
    }
    try {
        const actor = job.created_by_id ? await (0, _authuser.loadAuthUser)(em, job.created_by_id, app.config.session.secrets[0]) : null;
        const result = await handler(app, {
            em,
            actor,
            params: job.params,
            scheduleId: job.schedule_id,
            progress: async (percent)=>{
                await em.execute('update mantenimiento_job set progress = ?, heartbeat_at = now() where id = ? and runner = ?', [
                    Math.max(0, Math.min(99, Math.floor(percent))),
                    id,
                    RUNNER_ID
                ]);
            }
        });
        await finish(_jobentity.JobStatus.SUCCEEDED, result, null);
    } catch (err) {
        // Client errors (a schedule without frequency...) are shown as they are; anything else is masked.
        const message = err instanceof _graphql.GraphQLError ? err.message : 'Internal error; see the server log.';
        if (!(err instanceof _graphql.GraphQLError)) app.logger.error({
            err,
            jobId: id
        }, 'job failed');
        await finish(_jobentity.JobStatus.FAILED, null, message);
    }
}
