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
    get DEFAULT_DURATION_MINUTES () {
        return DEFAULT_DURATION_MINUTES;
    },
    get loadCalendars () {
        return loadCalendars;
    },
    get loadExistingPairs () {
        return loadExistingPairs;
    },
    get loadOccupancy () {
        return loadOccupancy;
    },
    get loadPlanInput () {
        return loadPlanInput;
    },
    get loadScheduleAssets () {
        return loadScheduleAssets;
    },
    get readScheduleRow () {
        return readScheduleRow;
    }
});
const _sql = require("../../db/sql");
const _errors = require("../../errors");
const _calendarslots = require("../calendars/calendar-slots");
const _scheduleplan = require("./schedule-plan");
const DEFAULT_DURATION_MINUTES = 60;
async function readScheduleRow(em, id, lock = false) {
    const rows = await em.execute(`select s.id, s.name, s.routine_id, r.code as routine_code, r.name as routine_name, f.interval_days,
       r.estimated_duration_minutes as duration_minutes, s.start_date::text as start_date, s.end_date::text as end_date,
       s.technician_id, s.priority, s.active, s.offset_days, s.meter_point_id, s.meter_every::text as meter_every
     from mantenimiento_programacion s
     join mantenimiento_rutina r on r.id = s.routine_id
     left join mantenimiento_frecuencia f on f.id = r.frequency_id
     where s.id = ?${lock ? ' for update of s' : ''}`, [
        id
    ]);
    if (!rows[0]) throw new _errors.NotFoundError('Schedule', id);
    return rows[0];
}
async function loadCalendars(em, scheduleId, from, to) {
    const rows = await em.execute(`select c.id, c.time_zone,
       (select json_agg(json_build_object('weekday', w.weekday, 'start_time', w.start_time::text, 'end_time', w.end_time::text))
          from mantenimiento_calendario_ventana w where w.calendar_id = c.id) as windows,
       (select array_agg(b.date::text) from mantenimiento_fechabloqueada b where b.calendar_id = c.id and b.date between ?::date and ?::date) as blocked
     from mantenimiento_programacion_calendarios sc join mantenimiento_calendario c on c.id = sc.calendar_id
     where sc.schedule_id = ? order by c.id`, [
        from,
        to,
        scheduleId
    ]);
    return rows.map((r)=>({
            id: r.id,
            timeZone: r.time_zone,
            windows: (r.windows ?? []).map((w)=>({
                    weekday: w.weekday,
                    startMin: (0, _calendarslots.parseTime)(w.start_time),
                    endMin: (0, _calendarslots.parseTime)(w.end_time)
                })),
            blocked: new Set(r.blocked ?? [])
        }));
}
async function loadScheduleAssets(em, schedule) {
    const rows = await em.execute(`with recursive area as (
       select location_id as id from mantenimiento_programacion_ubicaciones where schedule_id = ?
       union
       select l.id from activos_ubicacion l join area on l.parent_id = area.id
     ), covered as (
       select sa.asset_id as id, coalesce(sa.technician_id, ?::int) as technician_id
       from mantenimiento_programacion_activos sa where sa.schedule_id = ?
       union all
       select a.id, ?::int from activos_activo a
       where a.location_id in (select id from area)
         and not exists (select 1 from mantenimiento_programacion_activos sa where sa.schedule_id = ? and sa.asset_id = a.id)
     )
     select a.id, a.location_id, c.technician_id from covered c join activos_activo a on a.id = c.id
     where a.state <> 'OBSOLETE' order by a.location_id, a.id`, [
        schedule.id,
        schedule.technician_id,
        schedule.id,
        schedule.technician_id,
        schedule.id
    ]);
    return rows.map((r)=>({
            id: r.id,
            locationId: r.location_id,
            technicianId: r.technician_id
        }));
}
async function loadExistingPairs(em, scheduleId, until) {
    const rows = await em.execute(`select cycle_date::text || '|' || asset_id as k from mantenimiento_programacion_orden where schedule_id = ? and cycle_date <= ?::date`, [
        scheduleId,
        until
    ]);
    return new Set(rows.map((r)=>r.k));
}
async function loadOccupancy(em, scheduleId, technicianIds, from, to, excludeOrderIds = []) {
    const occupancy = new _calendarslots.Occupancy();
    const rows = await em.execute(`select wo.technician_id, wo.scheduled_start as s, coalesce(wo.scheduled_end, wo.scheduled_start) as e
     from mantenimiento_ordentrabajo wo
     where wo.status in ('PENDING', 'SCHEDULED', 'IN_PROGRESS') and wo.scheduled_start is not null
       and wo.scheduled_start < (?::date + 2) and coalesce(wo.scheduled_end, wo.scheduled_start) > (?::date - 2)
       and not (wo.id = any(?::int[]))
       and (wo.technician_id = any(?::int[])
         or (wo.technician_id is null and exists (select 1 from mantenimiento_programacion_orden l where l.work_order_id = wo.id and l.schedule_id = ?)))`, [
        to,
        from,
        (0, _sql.intArray)(excludeOrderIds),
        (0, _sql.intArray)(technicianIds),
        scheduleId
    ]);
    for (const r of rows)occupancy.add((0, _scheduleplan.occupancyKey)(scheduleId, r.technician_id), {
        start: new Date(r.s).getTime(),
        end: new Date(r.e).getTime()
    });
    return occupancy;
}
async function loadPlanInput(em, schedule, until) {
    if (schedule.interval_days === null) {
        throw new _errors.BadUserInputError({
            field: 'id',
            rule: 'frequency',
            message: `Routine ${schedule.routine_code} has no frequency, so schedule ${schedule.id} has no cycles.`
        });
    }
    const from = (0, _calendarslots.addDays)(schedule.start_date, Math.min(0, schedule.offset_days));
    const to = (0, _calendarslots.addDays)(until, Math.max(0, schedule.offset_days) + 400);
    const assets = await loadScheduleAssets(em, schedule);
    const technicians = [
        ...new Set(assets.map((a)=>a.technicianId).filter((t)=>t !== null))
    ];
    return {
        scheduleId: schedule.id,
        startDate: schedule.start_date,
        endDate: schedule.end_date,
        offsetDays: schedule.offset_days,
        intervalDays: schedule.interval_days,
        durationMinutes: schedule.duration_minutes ?? DEFAULT_DURATION_MINUTES,
        calendars: await loadCalendars(em, schedule.id, from, to),
        assets,
        existing: await loadExistingPairs(em, schedule.id, until),
        occupancy: await loadOccupancy(em, schedule.id, technicians, from, to)
    };
}
