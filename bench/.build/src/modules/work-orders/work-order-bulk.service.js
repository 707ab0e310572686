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
    get deleteWorkOrders () {
        return deleteWorkOrders;
    },
    get mergeWorkOrders () {
        return mergeWorkOrders;
    },
    get rescheduleWorkOrders () {
        return rescheduleWorkOrders;
    },
    get splitWorkOrder () {
        return splitWorkOrder;
    }
});
const _sql = require("../../db/sql");
const _errors = require("../../errors");
const _ids = require("../../graphql/ids");
const _validation = require("../../graphql/validation");
const _workordereffects = require("./work-order.effects");
const _workordercode = require("./work-order-code");
const _workorderenums = require("./work-order.enums");
const _workorderrows = require("./work-order.rows");
const _workorderstatus = require("./work-order-status");
const _workorderwrite = require("./work-order.write");
// Operations on several orders at once. Each runs in one transaction with the orders
// locked in id order; orders that cannot take part are reported, never skipped silently.
const MAX_BULK = 500;
const MOVABLE = [
    _workorderenums.WorkOrderStatus.PENDING,
    _workorderenums.WorkOrderStatus.SCHEDULED
];
function refusal(id, row, reason) {
    return {
        id,
        code: row?.code ?? null,
        status: row?.status ?? null,
        reason
    };
}
function validTimeZone(tz) {
    try {
        new Intl.DateTimeFormat('en', {
            timeZone: tz
        });
        return true;
    } catch  {
        return false;
    }
}
async function rescheduleWorkOrders(ctx, idArgs, dateArg, reasonArg, timeZone) {
    const ids = (0, _ids.parseIds)(idArgs, 'ids', MAX_BULK);
    const p = new _errors.Problems();
    if (!ids.length) p.add('ids', 'required', 'Give at least one work order id.');
    const date = (0, _validation.isoDate)(p, 'date', dateArg);
    if (!date && !p.any) p.add('date', 'required', 'date is required.');
    const reason = (0, _validation.requiredText)(p, 'reason', reasonArg, 1000);
    if (!validTimeZone(timeZone)) p.add('timeZone', 'time_zone', `timeZone "${timeZone.slice(0, 60)}" is not an IANA time zone such as Europe/Madrid.`);
    p.throwIfAny();
    const { moved, notMoved } = await ctx.em.transactional(async (em)=>{
        const rows = await (0, _workorderrows.lockWorkOrders)(em, ids);
        const notMoved = [];
        const movable = [];
        for (const id of ids){
            const row = rows.get(id);
            if (!row) notMoved.push(refusal(id, row, `Work order ${id} does not exist.`));
            else if (!MOVABLE.includes(row.status)) notMoved.push(refusal(id, row, `${row.code} is ${row.status}; only PENDING or SCHEDULED orders can be rescheduled.`));
            else if (row.scheduled_start === null) notMoved.push(refusal(id, row, `${row.code} has no scheduled start to move.`));
            else movable.push(id);
        }
        if (movable.length) {
            const changed = await em.execute(`with moved as (
           select wo.id, wo.scheduled_start as old_start,
             ((?::date + (wo.scheduled_start at time zone ?)::time) at time zone ?) as new_start
           from mantenimiento_ordentrabajo wo where wo.id = any(?::int[])
         )
         update mantenimiento_ordentrabajo wo set
           scheduled_start = m.new_start,
           scheduled_end = m.new_start + (wo.scheduled_end - wo.scheduled_start),
           version = wo.version + 1, updated_at = now()
         from moved m where m.id = wo.id
         returning wo.id, wo.status, m.old_start, m.new_start`, [
                date,
                timeZone,
                timeZone,
                (0, _sql.intArray)(movable)
            ]);
            await (0, _workordereffects.recordHistory)(em, ctx.user, changed.map((c)=>({
                    workOrderId: c.id,
                    from: c.status,
                    to: c.status,
                    reason: `Rescheduled from ${new Date(c.old_start).toISOString()} to ${new Date(c.new_start).toISOString()}: ${reason}`
                })));
        }
        return {
            moved: movable,
            notMoved
        };
    });
    return {
        moved: await (0, _workorderrows.readWorkOrders)(ctx.em, moved),
        notMoved
    };
}
async function splitWorkOrder(ctx, idArg, assetIdArg, version) {
    const id = (0, _ids.parseId)(idArg);
    const assetId = (0, _ids.parseId)(assetIdArg, 'assetId');
    try {
        const newId = await ctx.em.transactional(async (em)=>{
            const row = await (0, _workorderwrite.lockForChange)(em, id, version);
            if ((0, _workorderstatus.isFinal)(row.status)) {
                throw new _errors.BadUserInputError({
                    field: 'id',
                    rule: 'final',
                    message: `Work order ${row.code} is ${row.status} and cannot be split.`
                });
            }
            const assets = (await em.execute('select asset_id from mantenimiento_ordentrabajo_activos where work_order_id = ?', [
                id
            ])).map((r)=>r.asset_id);
            const p = new _errors.Problems();
            if (!assets.includes(assetId)) p.add('assetId', 'not_in_order', `Asset ${assetId} is not on work order ${row.code}.`);
            else if (assets.length < 2) p.add('assetId', 'min_assets', `Work order ${row.code} has only one asset; there is nothing to split.`);
            p.throwIfAny();
            const newId = await (0, _workordercode.nextWorkOrderId)(em);
            const code = await (0, _workordercode.workOrderCode)(em, newId, row.type);
            const status = row.technician_id !== null || row.scheduled_start !== null ? _workorderenums.WorkOrderStatus.SCHEDULED : _workorderenums.WorkOrderStatus.PENDING;
            await em.execute(`insert into mantenimiento_ordentrabajo (id, code, type, priority, status, routine_id, technician_id, supervisor_id,
           location_id, scheduled_start, scheduled_end, short_description, description, notes, equipment_stopped, created_by_id)
         select ?, ?, type, priority, ?, routine_id, technician_id, supervisor_id, location_id, scheduled_start, scheduled_end,
           short_description, description, notes, equipment_stopped, ? from mantenimiento_ordentrabajo where id = ?`, [
                newId,
                code,
                status,
                ctx.user?.id ?? null,
                id
            ]);
            await em.execute('insert into mantenimiento_ordentrabajo_crew (work_order_id, user_id) select ?, user_id from mantenimiento_ordentrabajo_crew where work_order_id = ?', [
                newId,
                id
            ]);
            await em.execute('update mantenimiento_ordentrabajo_activos set work_order_id = ? where work_order_id = ? and asset_id = ?', [
                newId,
                id,
                assetId
            ]);
            await em.execute('update mantenimiento_ordentrabajo set version = version + 1, updated_at = now() where id = ?', [
                id
            ]);
            await (0, _workordereffects.recordHistory)(em, ctx.user, [
                {
                    workOrderId: id,
                    from: row.status,
                    to: row.status,
                    reason: `Asset ${assetId} split into ${code}`
                },
                {
                    workOrderId: newId,
                    from: null,
                    to: status,
                    reason: `Split from ${row.code}`
                }
            ]);
            await (0, _workordereffects.syncOrderDowntime)(em, [
                id,
                newId
            ]);
            await (0, _workordereffects.notify)(em, (0, _workordereffects.orderNotifications)(ctx.user, {
                id: newId,
                code,
                shortDescription: row.short_description,
                technicianId: row.technician_id,
                supervisorId: null
            }, 'assigned'));
            return newId;
        });
        return {
            original: await (0, _workorderrows.readWorkOrder)(ctx.em, id),
            created: await (0, _workorderrows.readWorkOrder)(ctx.em, newId)
        };
    } catch (err) {
        return (0, _workorderwrite.mapWriteError)(err);
    }
}
async function mergeWorkOrders(ctx, idArgs) {
    const ids = (0, _ids.parseIds)(idArgs, 'ids', MAX_BULK);
    if (ids.length < 2) throw new _errors.BadUserInputError({
        field: 'ids',
        rule: 'min_items',
        message: 'Give at least two different work orders to merge.'
    });
    const [targetId, ...others] = ids;
    try {
        await ctx.em.transactional(async (em)=>{
            const rows = await (0, _workorderrows.lockWorkOrders)(em, ids);
            const missing = ids.filter((id)=>!rows.has(id));
            if (missing.length) throw new _errors.NotFoundError('WorkOrder', missing.join(', '), 'ids');
            const target = rows.get(targetId);
            const list = ids.map((id)=>rows.get(id));
            const p = new _errors.Problems();
            const finals = list.filter((r)=>(0, _workorderstatus.isFinal)(r.status));
            if (finals.length) p.add('ids', 'final', `Final orders cannot be merged: ${finals.map((r)=>`${r.code} (${r.status})`).join(', ')}.`);
            const otherRoutine = list.filter((r)=>r.routine_id !== target.routine_id);
            if (otherRoutine.length) p.add('ids', 'same_routine', `All orders must have the routine of ${target.code}; ${otherRoutine.map((r)=>r.code).join(', ')} differ.`);
            const otherLocation = list.filter((r)=>r.location_id !== target.location_id);
            if (otherLocation.length) p.add('ids', 'same_location', `All orders must have the location of ${target.code}; ${otherLocation.map((r)=>r.code).join(', ')} differ.`);
            const notices = [
                ...new Set(list.map((r)=>r.notice_id).filter((n)=>n !== null))
            ];
            if (notices.length > 1) p.add('ids', 'one_notice', 'Orders made from different notices cannot be merged.');
            p.throwIfAny();
            const otherIds = (0, _sql.intArray)(others);
            await em.execute(`insert into mantenimiento_ordentrabajo_activos (work_order_id, asset_id)
         select distinct ?::int, asset_id from mantenimiento_ordentrabajo_activos where work_order_id = any(?::int[]) on conflict do nothing`, [
                targetId,
                otherIds
            ]);
            await em.execute(`insert into mantenimiento_ordentrabajo_crew (work_order_id, user_id)
         select distinct ?::int, user_id from mantenimiento_ordentrabajo_crew where work_order_id = any(?::int[]) on conflict do nothing`, [
                targetId,
                otherIds
            ]);
            const note = `Merged into ${target.code}.`;
            await em.execute(`update mantenimiento_ordentrabajo set status = 'CANCELLED', notes = case when notes = '' then ? else notes || E'\\n' || ? end,
           version = version + 1, updated_at = now() where id = any(?::int[])`, [
                note,
                note,
                otherIds
            ]);
            // The notice moves with the work (the cancelled order no longer counts as its order).
            await em.execute(`update mantenimiento_ordentrabajo set notice_id = coalesce(notice_id, ?), equipment_stopped = equipment_stopped or ?,
           version = version + 1, updated_at = now() where id = ?`, [
                notices[0] ?? null,
                list.some((r)=>r.equipment_stopped),
                targetId
            ]);
            await (0, _workordereffects.recordHistory)(em, ctx.user, [
                ...others.map((id)=>({
                        workOrderId: id,
                        from: rows.get(id).status,
                        to: _workorderenums.WorkOrderStatus.CANCELLED,
                        reason: `merged into ${target.code}`
                    })),
                {
                    workOrderId: targetId,
                    from: target.status,
                    to: target.status,
                    reason: `Merged ${others.map((id)=>rows.get(id).code).join(', ')}`
                }
            ]);
            await (0, _workordereffects.syncOrderDowntime)(em, ids);
        });
        return await (0, _workorderrows.readWorkOrder)(ctx.em, targetId);
    } catch (err) {
        return (0, _workorderwrite.mapWriteError)(err);
    }
}
async function deleteWorkOrders(ctx, idArgs) {
    const ids = (0, _ids.parseIds)(idArgs, 'ids', MAX_BULK);
    if (!ids.length) throw new _errors.BadUserInputError({
        field: 'ids',
        rule: 'required',
        message: 'Give at least one work order id.'
    });
    return ctx.em.transactional(async (em)=>{
        const rows = await (0, _workorderrows.lockWorkOrders)(em, ids);
        const notDeleted = [];
        const deletable = [];
        for (const id of ids){
            const row = rows.get(id);
            if (!row) notDeleted.push(refusal(id, row, `Work order ${id} does not exist.`));
            else if (!MOVABLE.includes(row.status)) notDeleted.push(refusal(id, row, `${row.code} is ${row.status}; only PENDING or SCHEDULED orders can be deleted.`));
            else deletable.push(row);
        }
        const deletedIds = deletable.map((r)=>r.id);
        if (deletedIds.length) {
            await em.execute('delete from mantenimiento_ordentrabajo where id = any(?::int[])', [
                (0, _sql.intArray)(deletedIds)
            ]);
            const noticeIds = deletable.map((r)=>r.notice_id).filter((n)=>n !== null);
            if (noticeIds.length) {
                await em.execute(`update mantenimiento_aviso set status = 'OPEN', updated_at = now() where id = any(?::int[]) and status = 'IN_PROCESS'`, [
                    (0, _sql.intArray)(noticeIds)
                ]);
                await (0, _workordereffects.syncNoticeDowntime)(em, noticeIds);
            }
        }
        return {
            deletedIds,
            notDeleted
        };
    });
}
