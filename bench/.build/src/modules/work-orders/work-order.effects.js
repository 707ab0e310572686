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
    get notify () {
        return _notificationservice.notify;
    },
    get orderNotifications () {
        return orderNotifications;
    },
    get recordHistory () {
        return recordHistory;
    },
    get syncNoticeDowntime () {
        return syncNoticeDowntime;
    },
    get syncOrderDowntime () {
        return syncOrderDowntime;
    }
});
const _sql = require("../../db/sql");
const _notificationentity = require("../notifications/notification.entity");
const _notificationservice = require("../notifications/notification.service");
async function recordHistory(em, user, entries) {
    if (!entries.length) return;
    await em.execute(`insert into mantenimiento_historialestado (work_order_id, user_id, from_status, to_status, reason)
     select w, ?::int, f, t, r from unnest(?::int[], ?::work_order_status[], ?::work_order_status[], ?::text[]) as x(w, f, t, r)`, [
        user?.id ?? null,
        (0, _sql.intArray)(entries.map((e)=>e.workOrderId)),
        `{${entries.map((e)=>e.from ?? 'NULL').join(',')}}`,
        `{${entries.map((e)=>e.to).join(',')}}`,
        (0, _notificationservice.textArray)(entries.map((e)=>e.reason))
    ]);
}
const OPEN_ORDER = `wo.status in ('PENDING', 'SCHEDULED', 'IN_PROGRESS')`;
const OPEN_NOTICE = `n.status in ('OPEN', 'IN_PROCESS')`;
async function syncOrderDowntime(em, workOrderIds) {
    if (!workOrderIds.length) return;
    const ids = (0, _sql.intArray)(workOrderIds);
    await em.execute(`update mantenimiento_parada p set ended_at = greatest(p.started_at, now())
     where p.work_order_id = any(?::int[]) and p.ended_at is null and not exists (
       select 1 from mantenimiento_ordentrabajo wo join mantenimiento_ordentrabajo_activos a on a.work_order_id = wo.id
       where wo.id = p.work_order_id and a.asset_id = p.asset_id and wo.equipment_stopped and ${OPEN_ORDER})`, [
        ids
    ]);
    await em.execute(`insert into mantenimiento_parada (asset_id, work_order_id, started_at)
     select a.asset_id, wo.id, now() from mantenimiento_ordentrabajo wo
     join mantenimiento_ordentrabajo_activos a on a.work_order_id = wo.id
     where wo.id = any(?::int[]) and wo.equipment_stopped and ${OPEN_ORDER} and not exists (
       select 1 from mantenimiento_parada p where p.work_order_id = wo.id and p.asset_id = a.asset_id and p.ended_at is null)`, [
        ids
    ]);
}
async function syncNoticeDowntime(em, noticeIds) {
    if (!noticeIds.length) return;
    const ids = (0, _sql.intArray)(noticeIds);
    await em.execute(`update mantenimiento_parada p set ended_at = greatest(p.started_at, coalesce(n.stop_end, now()))
     from mantenimiento_aviso n
     where n.id = p.notice_id and p.notice_id = any(?::int[]) and p.ended_at is null
       and not (n.equipment_stopped and ${OPEN_NOTICE} and n.asset_id is not distinct from p.asset_id)`, [
        ids
    ]);
    await em.execute(`insert into mantenimiento_parada (asset_id, notice_id, started_at)
     select n.asset_id, n.id, coalesce(n.stop_start, now()) from mantenimiento_aviso n
     where n.id = any(?::int[]) and n.asset_id is not null and n.equipment_stopped and ${OPEN_NOTICE} and not exists (
       select 1 from mantenimiento_parada p where p.notice_id = n.id and p.asset_id = n.asset_id and p.ended_at is null)`, [
        ids
    ]);
}
function orderNotifications(actor, order, event) {
    const text = {
        assigned: [
            `Work order ${order.code} was assigned to you: ${order.shortDescription}`,
            _notificationentity.NotificationKind.INFO
        ],
        supervising: [
            `You supervise work order ${order.code}: ${order.shortDescription}`,
            _notificationentity.NotificationKind.INFO
        ],
        started: [
            `Work order ${order.code} was started: ${order.shortDescription}`,
            _notificationentity.NotificationKind.INFO
        ],
        completed: [
            `Work order ${order.code} was completed: ${order.shortDescription}`,
            _notificationentity.NotificationKind.SUCCESS
        ]
    };
    const recipients = event === 'assigned' ? [
        order.technicianId
    ] : event === 'supervising' ? [
        order.supervisorId
    ] : [
        order.technicianId,
        order.supervisorId
    ];
    const [message, kind] = text[event];
    return [
        ...new Set(recipients)
    ].filter((u)=>u !== null && u !== actor?.id).map((userId)=>({
            userId,
            message,
            kind,
            workOrderId: order.id
        }));
}
