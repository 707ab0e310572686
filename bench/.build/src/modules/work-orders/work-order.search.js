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
    get likePattern () {
        return likePattern;
    },
    get searchWorkOrders () {
        return searchWorkOrders;
    },
    get workOrderWhere () {
        return workOrderWhere;
    }
});
const _tree = require("../../db/tree");
const _errors = require("../../errors");
const _ids = require("../../graphql/ids");
const _pagination = require("../../graphql/pagination");
const _workorderenums = require("./work-order.enums");
const _workorderinputs = require("./work-order.inputs");
const _workorderrows = require("./work-order.rows");
function likePattern(q) {
    return `%${q.replace(/[\\%_]/g, (c)=>`\\${c}`)}%`;
}
function workOrderWhere(filter) {
    const w = {
        sql: [],
        params: []
    };
    if (!filter) return w;
    const q = filter.q?.trim();
    if (q) {
        if (q.length > 200) throw new _errors.BadUserInputError({
            field: 'filter.q',
            rule: 'max_length',
            message: 'filter.q must be at most 200 characters.'
        });
        const like = likePattern(q);
        w.sql.push(`(wo.code ilike ? or wo.short_description ilike ? or wo.description ilike ?
      or exists (select 1 from activos_ubicacion l where l.id = wo.location_id and l.name ilike ?)
      or exists (select 1 from mantenimiento_ordentrabajo_activos x join activos_activo a on a.id = x.asset_id
                 where x.work_order_id = wo.id and a.name ilike ?))`);
        w.params.push(like, like, like, like, like);
    }
    if (filter.status?.length) {
        w.sql.push('wo.status = any(?::work_order_status[])');
        w.params.push(`{${filter.status.join(',')}}`);
    }
    if (filter.type) {
        w.sql.push('wo.type = ?');
        w.params.push(filter.type);
    }
    if (filter.priority?.length) {
        w.sql.push('wo.priority = any(?::work_order_priority[])');
        w.params.push(`{${filter.priority.join(',')}}`);
    }
    if (filter.scheduledFrom) {
        w.sql.push('wo.scheduled_start >= ?');
        w.params.push(filter.scheduledFrom);
    }
    if (filter.scheduledTo) {
        w.sql.push('wo.scheduled_start < ?');
        w.params.push(filter.scheduledTo);
    }
    const assetId = (0, _ids.parseOptionalId)(filter.assetId, 'filter.assetId');
    if (assetId) {
        w.sql.push('exists (select 1 from mantenimiento_ordentrabajo_activos x where x.work_order_id = wo.id and x.asset_id = ?)');
        w.params.push(assetId);
    }
    const locationId = (0, _ids.parseOptionalId)(filter.locationId, 'filter.locationId');
    if (locationId) {
        w.sql.push(`wo.location_id in ${(0, _tree.subtreeIdsSql)('activos_ubicacion')}`);
        w.params.push(locationId);
    }
    const technicianId = (0, _ids.parseOptionalId)(filter.technicianId, 'filter.technicianId');
    if (technicianId) {
        w.sql.push('wo.technician_id = ?');
        w.params.push(technicianId);
    }
    return w;
}
const PRIORITIES = new Set(Object.values(_workorderenums.Priority));
function badCursor() {
    throw new _errors.BadUserInputError({
        field: 'after',
        rule: 'cursor',
        message: 'after is not a cursor returned by this list.'
    });
}
/** `(scheduled_start nulls last, id) > (start, id)` for a cursor whose start may be null. */ function afterStart(start, id, params) {
    if (typeof id !== 'number') badCursor();
    if (start === null) {
        params.push(id);
        return '(wo.scheduled_start is null and wo.id > ?)';
    }
    if (typeof start !== 'string' || Number.isNaN(Date.parse(start))) badCursor();
    params.push(start, start, id);
    return '(wo.scheduled_start is null or wo.scheduled_start > ?::timestamptz or (wo.scheduled_start = ?::timestamptz and wo.id > ?))';
}
async function searchWorkOrders(ctx, args) {
    const first = (0, _pagination.checkPageSize)(args.first);
    const byPriority = args.orderBy === _workorderinputs.WorkOrderOrder.PRIORITY;
    const cursor = (0, _pagination.decodeCursor)(args.after, byPriority ? 3 : 2);
    const { sql, params } = workOrderWhere(args.filter);
    if (cursor && byPriority) {
        const [priority, start, id] = cursor;
        if (typeof priority !== 'string' || !PRIORITIES.has(priority)) badCursor();
        const rest = [];
        const tail = afterStart(start, id, rest);
        sql.push(`(wo.priority < ?::work_order_priority or (wo.priority = ?::work_order_priority and ${tail}))`);
        params.push(priority, priority, ...rest);
    } else if (cursor) {
        sql.push(afterStart(cursor[0], cursor[1], params));
    }
    const order = byPriority ? 'wo.priority desc, wo.scheduled_start asc nulls last, wo.id asc' : 'wo.scheduled_start asc nulls last, wo.id asc';
    const rows = await ctx.em.execute(`select ${_workorderrows.WORK_ORDER_COLUMNS} from mantenimiento_ordentrabajo wo
     ${sql.length ? `where ${sql.join(' and ')}` : ''}
     order by ${order} limit ?`, [
        ...params,
        first + 1
    ]);
    // The driver's text keeps microseconds, so the key compares exactly.
    const startKey = (r)=>r.scheduled_start === null ? null : typeof r.scheduled_start === 'string' ? r.scheduled_start : r.scheduled_start.toISOString();
    return (0, _pagination.toConnection)(rows, first, (r)=>byPriority ? [
            r.priority,
            startKey(r),
            r.id
        ] : [
            startKey(r),
            r.id
        ], _workorderrows.toWorkOrder);
}
