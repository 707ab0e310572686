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
    get NOTICE_COLUMNS () {
        return NOTICE_COLUMNS;
    },
    get noticeById () {
        return noticeById;
    },
    get noticeWorkOrderId () {
        return noticeWorkOrderId;
    },
    get toNotice () {
        return toNotice;
    }
});
const _sql = require("../../db/sql");
const _workorderrows = require("../work-orders/work-order.rows");
const _noticeentity = require("./notice.entity");
const NOTICE_COLUMNS = `n.id, n.asset_id, n.location_id, n.description, n.priority, n.type, n.status, n.requester_id,
  n.responsible_id, n.equipment_stopped, n.stop_start, n.stop_end, n.diagnosis, n.actions, n.closed_at, n.closed_by_id,
  n.created_at, n.updated_at`;
function toNotice(r) {
    return Object.assign(new _noticeentity.Notice(), {
        id: r.id,
        description: r.description,
        priority: r.priority,
        type: r.type,
        status: r.status,
        equipmentStopped: r.equipment_stopped,
        stopStart: (0, _workorderrows.toDate)(r.stop_start),
        stopEnd: (0, _workorderrows.toDate)(r.stop_end),
        diagnosis: r.diagnosis,
        actions: r.actions,
        closedAt: (0, _workorderrows.toDate)(r.closed_at),
        createdAt: (0, _workorderrows.toDate)(r.created_at),
        updatedAt: (0, _workorderrows.toDate)(r.updated_at),
        assetId: r.asset_id,
        locationId: r.location_id,
        requesterId: r.requester_id,
        responsibleId: r.responsible_id,
        closedById: r.closed_by_id
    });
}
function noticeById(ctx) {
    return ctx.loaders.get('maintenance.notice.byId', async (ids)=>{
        const rows = await ctx.em.execute(`select ${NOTICE_COLUMNS} from mantenimiento_aviso n where n.id = any(?::int[])`, [
            (0, _sql.intArray)(ids)
        ]);
        const byId = new Map(rows.map((r)=>[
                r.id,
                toNotice(r)
            ]));
        return ids.map((id)=>byId.get(id) ?? null);
    });
}
function noticeWorkOrderId(ctx) {
    return ctx.loaders.get('maintenance.notice.workOrderId', async (ids)=>{
        const rows = await ctx.em.execute(`select notice_id, id from mantenimiento_ordentrabajo where notice_id = any(?::int[]) and status <> 'CANCELLED'`, [
            (0, _sql.intArray)(ids)
        ]);
        const byId = new Map(rows.map((r)=>[
                r.notice_id,
                r.id
            ]));
        return ids.map((id)=>byId.get(id) ?? null);
    });
}
