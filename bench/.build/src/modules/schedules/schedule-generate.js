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
    get GENERATE_JOB () {
        return GENERATE_JOB;
    },
    get generateSchedule () {
        return generateSchedule;
    },
    get previewSchedule () {
        return previewSchedule;
    }
});
const _errors = require("../../errors");
const _ids = require("../../graphql/ids");
const _validation = require("../../graphql/validation");
const _calendarslots = require("../calendars/calendar-slots");
const _jobrunner = require("./job-runner");
const _scheduleload = require("./schedule-load");
const _scheduleplan = require("./schedule-plan");
const _schedulewrite = require("./schedule-write");
const _scheduletypes = require("./schedule.types");
const GENERATE_JOB = 'GENERATE_SCHEDULE';
const BATCH_ORDERS = 1000;
const MAX_HORIZON_DAYS = 3660;
const PREVIEW_LIMIT = 500;
function parseUntil(startDate, untilArg) {
    const p = new _errors.Problems();
    const until = (0, _validation.isoDate)(p, 'until', untilArg);
    p.throwIfAny();
    if (!until) throw new _errors.BadUserInputError({
        field: 'until',
        rule: 'required',
        message: 'until is required.'
    });
    if ((0, _calendarslots.daysBetween)(startDate, until) > MAX_HORIZON_DAYS) {
        throw new _errors.BadUserInputError({
            field: 'until',
            rule: 'range',
            message: `until must be at most ${MAX_HORIZON_DAYS} days after the start date.`
        });
    }
    return until;
}
(0, _jobrunner.registerJobHandler)(GENERATE_JOB, async (_app, run)=>{
    const started = Date.now();
    const schedule = await (0, _scheduleload.readScheduleRow)(run.em, run.scheduleId);
    const until = String(run.params.until);
    const input = await (0, _scheduleload.loadPlanInput)(run.em, schedule, until);
    const plan = (0, _scheduleplan.planSchedule)(input, until);
    await run.progress(10);
    let ordersCreated = 0;
    let assetCyclesCreated = 0;
    let assetCyclesExisting = plan.existingPairs;
    for(let i = 0; i < plan.orders.length; i += BATCH_ORDERS){
        const batch = plan.orders.slice(i, i + BATCH_ORDERS);
        const r = await run.em.transactional((em)=>(0, _schedulewrite.writePlannedOrders)(em, run.actor, schedule, batch));
        ordersCreated += r.ordersCreated;
        assetCyclesCreated += r.assetCyclesCreated;
        assetCyclesExisting += r.assetCyclesExisting;
        await run.progress(10 + 90 * (i + batch.length) / plan.orders.length);
    }
    return {
        ordersCreated,
        assetCyclesCreated,
        assetCyclesExisting,
        unplaced: plan.unplaced,
        durationMs: Date.now() - started
    };
});
async function generateSchedule(ctx, idArg, untilArg) {
    const id = (0, _ids.parseId)(idArg);
    const schedule = await (0, _scheduleload.readScheduleRow)(ctx.em, id);
    const until = parseUntil(schedule.start_date, untilArg);
    if (!schedule.active) throw new _errors.BadUserInputError({
        field: 'id',
        rule: 'inactive',
        message: `Schedule ${id} is not active.`
    });
    if (schedule.interval_days === null) {
        throw new _errors.BadUserInputError({
            field: 'id',
            rule: 'frequency',
            message: `Routine ${schedule.routine_code} has no frequency, so schedule ${id} has no cycles.`
        });
    }
    return (0, _jobrunner.enqueueJob)(ctx.app, ctx.em, {
        kind: GENERATE_JOB,
        scheduleId: id,
        params: {
            until
        },
        createdById: ctx.user?.id ?? null
    });
}
async function previewSchedule(ctx, idArg, untilArg) {
    const id = (0, _ids.parseId)(idArg);
    const schedule = await (0, _scheduleload.readScheduleRow)(ctx.em, id);
    const until = parseUntil(schedule.start_date, untilArg);
    const plan = (0, _scheduleplan.planSchedule)(await (0, _scheduleload.loadPlanInput)(ctx.em, schedule, until), until);
    return Object.assign(new _scheduletypes.SchedulePreview(), {
        totalOrders: plan.orders.length,
        assetCycles: plan.orders.reduce((n, o)=>n + o.assetIds.length, 0),
        assetCyclesExisting: plan.existingPairs,
        unplaced: plan.unplaced,
        truncated: plan.orders.length > PREVIEW_LIMIT,
        orders: plan.orders.slice(0, PREVIEW_LIMIT).map((o)=>Object.assign(new _scheduletypes.PlannedOrderView(), {
                cycleDate: o.cycleDate,
                scheduledStart: o.start,
                scheduledEnd: o.end,
                locationId: o.locationId,
                technicianId: o.technicianId,
                assetIds: o.assetIds
            }))
    });
}
