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
    get markRead () {
        return markRead;
    },
    get myNotifications () {
        return myNotifications;
    },
    get notify () {
        return notify;
    },
    get textArray () {
        return textArray;
    },
    get unreadCount () {
        return unreadCount;
    }
});
const _sql = require("../../db/sql");
const _errors = require("../../errors");
const _pagination = require("../../graphql/pagination");
const _ids = require("../../graphql/ids");
const _workorderrows = require("../work-orders/work-order.rows");
const _notificationentity = require("./notification.entity");
async function notify(em, list) {
    if (!list.length) return;
    await em.execute(`insert into mantenimiento_notificacion (user_id, message, kind, work_order_id)
     select * from unnest(?::int[], ?::text[], ?::notification_kind[], ?::int[])`, [
        (0, _sql.intArray)(list.map((n)=>n.userId)),
        textArray(list.map((n)=>n.message.slice(0, 500))),
        `{${list.map((n)=>n.kind).join(',')}}`,
        `{${list.map((n)=>n.workOrderId ? String(n.workOrderId) : 'NULL').join(',')}}`
    ]);
}
function textArray(values) {
    return `{${values.map((v)=>`"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}
async function myNotifications(ctx, args) {
    const first = (0, _pagination.checkPageSize)(args.first);
    const cursor = (0, _pagination.decodeCursor)(args.after, 1);
    const params = [
        ctx.user.id
    ];
    let where = 'n.user_id = ?';
    if (args.unreadOnly) where += ' and not n.read';
    if (cursor) {
        if (typeof cursor[0] !== 'number') throw new _errors.BadUserInputError({
            field: 'after',
            rule: 'cursor',
            message: 'after is not a cursor returned by this list.'
        });
        where += ' and n.id < ?';
        params.push(cursor[0]);
    }
    params.push(first + 1);
    const rows = await ctx.em.execute(`select n.id, n.message, n.kind, n.read, n.work_order_id, wo.code as work_order_code, n.created_at
     from mantenimiento_notificacion n left join mantenimiento_ordentrabajo wo on wo.id = n.work_order_id
     where ${where} order by n.id desc limit ?`, params);
    return (0, _pagination.toConnection)(rows, first, (r)=>[
            r.id
        ], (r)=>Object.assign(new _notificationentity.Notification(), {
            id: r.id,
            message: r.message,
            kind: r.kind,
            read: r.read,
            workOrderId: r.work_order_id,
            workOrderCode: r.work_order_code,
            createdAt: (0, _workorderrows.toDate)(r.created_at)
        }));
}
async function unreadCount(ctx) {
    const rows = await ctx.em.execute('select count(*)::int as n from mantenimiento_notificacion where user_id = ? and not read', [
        ctx.user.id
    ]);
    return rows[0]?.n ?? 0;
}
async function markRead(ctx, ids, all) {
    if (!all && !ids?.length) {
        throw new _errors.BadUserInputError({
            field: 'ids',
            rule: 'required',
            message: 'Give the ids to mark read, or all: true.'
        });
    }
    const params = [
        ctx.user.id
    ];
    let where = 'user_id = ? and not read';
    if (!all) {
        where += ' and id = any(?::int[])';
        params.push((0, _sql.intArray)((0, _ids.parseIds)(ids, 'ids')));
    }
    const rows = await ctx.em.execute(`update mantenimiento_notificacion set read = true where ${where} returning id`, params);
    return rows.length;
}
