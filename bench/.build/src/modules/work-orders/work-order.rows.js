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
    get WORK_ORDER_COLUMNS () {
        return WORK_ORDER_COLUMNS;
    },
    get lockWorkOrders () {
        return lockWorkOrders;
    },
    get readWorkOrder () {
        return readWorkOrder;
    },
    get readWorkOrders () {
        return readWorkOrders;
    },
    get stub () {
        return stub;
    },
    get toDate () {
        return toDate;
    },
    get toWorkOrder () {
        return toWorkOrder;
    },
    get workOrderById () {
        return workOrderById;
    }
});
const _sql = require("../../db/sql");
const _errors = require("../../errors");
const _workorderentity = require("./work-order.entity");
const WORK_ORDER_COLUMNS = `wo.id, wo.code, wo.type, wo.priority, wo.status, wo.routine_id, wo.notice_id,
  wo.technician_id, wo.supervisor_id, wo.location_id, wo.scheduled_start, wo.scheduled_end, wo.started_at,
  wo.short_description, wo.description, wo.notes, wo.equipment_stopped, wo.version, wo.created_at, wo.updated_at,
  wo.created_by_id`;
function toDate(v) {
    if (v === null) return null;
    return v instanceof Date ? v : new Date(v);
}
function stub(id) {
    return id === null ? null : {
        id
    };
}
function toWorkOrder(r) {
    return Object.assign(new _workorderentity.WorkOrder(), {
        id: r.id,
        code: r.code,
        type: r.type,
        priority: r.priority,
        status: r.status,
        scheduledStart: toDate(r.scheduled_start),
        scheduledEnd: toDate(r.scheduled_end),
        startedAt: toDate(r.started_at),
        shortDescription: r.short_description,
        description: r.description,
        notes: r.notes,
        equipmentStopped: r.equipment_stopped,
        version: r.version,
        createdAt: toDate(r.created_at),
        updatedAt: toDate(r.updated_at),
        routineId: r.routine_id,
        noticeId: r.notice_id,
        technicianId: r.technician_id,
        supervisorId: r.supervisor_id,
        locationId: r.location_id,
        createdById: r.created_by_id
    });
}
function workOrderById(ctx) {
    return ctx.loaders.get('maintenance.workOrder.byId', async (ids)=>{
        const rows = await ctx.em.execute(`select ${WORK_ORDER_COLUMNS} from mantenimiento_ordentrabajo wo where wo.id = any(?::int[])`, [
            (0, _sql.intArray)(ids)
        ]);
        const byId = new Map(rows.map((r)=>[
                r.id,
                toWorkOrder(r)
            ]));
        return ids.map((id)=>byId.get(id) ?? null);
    });
}
async function readWorkOrder(em, id) {
    const rows = await em.execute(`select ${WORK_ORDER_COLUMNS} from mantenimiento_ordentrabajo wo where wo.id = ?`, [
        id
    ]);
    if (!rows[0]) throw new _errors.NotFoundError('WorkOrder', id);
    return toWorkOrder(rows[0]);
}
async function readWorkOrders(em, ids) {
    if (!ids.length) return [];
    const rows = await em.execute(`select ${WORK_ORDER_COLUMNS} from mantenimiento_ordentrabajo wo where wo.id = any(?::int[])`, [
        (0, _sql.intArray)(ids)
    ]);
    const byId = new Map(rows.map((r)=>[
            r.id,
            toWorkOrder(r)
        ]));
    return ids.map((id)=>byId.get(id)).filter((w)=>w !== undefined);
}
async function lockWorkOrders(em, ids) {
    if (!ids.length) return new Map();
    const rows = await em.execute(`select ${WORK_ORDER_COLUMNS} from mantenimiento_ordentrabajo wo where wo.id = any(?::int[]) order by wo.id for update`, [
        (0, _sql.intArray)(ids)
    ]);
    return new Map(rows.map((r)=>[
            r.id,
            r
        ]));
}
