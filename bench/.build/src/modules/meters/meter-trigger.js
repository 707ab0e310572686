"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "checkMeterSchedules", {
    enumerable: true,
    get: function() {
        return checkMeterSchedules;
    }
});
const _sql = require("../../db/sql");
const _calendarslots = require("../calendars/calendar-slots");
const _scheduleload = require("../schedules/schedule-load");
const _scheduleplan = require("../schedules/schedule-plan");
const _schedulewrite = require("../schedules/schedule-write");
const _consumptionsql = require("./consumption.sql");
async function checkMeterSchedules(em, actor, pointIds) {
    if (!pointIds.length) return 0;
    const schedules = await em.execute(`select id from mantenimiento_programacion where active and meter_point_id = any(?::int[]) order by id`, [
        (0, _sql.intArray)(pointIds)
    ]);
    let created = 0;
    for (const { id } of schedules)created += await checkOne(em, actor, id);
    return created;
}
async function checkOne(em, actor, scheduleId) {
    const schedule = await (0, _scheduleload.readScheduleRow)(em, scheduleId, true);
    const [state] = await em.execute(`with done as (
       select max(c.actual_end) as at from mantenimiento_programacion_orden l
       join mantenimiento_ordentrabajo wo on wo.id = l.work_order_id and wo.status = 'COMPLETED'
       join mantenimiento_cierreordentrabajo c on c.work_order_id = wo.id
       where l.schedule_id = ?
     ), since as (
       select coalesce(
         (select max(l.read_at) from mantenimiento_lectura l, done where l.point_id = ? and l.read_at <= done.at),
         (select at from done),
         ?::date::timestamptz) as at
     ), r as (
       select l.value, l.reset, p.rollover_value, lag(l.value) over (order by l.read_at, l.id) as prev
       from mantenimiento_lectura l join mantenimiento_puntomedida p on p.id = l.point_id, since
       where l.point_id = ? and l.read_at >= since.at
     )
     select coalesce((select sum(${(0, _consumptionsql.deltaSql)('r')}) from r), 0)::text as advance,
       exists(select 1 from mantenimiento_programacion_orden l join mantenimiento_ordentrabajo wo on wo.id = l.work_order_id
              where l.schedule_id = ? and l.trigger = 'METER' and wo.status in ('PENDING', 'SCHEDULED', 'IN_PROGRESS')) as open,
       a.id as asset_id, a.location_id,
       coalesce((select sa.technician_id from mantenimiento_programacion_activos sa where sa.schedule_id = ? and sa.asset_id = a.id), ?::int) as technician_id
     from mantenimiento_puntomedida p join activos_activo a on a.id = p.asset_id where p.id = ?`, [
        scheduleId,
        schedule.meter_point_id,
        schedule.start_date,
        schedule.meter_point_id,
        scheduleId,
        scheduleId,
        schedule.technician_id,
        schedule.meter_point_id
    ]);
    if (!state || state.open || Number(state.advance) < Number(schedule.meter_every)) return 0;
    const calendars = await (0, _scheduleload.loadCalendars)(em, scheduleId, (0, _calendarslots.localDate)(Date.now() - 86_400_000, 'UTC'), (0, _calendarslots.localDate)(Date.now() + 400 * 86_400_000, 'UTC'));
    const today = (0, _calendarslots.localDate)(Date.now(), calendars[0]?.timeZone ?? 'UTC');
    const technicians = state.technician_id === null ? [] : [
        state.technician_id
    ];
    const occupancy = await (0, _scheduleload.loadOccupancy)(em, scheduleId, technicians, today, (0, _calendarslots.localDate)(Date.now() + 400 * 86_400_000, 'UTC'));
    const slot = (0, _calendarslots.firstSlot)(calendars, occupancy, (0, _scheduleplan.occupancyKey)(scheduleId, state.technician_id), today, (schedule.duration_minutes ?? _scheduleload.DEFAULT_DURATION_MINUTES) * 60_000);
    if (!slot) return 0;
    const written = await (0, _schedulewrite.writePlannedOrders)(em, actor, schedule, [
        {
            cycleDate: today,
            start: new Date(slot.start),
            end: new Date(slot.end),
            locationId: state.location_id,
            technicianId: state.technician_id,
            assetIds: [
                state.asset_id
            ]
        }
    ], 'METER');
    return written.ordersCreated;
}
