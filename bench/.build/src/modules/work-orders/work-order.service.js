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
    get changeWorkOrderStatus () {
        return changeWorkOrderStatus;
    },
    get closeWorkOrder () {
        return closeWorkOrder;
    },
    get createWorkOrder () {
        return createWorkOrder;
    },
    get insertWorkOrder () {
        return insertWorkOrder;
    },
    get newWorkOrderValues () {
        return newWorkOrderValues;
    },
    get updateWorkOrder () {
        return updateWorkOrder;
    },
    get updateWorkOrderNotes () {
        return updateWorkOrderNotes;
    }
});
const _errors = require("../../errors");
const _ids = require("../../graphql/ids");
const _validation = require("../../graphql/validation");
const _workordereffects = require("./work-order.effects");
const _workordercode = require("./work-order-code");
const _workorderenums = require("./work-order.enums");
const _workorderreferences = require("./work-order.references");
const _workorderrows = require("./work-order.rows");
const _workorderstatus = require("./work-order-status");
const _workorderwrite = require("./work-order.write");
const _checklistservice = require("./checklist.service");
const MAX_TEXT = 10_000;
function people(row) {
    return {
        id: row.id,
        code: row.code,
        shortDescription: row.short_description,
        technicianId: row.technician_id,
        supervisorId: row.supervisor_id
    };
}
function newWorkOrderValues(p, input) {
    const values = {
        type: input.type,
        priority: input.priority,
        shortDescription: (0, _validation.requiredText)(p, 'shortDescription', input.shortDescription, 200),
        description: (0, _validation.optionalText)(p, 'description', input.description, MAX_TEXT),
        notes: (0, _validation.optionalText)(p, 'notes', input.notes, MAX_TEXT),
        locationId: (0, _ids.parseId)(input.locationId, 'locationId'),
        assetIds: (0, _ids.parseIds)(input.assetIds ?? [], 'assetIds', 200),
        routineId: (0, _ids.parseOptionalId)(input.routineId, 'routineId'),
        noticeId: null,
        technicianId: (0, _ids.parseOptionalId)(input.technicianId, 'technicianId'),
        supervisorId: (0, _ids.parseOptionalId)(input.supervisorId, 'supervisorId'),
        crewIds: (0, _ids.parseIds)(input.crewIds ?? [], 'crewIds', 50),
        scheduledStart: input.scheduledStart ?? null,
        scheduledEnd: input.scheduledEnd ?? null,
        equipmentStopped: input.equipmentStopped
    };
    (0, _workorderwrite.checkWindow)(p, values.scheduledStart, values.scheduledEnd);
    return values;
}
async function insertWorkOrder(em, ctx, v) {
    const p = new _errors.Problems();
    await (0, _workorderreferences.checkReferences)(em, p, {
        locationId: v.locationId,
        routineId: v.routineId,
        assetIds: v.assetIds,
        users: [
            {
                field: 'technicianId',
                ids: v.technicianId ? [
                    v.technicianId
                ] : []
            },
            {
                field: 'supervisorId',
                ids: v.supervisorId ? [
                    v.supervisorId
                ] : []
            },
            {
                field: 'crewIds',
                ids: v.crewIds
            }
        ]
    });
    p.throwIfAny();
    const id = await (0, _workordercode.nextWorkOrderId)(em);
    const code = await (0, _workordercode.workOrderCode)(em, id, v.type);
    const status = v.technicianId || v.scheduledStart ? _workorderenums.WorkOrderStatus.SCHEDULED : _workorderenums.WorkOrderStatus.PENDING;
    await em.execute(`insert into mantenimiento_ordentrabajo (id, code, type, priority, status, routine_id, notice_id, technician_id, supervisor_id,
       location_id, scheduled_start, scheduled_end, short_description, description, notes, equipment_stopped, created_by_id)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
        id,
        code,
        v.type,
        v.priority,
        status,
        v.routineId,
        v.noticeId,
        v.technicianId,
        v.supervisorId,
        v.locationId,
        v.scheduledStart,
        v.scheduledEnd,
        v.shortDescription,
        v.description,
        v.notes,
        v.equipmentStopped,
        ctx.user?.id ?? null
    ]);
    await (0, _workorderwrite.addAssets)(em, id, v.assetIds);
    await (0, _workorderwrite.replaceCrew)(em, id, v.crewIds);
    await (0, _workordereffects.recordHistory)(em, ctx.user, [
        {
            workOrderId: id,
            from: null,
            to: status,
            reason: v.noticeId ? `Created from notice AV-${v.noticeId}` : 'Created'
        }
    ]);
    await (0, _workordereffects.syncOrderDowntime)(em, [
        id
    ]);
    const order = {
        id,
        code,
        shortDescription: v.shortDescription,
        technicianId: v.technicianId,
        supervisorId: v.supervisorId
    };
    await (0, _workordereffects.notify)(em, [
        ...v.technicianId ? (0, _workordereffects.orderNotifications)(ctx.user, order, 'assigned') : [],
        ...v.supervisorId ? (0, _workordereffects.orderNotifications)(ctx.user, order, 'supervising') : []
    ]);
    return id;
}
async function createWorkOrder(ctx, input) {
    const p = new _errors.Problems();
    const values = newWorkOrderValues(p, input);
    p.throwIfAny();
    try {
        const id = await ctx.em.transactional((em)=>insertWorkOrder(em, ctx, values));
        return await (0, _workorderrows.readWorkOrder)(ctx.em, id);
    } catch (err) {
        return (0, _workorderwrite.mapWriteError)(err);
    }
}
async function updateWorkOrder(ctx, idArg, version, input) {
    const id = (0, _ids.parseId)(idArg);
    const p = new _errors.Problems();
    const has = (k)=>input[k] !== undefined;
    const set = {};
    if (has('priority')) {
        if (input.priority === null) p.add('priority', 'required', 'priority cannot be null.');
        else set.priority = input.priority;
    }
    if (has('shortDescription')) set.short_description = (0, _validation.requiredText)(p, 'shortDescription', input.shortDescription, 200);
    if (has('description')) set.description = (0, _validation.optionalText)(p, 'description', input.description, MAX_TEXT);
    if (has('notes')) set.notes = (0, _validation.optionalText)(p, 'notes', input.notes, MAX_TEXT);
    if (has('equipmentStopped')) set.equipment_stopped = input.equipmentStopped ?? false;
    if (has('locationId')) {
        if (input.locationId === null) p.add('locationId', 'required', 'locationId cannot be null: an order always has a location.');
        else set.location_id = (0, _ids.parseId)(input.locationId, 'locationId');
    }
    if (has('routineId')) set.routine_id = (0, _ids.parseOptionalId)(input.routineId, 'routineId');
    if (has('technicianId')) set.technician_id = (0, _ids.parseOptionalId)(input.technicianId, 'technicianId');
    if (has('supervisorId')) set.supervisor_id = (0, _ids.parseOptionalId)(input.supervisorId, 'supervisorId');
    if (has('scheduledStart')) set.scheduled_start = input.scheduledStart ?? null;
    if (has('scheduledEnd')) set.scheduled_end = input.scheduledEnd ?? null;
    const assetIds = input.assetIds ? (0, _ids.parseIds)(input.assetIds, 'assetIds', 200) : null;
    const crewIds = input.crewIds ? (0, _ids.parseIds)(input.crewIds, 'crewIds', 50) : null;
    p.throwIfAny();
    try {
        await ctx.em.transactional(async (em)=>{
            const row = await (0, _workorderwrite.lockForChange)(em, id, version);
            if ((0, _workorderstatus.isFinal)(row.status)) {
                throw new _errors.BadUserInputError({
                    field: 'status',
                    rule: 'final',
                    message: `Work order ${row.code} is ${row.status} and can no longer be changed.`
                });
            }
            const start = has('scheduledStart') ? set.scheduled_start : row.scheduled_start;
            const end = has('scheduledEnd') ? set.scheduled_end : row.scheduled_end;
            (0, _workorderwrite.checkWindow)(p, start ? new Date(start) : null, end ? new Date(end) : null);
            if (row.routine_id !== null && has('routineId') && set.routine_id !== row.routine_id) {
                const answered = await em.execute('select count(*)::int as n from mantenimiento_respuestapaso where work_order_id = ?', [
                    id
                ]);
                if (answered[0].n > 0) p.add('routineId', 'answered', 'The routine cannot change once checklist answers exist.');
            }
            await (0, _workorderreferences.checkReferences)(em, p, {
                locationId: set.location_id,
                routineId: set.routine_id,
                assetIds: assetIds ?? [],
                users: [
                    {
                        field: 'technicianId',
                        ids: set.technician_id ? [
                            set.technician_id
                        ] : []
                    },
                    {
                        field: 'supervisorId',
                        ids: set.supervisor_id ? [
                            set.supervisor_id
                        ] : []
                    },
                    {
                        field: 'crewIds',
                        ids: crewIds ?? []
                    }
                ]
            });
            p.throwIfAny();
            const technicianId = has('technicianId') ? set.technician_id : row.technician_id;
            const supervisorId = has('supervisorId') ? set.supervisor_id : row.supervisor_id;
            // PENDING -> SCHEDULED as soon as a technician or a start is set.
            const schedule = row.status === _workorderenums.WorkOrderStatus.PENDING && (technicianId !== null || start !== null);
            if (schedule) set.status = _workorderenums.WorkOrderStatus.SCHEDULED;
            const columns = Object.keys(set);
            await em.execute(`update mantenimiento_ordentrabajo set ${columns.map((c)=>`${c} = ?`).join(', ')}${columns.length ? ', ' : ''}
           version = version + 1, updated_at = now() where id = ?`, [
                ...columns.map((c)=>set[c]),
                id
            ]);
            if (assetIds) await (0, _workorderwrite.replaceAssets)(em, id, assetIds);
            if (crewIds) await (0, _workorderwrite.replaceCrew)(em, id, crewIds);
            if (schedule) {
                await (0, _workordereffects.recordHistory)(em, ctx.user, [
                    {
                        workOrderId: id,
                        from: _workorderenums.WorkOrderStatus.PENDING,
                        to: _workorderenums.WorkOrderStatus.SCHEDULED,
                        reason: 'Technician or scheduled start set'
                    }
                ]);
            }
            await (0, _workordereffects.syncOrderDowntime)(em, [
                id
            ]);
            const order = {
                ...people(row),
                shortDescription: set.short_description ?? row.short_description,
                technicianId,
                supervisorId
            };
            await (0, _workordereffects.notify)(em, [
                ...technicianId !== null && technicianId !== row.technician_id ? (0, _workordereffects.orderNotifications)(ctx.user, order, 'assigned') : [],
                ...supervisorId !== null && supervisorId !== row.supervisor_id ? (0, _workordereffects.orderNotifications)(ctx.user, order, 'supervising') : []
            ]);
        });
        return await (0, _workorderrows.readWorkOrder)(ctx.em, id);
    } catch (err) {
        return (0, _workorderwrite.mapWriteError)(err);
    }
}
async function changeWorkOrderStatus(ctx, idArg, to, version, reasonArg, extra = {}) {
    const id = (0, _ids.parseId)(idArg);
    const p = new _errors.Problems();
    const reason = (0, _validation.optionalText)(p, 'reason', reasonArg, 1000);
    p.throwIfAny();
    await ctx.em.transactional(async (em)=>{
        const row = await (0, _workorderwrite.lockForChange)(em, id, version);
        (0, _workorderstatus.assertTransition)(row.status, to, {
            via: 'change',
            user: ctx.user,
            hasTechnician: row.technician_id !== null,
            hasScheduledStart: row.scheduled_start !== null
        });
        await em.execute(`update mantenimiento_ordentrabajo set status = ?,
         started_at = case when ?::text = 'IN_PROGRESS' then coalesce(started_at, now()) else started_at end,
         notes = coalesce(?, notes), version = version + 1, updated_at = now()
       where id = ?`, [
            to,
            to,
            extra.notes ?? null,
            id
        ]);
        await (0, _workordereffects.recordHistory)(em, ctx.user, [
            {
                workOrderId: id,
                from: row.status,
                to,
                reason
            }
        ]);
        await (0, _workordereffects.syncOrderDowntime)(em, [
            id
        ]);
        if (row.notice_id !== null) await followNotice(em, ctx, row.notice_id, row.status, to);
        if (to === _workorderenums.WorkOrderStatus.IN_PROGRESS && row.status !== _workorderenums.WorkOrderStatus.COMPLETED) await (0, _workordereffects.notify)(em, (0, _workordereffects.orderNotifications)(ctx.user, people(row), 'started'));
    });
    return (0, _workorderrows.readWorkOrder)(ctx.em, id);
}
/**
 * The notice follows its order: cancelling the order reopens the notice (another order
 * may be made), completing it closes the notice, reopening the order reopens it.
 */ async function followNotice(em, ctx, noticeId, from, to) {
    if (to === _workorderenums.WorkOrderStatus.CANCELLED) {
        await em.execute(`update mantenimiento_aviso set status = 'OPEN', updated_at = now() where id = ? and status = 'IN_PROCESS'`, [
            noticeId
        ]);
    } else if (to === _workorderenums.WorkOrderStatus.COMPLETED) {
        await em.execute(`update mantenimiento_aviso set status = 'CLOSED', closed_at = now(), closed_by_id = ?, updated_at = now()
       where id = ? and status in ('OPEN', 'IN_PROCESS')`, [
            ctx.user?.id ?? null,
            noticeId
        ]);
    } else if (from === _workorderenums.WorkOrderStatus.COMPLETED && to === _workorderenums.WorkOrderStatus.IN_PROGRESS) {
        await em.execute(`update mantenimiento_aviso set status = 'IN_PROCESS', closed_at = null, closed_by_id = null, updated_at = now()
       where id = ? and status = 'CLOSED'`, [
            noticeId
        ]);
    } else {
        return;
    }
    await (0, _workordereffects.syncNoticeDowntime)(em, [
        noticeId
    ]);
}
async function closeWorkOrder(ctx, idArg, version, closure, checklist) {
    const id = (0, _ids.parseId)(idArg);
    const p = new _errors.Problems();
    const comments = (0, _validation.requiredText)(p, 'closure.comments', closure.comments, MAX_TEXT);
    const materials = (0, _validation.optionalText)(p, 'closure.materials', closure.materials, MAX_TEXT);
    (0, _workorderwrite.checkWindow)(p, closure.actualStart, closure.actualEnd, 'closure.actualStart', 'closure.actualEnd');
    const manHours = String(closure.manHours ?? '').trim();
    if (!/^\d{1,8}(\.\d{1,2})?$/.test(manHours)) {
        p.add('closure.manHours', 'decimal', 'closure.manHours must be a number >= 0 with at most 2 decimals.');
    }
    p.throwIfAny();
    try {
        await ctx.em.transactional(async (em)=>{
            const row = await (0, _workorderwrite.lockForChange)(em, id, version);
            (0, _workorderstatus.assertTransition)(row.status, _workorderenums.WorkOrderStatus.COMPLETED, {
                via: 'close',
                user: ctx.user,
                hasTechnician: true,
                hasScheduledStart: true
            });
            await (0, _checklistservice.saveChecklist)(em, ctx, row, checklist);
            await em.execute(`insert into mantenimiento_cierreordentrabajo (work_order_id, actual_start, actual_end, man_hours, comments, materials, closed_by_id)
         values (?, ?, ?, ?, ?, ?, ?)
         on conflict (work_order_id) do update set actual_start = excluded.actual_start, actual_end = excluded.actual_end,
           man_hours = excluded.man_hours, comments = excluded.comments, materials = excluded.materials,
           closed_by_id = excluded.closed_by_id, closed_at = now()`, [
                id,
                closure.actualStart,
                closure.actualEnd,
                manHours,
                comments,
                materials,
                ctx.user?.id ?? null
            ]);
            await em.execute(`update mantenimiento_ordentrabajo set status = 'COMPLETED', version = version + 1, updated_at = now() where id = ?`, [
                id
            ]);
            await (0, _workordereffects.recordHistory)(em, ctx.user, [
                {
                    workOrderId: id,
                    from: row.status,
                    to: _workorderenums.WorkOrderStatus.COMPLETED,
                    reason: 'Closed'
                }
            ]);
            await (0, _workordereffects.syncOrderDowntime)(em, [
                id
            ]);
            if (row.notice_id !== null) await followNotice(em, ctx, row.notice_id, row.status, _workorderenums.WorkOrderStatus.COMPLETED);
            await (0, _workordereffects.notify)(em, (0, _workordereffects.orderNotifications)(ctx.user, people(row), 'completed'));
        });
        return await (0, _workorderrows.readWorkOrder)(ctx.em, id);
    } catch (err) {
        return (0, _workorderwrite.mapWriteError)(err);
    }
}
async function updateWorkOrderNotes(ctx, id, version, notesArg) {
    const p = new _errors.Problems();
    const notes = (0, _validation.optionalText)(p, 'notas', notesArg, MAX_TEXT);
    p.throwIfAny();
    await ctx.em.transactional(async (em)=>{
        const row = await (0, _workorderwrite.lockForChange)(em, id, version);
        if ((0, _workorderstatus.isFinal)(row.status)) {
            throw new _errors.BadUserInputError({
                field: 'status',
                rule: 'final',
                message: `Work order ${row.code} is ${row.status} and can no longer be changed.`
            });
        }
        await em.execute('update mantenimiento_ordentrabajo set notes = ?, version = version + 1, updated_at = now() where id = ?', [
            notes,
            id
        ]);
    });
    return (0, _workorderrows.readWorkOrder)(ctx.em, id);
}
