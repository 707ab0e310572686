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
    get lockSchedule () {
        return lockSchedule;
    },
    get writePlannedOrders () {
        return writePlannedOrders;
    }
});
const _sql = require("../../db/sql");
const _notificationentity = require("../notifications/notification.entity");
const _notificationservice = require("../notifications/notification.service");
const _workordereffects = require("../work-orders/work-order.effects");
const _workordercode = require("../work-orders/work-order-code");
const _workorderenums = require("../work-orders/work-order.enums");
// Writes planned orders in a handful of statements per batch (ids from the sequence,
// multi-row inserts through unnest). Runs of one schedule are serialised by a
// transaction-level advisory lock, and the pairs are checked again under it, so two
// runs racing create each order once; the UNIQUE link constraint is the last guard.
const LOCK_CLASS = 46_001;
async function lockSchedule(em, scheduleId) {
    await em.execute('select pg_advisory_xact_lock(?, ?)', [
        LOCK_CLASS,
        scheduleId
    ]);
}
async function writePlannedOrders(em, actor, schedule, planned, trigger = 'CALENDAR') {
    const result = {
        ordersCreated: 0,
        assetCyclesCreated: 0,
        assetCyclesExisting: 0,
        workOrderIds: []
    };
    if (!planned.length) return result;
    await lockSchedule(em, schedule.id);
    const cycles = [
        ...new Set(planned.map((o)=>o.cycleDate))
    ];
    const taken = await em.execute(`select cycle_date::text || '|' || asset_id as k from mantenimiento_programacion_orden
     where schedule_id = ? and cycle_date = any(?::date[])`, [
        schedule.id,
        `{${cycles.join(',')}}`
    ]);
    const takenSet = new Set(taken.map((r)=>r.k));
    const orders = [];
    for (const o of planned){
        const assetIds = o.assetIds.filter((a)=>!takenSet.has(`${o.cycleDate}|${a}`));
        result.assetCyclesExisting += o.assetIds.length - assetIds.length;
        if (assetIds.length) orders.push({
            ...o,
            assetIds
        });
    }
    if (!orders.length) return result;
    const idRows = await em.execute(`select nextval(pg_get_serial_sequence('mantenimiento_ordentrabajo', 'id')) as id from generate_series(1, ?)`, [
        orders.length
    ]);
    const ids = idRows.map((r)=>Number(r.id));
    const codes = await Promise.all(ids.map((id)=>(0, _workordercode.workOrderCode)(em, id, _workorderenums.WorkOrderType.PREVENTIVE)));
    const title = `${schedule.routine_code} ${schedule.routine_name}`.slice(0, 200);
    const status = _workorderenums.WorkOrderStatus.SCHEDULED;
    await em.execute(`insert into mantenimiento_ordentrabajo (id, code, type, priority, status, routine_id, technician_id, location_id,
       scheduled_start, scheduled_end, short_description, description, created_by_id)
     select x.id, x.code, 'PREVENTIVE', ?::work_order_priority, ?::work_order_status, ?::int, x.tech, x.loc, x.s, x.e, ?, x.descr, ?::int
     from unnest(?::int[], ?::text[], ?::int[], ?::int[], ?::timestamptz[], ?::timestamptz[], ?::text[]) as x(id, code, tech, loc, s, e, descr)`, [
        schedule.priority,
        status,
        schedule.routine_id,
        title,
        actor?.id ?? null,
        (0, _sql.intArray)(ids),
        (0, _notificationservice.textArray)(codes),
        `{${orders.map((o)=>o.technicianId ?? 'NULL').join(',')}}`,
        (0, _sql.intArray)(orders.map((o)=>o.locationId)),
        `{${orders.map((o)=>o.start.toISOString()).join(',')}}`,
        `{${orders.map((o)=>o.end.toISOString()).join(',')}}`,
        (0, _notificationservice.textArray)(orders.map((o)=>`Schedule "${schedule.name}" (#${schedule.id}), cycle ${o.cycleDate}.`))
    ]);
    const linkOrder = [];
    const linkAsset = [];
    const linkCycle = [];
    orders.forEach((o, i)=>{
        for (const a of o.assetIds){
            linkOrder.push(ids[i]);
            linkAsset.push(a);
            linkCycle.push(o.cycleDate);
        }
    });
    await em.execute(`insert into mantenimiento_ordentrabajo_activos (work_order_id, asset_id) select * from unnest(?::int[], ?::int[])`, [
        (0, _sql.intArray)(linkOrder),
        (0, _sql.intArray)(linkAsset)
    ]);
    await em.execute(`insert into mantenimiento_programacion_orden (schedule_id, cycle_date, asset_id, work_order_id, trigger)
     select ?::int, c, a, w, ? from unnest(?::date[], ?::int[], ?::int[]) as x(c, a, w)`, [
        schedule.id,
        trigger,
        `{${linkCycle.join(',')}}`,
        (0, _sql.intArray)(linkAsset),
        (0, _sql.intArray)(linkOrder)
    ]);
    await (0, _workordereffects.recordHistory)(em, actor, ids.map((id)=>({
            workOrderId: id,
            from: null,
            to: status,
            reason: `Generated by schedule #${schedule.id}`
        })));
    // One message per technician, not one per order.
    const perTechnician = new Map();
    for (const o of orders)if (o.technicianId !== null && o.technicianId !== actor?.id) perTechnician.set(o.technicianId, (perTechnician.get(o.technicianId) ?? 0) + 1);
    await (0, _notificationservice.notify)(em, [
        ...perTechnician
    ].map(([userId, n])=>({
            userId,
            kind: _notificationentity.NotificationKind.INFO,
            message: `${n} preventive work order${n === 1 ? '' : 's'} of schedule "${schedule.name}" ${n === 1 ? 'was' : 'were'} assigned to you.`,
            workOrderId: n === 1 ? ids[orders.findIndex((o)=>o.technicianId === userId)] : null
        })));
    result.ordersCreated = orders.length;
    result.assetCyclesCreated = linkAsset.length;
    result.workOrderIds = ids;
    return result;
}
