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
    get createSchedule () {
        return createSchedule;
    },
    get deleteSchedule () {
        return deleteSchedule;
    },
    get getSchedule () {
        return getSchedule;
    },
    get listSchedules () {
        return listSchedules;
    },
    get updateSchedule () {
        return updateSchedule;
    }
});
const _constrainterrors = require("../../db/constraint-errors");
const _sql = require("../../db/sql");
const _errors = require("../../errors");
const _ids = require("../../graphql/ids");
const _pagination = require("../../graphql/pagination");
const _validation = require("../../graphql/validation");
const _metervalues = require("../meters/meter-values");
const _workorderrows = require("../work-orders/work-order.rows");
const _workorderwrite = require("../work-orders/work-order.write");
const _scheduleentity = require("./schedule.entity");
const COLUMNS = `s.id, s.name, s.routine_id, s.start_date::text as start_date, s.end_date::text as end_date, s.technician_id, s.priority,
  s.active, s.offset_days, s.meter_point_id, s.meter_every::text as meter_every, s.created_at, s.updated_at`;
function toSchedule(r) {
    return Object.assign(new _scheduleentity.Schedule(), {
        id: r.id,
        name: r.name,
        routine: (0, _workorderrows.stub)(r.routine_id),
        routineId: r.routine_id,
        startDate: r.start_date,
        endDate: r.end_date,
        technician: (0, _workorderrows.stub)(r.technician_id),
        technicianId: r.technician_id,
        priority: r.priority,
        active: r.active,
        offsetDays: r.offset_days,
        meterPointId: r.meter_point_id,
        meterEvery: r.meter_every,
        createdAt: new Date(r.created_at),
        updatedAt: new Date(r.updated_at)
    });
}
async function getSchedule(ctx, idArg) {
    const id = (0, _ids.parseId)(idArg);
    const rows = await ctx.em.execute(`select ${COLUMNS} from mantenimiento_programacion s where s.id = ?`, [
        id
    ]);
    if (!rows[0]) throw new _errors.NotFoundError('Schedule', id);
    return toSchedule(rows[0]);
}
async function listSchedules(ctx, args) {
    const first = (0, _pagination.checkPageSize)(args.first);
    const cursor = (0, _pagination.decodeCursor)(args.after, 1);
    const where = [];
    const params = [];
    const routineId = (0, _ids.parseOptionalId)(args.routineId, 'routineId');
    if (routineId) {
        where.push('s.routine_id = ?');
        params.push(routineId);
    }
    if (cursor) {
        where.push('s.id < ?');
        params.push(Number(cursor[0]));
    }
    const rows = await ctx.em.execute(`select ${COLUMNS} from mantenimiento_programacion s ${where.length ? `where ${where.join(' and ')}` : ''} order by s.id desc limit ?`, [
        ...params,
        first + 1
    ]);
    return (0, _pagination.toConnection)(rows, first, (r)=>[
            r.id
        ], toSchedule);
}
function parseAssets(list) {
    if (!list) return null;
    if (list.length > 5000) throw new _errors.BadUserInputError({
        field: 'assets',
        rule: 'max_items',
        message: 'assets takes at most 5000 entries.'
    });
    const seen = new Map();
    list.forEach((a, i)=>seen.set((0, _ids.parseId)(a.assetId, `assets[${i}].assetId`), (0, _ids.parseOptionalId)(a.technicianId, `assets[${i}].technicianId`)));
    return [
        ...seen
    ].map(([assetId, technicianId])=>({
            assetId,
            technicianId
        }));
}
/** Every reference must exist; the meter point must be cumulative. Reports all problems at once. */ async function checkReferences(em, p, refs) {
    const assetIds = refs.assets?.map((a)=>a.assetId) ?? [];
    const [r] = await em.execute(`select exists(select 1 from mantenimiento_rutina where id = ?::int) as routine,
       (select array_agg(id) from activos_activo where id = any(?::int[])) as assets,
       (select array_agg(id) from activos_ubicacion where id = any(?::int[])) as locations,
       (select array_agg(id) from mantenimiento_calendario where id = any(?::int[])) as calendars,
       (select array_agg(id) from auth_user where id = any(?::int[]) and is_active) as users,
       (select cumulative from mantenimiento_puntomedida where id = ?::int) as meter_cumulative`, [
        refs.routineId ?? null,
        (0, _sql.intArray)(assetIds),
        (0, _sql.intArray)(refs.locationIds ?? []),
        (0, _sql.intArray)(refs.calendarIds ?? []),
        (0, _sql.intArray)(refs.technicianIds),
        refs.meterPointId ?? null
    ]);
    const missing = (ids, found)=>ids.filter((id)=>!(found ?? []).includes(id));
    if (refs.routineId !== undefined && !r.routine) p.add('routineId', 'exists', `Routine ${refs.routineId} does not exist.`);
    const a = missing(assetIds, r.assets);
    if (a.length) p.add('assets', 'exists', `Assets ${a.join(', ')} do not exist.`);
    const l = missing(refs.locationIds ?? [], r.locations);
    if (l.length) p.add('locationIds', 'exists', `Locations ${l.join(', ')} do not exist.`);
    const c = missing(refs.calendarIds ?? [], r.calendars);
    if (c.length) p.add('calendarIds', 'exists', `Work calendars ${c.join(', ')} do not exist.`);
    const u = missing(refs.technicianIds, r.users);
    if (u.length) p.add('technicianId', 'exists', `Users ${u.join(', ')} do not exist or are inactive.`);
    if (refs.meterPointId) {
        if (r.meter_cumulative === null) p.add('meterPointId', 'exists', `Measurement point ${refs.meterPointId} does not exist.`);
        else if (!r.meter_cumulative) p.add('meterPointId', 'cumulative', 'Meter-based schedules need a cumulative measurement point.');
    }
}
async function writeLinks(em, id, links) {
    if (links.assets) {
        await em.execute('delete from mantenimiento_programacion_activos where schedule_id = ?', [
            id
        ]);
        await em.execute(`insert into mantenimiento_programacion_activos (schedule_id, asset_id, technician_id) select ?::int, a, t from unnest(?::int[], ?::int[]) as x(a, t)`, [
            id,
            (0, _sql.intArray)(links.assets.map((a)=>a.assetId)),
            `{${links.assets.map((a)=>a.technicianId ?? 'NULL').join(',')}}`
        ]);
    }
    if (links.locationIds) {
        await em.execute('delete from mantenimiento_programacion_ubicaciones where schedule_id = ?', [
            id
        ]);
        await em.execute('insert into mantenimiento_programacion_ubicaciones (schedule_id, location_id) select ?::int, unnest(?::int[])', [
            id,
            (0, _sql.intArray)(links.locationIds)
        ]);
    }
    if (links.calendarIds) {
        await em.execute('delete from mantenimiento_programacion_calendarios where schedule_id = ?', [
            id
        ]);
        await em.execute('insert into mantenimiento_programacion_calendarios (schedule_id, calendar_id) select ?::int, unnest(?::int[])', [
            id,
            (0, _sql.intArray)(links.calendarIds)
        ]);
    }
}
async function createSchedule(ctx, input) {
    const p = new _errors.Problems();
    const name = (0, _validation.requiredText)(p, 'name', input.name, 200);
    const routineId = (0, _ids.parseId)(input.routineId, 'routineId');
    const startDate = (0, _validation.isoDate)(p, 'startDate', input.startDate);
    if (!startDate && !p.any) p.add('startDate', 'required', 'startDate is required.');
    const endDate = (0, _validation.isoDate)(p, 'endDate', input.endDate);
    if (startDate && endDate && endDate < startDate) p.add('endDate', 'after_start', 'endDate must not be before startDate.');
    const technicianId = (0, _ids.parseOptionalId)(input.technicianId, 'technicianId');
    const meterPointId = (0, _ids.parseOptionalId)(input.meterPointId, 'meterPointId');
    const meterEvery = (0, _metervalues.meterDecimal)(p, 'meterEvery', input.meterEvery, {
        positive: true
    });
    if (meterPointId === null !== (meterEvery === null) && !p.any) p.add('meterEvery', 'together', 'Give meterPointId and meterEvery together.');
    const links = {
        assets: parseAssets(input.assets),
        locationIds: (0, _ids.parseIds)(input.locationIds, 'locationIds', 500),
        calendarIds: (0, _ids.parseIds)(input.calendarIds, 'calendarIds', 50)
    };
    if (!links.calendarIds.length) p.add('calendarIds', 'required', 'Give at least one work calendar.');
    if (!links.assets.length && !links.locationIds.length) p.add('assets', 'required', 'Give assets or areas (locationIds).');
    p.throwIfAny();
    const technicianIds = [
        ...new Set([
            technicianId,
            ...links.assets.map((a)=>a.technicianId)
        ].filter((t)=>t !== null))
    ];
    await checkReferences(ctx.em, p, {
        routineId,
        technicianIds,
        meterPointId,
        ...links
    });
    p.throwIfAny();
    try {
        const id = await ctx.em.transactional(async (em)=>{
            const [row] = await em.execute(`insert into mantenimiento_programacion (name, routine_id, start_date, end_date, technician_id, priority, active, meter_point_id, meter_every)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id`, [
                name,
                routineId,
                startDate,
                endDate,
                technicianId,
                input.priority,
                input.active,
                meterPointId,
                meterEvery
            ]);
            await writeLinks(em, row.id, links);
            return row.id;
        });
        return await getSchedule(ctx, id);
    } catch (err) {
        return (0, _workorderwrite.mapWriteError)(err);
    }
}
async function updateSchedule(ctx, idArg, input) {
    const id = (0, _ids.parseId)(idArg);
    const current = await getSchedule(ctx, id);
    const p = new _errors.Problems();
    const set = {};
    if (input.name !== undefined && input.name !== null) set.name = (0, _validation.requiredText)(p, 'name', input.name, 200);
    if (input.endDate !== undefined) {
        set.end_date = (0, _validation.isoDate)(p, 'endDate', input.endDate);
        if (set.end_date && set.end_date < current.startDate) p.add('endDate', 'after_start', 'endDate must not be before startDate.');
    }
    if (input.technicianId !== undefined) set.technician_id = (0, _ids.parseOptionalId)(input.technicianId, 'technicianId');
    if (input.priority) set.priority = input.priority;
    if (input.active !== undefined && input.active !== null) set.active = input.active;
    if (input.meterPointId !== undefined) set.meter_point_id = (0, _ids.parseOptionalId)(input.meterPointId, 'meterPointId');
    if (input.meterEvery !== undefined) set.meter_every = (0, _metervalues.meterDecimal)(p, 'meterEvery', input.meterEvery, {
        positive: true
    });
    const meterPoint = set.meter_point_id !== undefined ? set.meter_point_id : current.meterPointId;
    const meterEvery = set.meter_every !== undefined ? set.meter_every : current.meterEvery;
    if (meterPoint === null !== (meterEvery === null) && !p.any) p.add('meterEvery', 'together', 'Give meterPointId and meterEvery together.');
    const links = {
        assets: parseAssets(input.assets),
        locationIds: input.locationIds ? (0, _ids.parseIds)(input.locationIds, 'locationIds', 500) : null,
        calendarIds: input.calendarIds ? (0, _ids.parseIds)(input.calendarIds, 'calendarIds', 50) : null
    };
    if (links.calendarIds && !links.calendarIds.length) p.add('calendarIds', 'required', 'Give at least one work calendar.');
    p.throwIfAny();
    const technicianIds = [
        set.technician_id,
        ...(links.assets ?? []).map((a)=>a.technicianId)
    ].filter((t)=>typeof t === 'number');
    await checkReferences(ctx.em, p, {
        technicianIds,
        meterPointId: set.meter_point_id,
        ...links
    });
    p.throwIfAny();
    try {
        await ctx.em.transactional(async (em)=>{
            const columns = Object.keys(set);
            await em.execute(`update mantenimiento_programacion set ${columns.map((c)=>`${c} = ?`).join(', ')}${columns.length ? ', ' : ''}updated_at = now() where id = ?`, [
                ...columns.map((c)=>set[c]),
                id
            ]);
            await writeLinks(em, id, links);
            const [left] = await em.execute(`select (select count(*)::int from mantenimiento_programacion_activos where schedule_id = ?) as assets,
           (select count(*)::int from mantenimiento_programacion_ubicaciones where schedule_id = ?) as areas`, [
                id,
                id
            ]);
            if (!left.assets && !left.areas) throw new _errors.BadUserInputError({
                field: 'assets',
                rule: 'required',
                message: 'A schedule keeps assets or areas (locationIds).'
            });
        });
        return await getSchedule(ctx, id);
    } catch (err) {
        return (0, _workorderwrite.mapWriteError)(err);
    }
}
async function deleteSchedule(ctx, idArg) {
    const id = (0, _ids.parseId)(idArg);
    try {
        const rows = await ctx.em.execute('delete from mantenimiento_programacion where id = ? returning id', [
            id
        ]);
        if (!rows.length) throw new _errors.NotFoundError('Schedule', id);
        return true;
    } catch (err) {
        return (0, _constrainterrors.mapDeleteRestricted)(err, 'Schedule', id);
    }
}
