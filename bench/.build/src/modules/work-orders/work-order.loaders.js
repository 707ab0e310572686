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
    get workOrderAssets () {
        return workOrderAssets;
    },
    get workOrderChecklist () {
        return workOrderChecklist;
    },
    get workOrderClosure () {
        return workOrderClosure;
    },
    get workOrderCrew () {
        return workOrderCrew;
    },
    get workOrderHistory () {
        return workOrderHistory;
    }
});
const _sql = require("../../db/sql");
const _loaders = require("../../graphql/loaders");
const _assetsearchsql = require("../assets/asset-search.sql");
const _assetloaders = require("../assets/asset.loaders");
const _userentity = require("../auth/user.entity");
const _checklistanswerentity = require("./checklist-answer.entity");
const _workorderclosureentity = require("./work-order-closure.entity");
const _workorderrows = require("./work-order.rows");
const _statuschangeentity = require("./status-change.entity");
function workOrderAssets(ctx) {
    return ctx.loaders.get('maintenance.workOrder.assets', async (ids)=>{
        const rows = await ctx.em.execute(`select x.work_order_id, ${_assetsearchsql.ASSET_COLUMNS} from mantenimiento_ordentrabajo_activos x
       join activos_activo a on a.id = x.asset_id where x.work_order_id = any(?::int[]) order by x.work_order_id, a.name, a.id`, [
            (0, _sql.intArray)(ids)
        ]);
        return (0, _loaders.groupBy)(ids, rows, (r)=>r.work_order_id).map((list)=>list.map(_assetloaders.toAsset));
    });
}
function workOrderCrew(ctx) {
    return ctx.loaders.get('maintenance.workOrder.crew', async (ids)=>{
        const rows = await ctx.em.execute(`select c.work_order_id, u.id, u.username, u.first_name, u.last_name, u.email, u.is_staff, u.is_active, u.is_superuser, u.date_joined, u.last_login
       from mantenimiento_ordentrabajo_crew c join auth_user u on u.id = c.user_id
       where c.work_order_id = any(?::int[]) order by c.work_order_id, u.username`, [
            (0, _sql.intArray)(ids)
        ]);
        return (0, _loaders.groupBy)(ids, rows, (r)=>r.work_order_id).map((list)=>list.map((r)=>Object.assign(new _userentity.User(), {
                    id: r.id,
                    username: r.username,
                    firstName: r.first_name,
                    lastName: r.last_name,
                    email: r.email,
                    isStaff: r.is_staff,
                    isActive: r.is_active,
                    isSuperuser: r.is_superuser,
                    dateJoined: (0, _workorderrows.toDate)(r.date_joined),
                    lastLogin: (0, _workorderrows.toDate)(r.last_login)
                })));
    });
}
function workOrderClosure(ctx) {
    return ctx.loaders.get('maintenance.workOrder.closure', async (ids)=>{
        const rows = await ctx.em.execute(`select id, work_order_id, actual_start, actual_end, man_hours::text as man_hours, comments, materials, closed_by_id, closed_at
       from mantenimiento_cierreordentrabajo where work_order_id = any(?::int[])`, [
            (0, _sql.intArray)(ids)
        ]);
        const byOrder = new Map(rows.map((r)=>[
                r.work_order_id,
                Object.assign(new _workorderclosureentity.WorkOrderClosure(), {
                    id: r.id,
                    actualStart: (0, _workorderrows.toDate)(r.actual_start),
                    actualEnd: (0, _workorderrows.toDate)(r.actual_end),
                    manHours: r.man_hours,
                    comments: r.comments,
                    materials: r.materials,
                    closedAt: (0, _workorderrows.toDate)(r.closed_at),
                    closedById: r.closed_by_id
                })
            ]));
        return ids.map((id)=>byOrder.get(id) ?? null);
    });
}
function workOrderChecklist(ctx) {
    return ctx.loaders.get('maintenance.workOrder.checklist', async (ids)=>{
        const rows = await ctx.em.execute(`select r.id, r.work_order_id, r.step_id, r.checked, r.number_value::text as number_value, r.text_value, r.comment, r.answered_by_id, r.answered_at
       from mantenimiento_respuestapaso r join mantenimiento_pasorutina s on s.id = r.step_id
       where r.work_order_id = any(?::int[]) order by r.work_order_id, s.sort_order`, [
            (0, _sql.intArray)(ids)
        ]);
        return (0, _loaders.groupBy)(ids, rows, (r)=>r.work_order_id).map((list)=>list.map((r)=>Object.assign(new _checklistanswerentity.ChecklistAnswer(), {
                    id: r.id,
                    stepId: r.step_id,
                    checked: r.checked,
                    numberValue: r.number_value,
                    textValue: r.text_value,
                    comment: r.comment,
                    answeredById: r.answered_by_id,
                    answeredAt: (0, _workorderrows.toDate)(r.answered_at)
                })));
    });
}
function workOrderHistory(ctx) {
    return ctx.loaders.get('maintenance.workOrder.history', async (ids)=>{
        const rows = await ctx.em.execute(`select id, work_order_id, user_id, at, from_status, to_status, reason from mantenimiento_historialestado
       where work_order_id = any(?::int[]) order by work_order_id, at, id`, [
            (0, _sql.intArray)(ids)
        ]);
        return (0, _loaders.groupBy)(ids, rows, (r)=>r.work_order_id).map((list)=>list.map((r)=>Object.assign(new _statuschangeentity.WorkOrderStatusChange(), {
                    id: r.id,
                    userId: r.user_id,
                    at: (0, _workorderrows.toDate)(r.at),
                    fromStatus: r.from_status,
                    toStatus: r.to_status,
                    reason: r.reason
                })));
    });
}
