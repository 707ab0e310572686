"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "afterWorkOrderCompleted", {
    enumerable: true,
    get: function() {
        return afterWorkOrderCompleted;
    }
});
const _sql = require("../../db/sql");
const _calendarslots = require("../calendars/calendar-slots");
const _readingservice = require("../meters/reading.service");
const _workordereffects = require("../work-orders/work-order.effects");
const _scheduleload = require("./schedule-load");
const _scheduleplan = require("./schedule-plan");
async function afterWorkOrderCompleted(em, ctx, workOrderId, completedAt) {
    await (0, _readingservice.recordChecklistReadings)(em, ctx, workOrderId, completedAt);
    const links = await em.execute(`select l.schedule_id, max(l.cycle_date)::text as cycle_date, max(wo.code) as code
     from mantenimiento_programacion_orden l join mantenimiento_ordentrabajo wo on wo.id = l.work_order_id
     where l.work_order_id = ? and l.trigger = 'CALENDAR' group by l.schedule_id`, [
        workOrderId
    ]);
    for (const link of links)await shiftFollowingCycles(em, ctx, link.schedule_id, link.cycle_date, link.code, completedAt);
}
async function shiftFollowingCycles(em, ctx, scheduleId, cycleDate, code, completedAt) {
    const schedule = await (0, _scheduleload.readScheduleRow)(em, scheduleId, true);
    if (schedule.interval_days === null) return;
    const calendars = await (0, _scheduleload.loadCalendars)(em, scheduleId, (0, _calendarslots.addDays)(cycleDate, -400), (0, _calendarslots.addDays)(cycleDate, 3 * 366));
    const tz = calendars[0]?.timeZone ?? 'UTC';
    const dueNext = (0, _calendarslots.addDays)((0, _calendarslots.localDate)(completedAt.getTime(), tz), schedule.interval_days);
    const nominalNext = (0, _calendarslots.addDays)(cycleDate, schedule.interval_days);
    const offset = (0, _calendarslots.daysBetween)(nominalNext, dueNext);
    if (offset === schedule.offset_days) return;
    await em.execute('update mantenimiento_programacion set offset_days = ?, updated_at = now() where id = ?', [
        offset,
        scheduleId
    ]);
    const pending = await em.execute(`select wo.id, wo.status, min(l.cycle_date)::text as cycle_date, wo.technician_id, wo.scheduled_start
     from mantenimiento_programacion_orden l join mantenimiento_ordentrabajo wo on wo.id = l.work_order_id
     where l.schedule_id = ? and l.cycle_date > ?::date and l.trigger = 'CALENDAR' and wo.status in ('PENDING', 'SCHEDULED')
     group by wo.id order by 3, wo.id`, [
        scheduleId,
        cycleDate
    ]);
    if (!pending.length) return;
    await em.execute('select id from mantenimiento_ordentrabajo where id = any(?::int[]) order by id for update', [
        (0, _sql.intArray)(pending.map((o)=>o.id))
    ]);
    const technicians = [
        ...new Set(pending.map((o)=>o.technician_id).filter((t)=>t !== null))
    ];
    const from = (0, _calendarslots.addDays)(pending[0].cycle_date, Math.min(offset, 0) - 1);
    const to = (0, _calendarslots.addDays)(pending[pending.length - 1].cycle_date, Math.max(offset, 0) + 400);
    const occupancy = await (0, _scheduleload.loadOccupancy)(em, scheduleId, technicians, from, to, pending.map((o)=>o.id));
    const durationMs = (schedule.duration_minutes ?? _scheduleload.DEFAULT_DURATION_MINUTES) * 60_000;
    const moved = [];
    for (const o of pending){
        const key = (0, _scheduleplan.occupancyKey)(scheduleId, o.technician_id);
        const slot = (0, _calendarslots.firstSlot)(calendars, occupancy, key, (0, _calendarslots.addDays)(o.cycle_date, offset), durationMs);
        if (!slot) continue;
        occupancy.add(key, slot);
        moved.push({
            id: o.id,
            status: o.status,
            start: new Date(slot.start),
            end: new Date(slot.end),
            old: o.scheduled_start
        });
    }
    if (!moved.length) return;
    await em.execute(`update mantenimiento_ordentrabajo wo set scheduled_start = x.s, scheduled_end = x.e, version = wo.version + 1, updated_at = now()
     from unnest(?::int[], ?::timestamptz[], ?::timestamptz[]) as x(id, s, e) where wo.id = x.id`, [
        (0, _sql.intArray)(moved.map((m)=>m.id)),
        `{${moved.map((m)=>m.start.toISOString()).join(',')}}`,
        `{${moved.map((m)=>m.end.toISOString()).join(',')}}`
    ]);
    await (0, _workordereffects.recordHistory)(em, ctx.user, moved.map((m)=>({
            workOrderId: m.id,
            from: m.status,
            to: m.status,
            reason: `Rescheduled from ${m.old ? new Date(m.old).toISOString() : 'none'} to ${m.start.toISOString()}: ${code} was completed, the interval counts from then.`
        })));
}
