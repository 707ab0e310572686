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
    get VIEW_NOTICES () {
        return VIEW_NOTICES;
    },
    get canSeeNotice () {
        return canSeeNotice;
    },
    get createNotice () {
        return createNotice;
    },
    get createWorkOrderFromNotice () {
        return createWorkOrderFromNotice;
    },
    get getNotice () {
        return getNotice;
    },
    get listNotices () {
        return listNotices;
    },
    get seesAllNotices () {
        return seesAllNotices;
    },
    get updateNotice () {
        return updateNotice;
    }
});
const _tree = require("../../db/tree");
const _errors = require("../../errors");
const _ids = require("../../graphql/ids");
const _pagination = require("../../graphql/pagination");
const _validation = require("../../graphql/validation");
const _authuser = require("../auth/auth-user");
const _workordereffects = require("../work-orders/work-order.effects");
const _workorderenums = require("../work-orders/work-order.enums");
const _workorderrows = require("../work-orders/work-order.rows");
const _workorderservice = require("../work-orders/work-order.service");
const _workorderwrite = require("../work-orders/work-order.write");
const _workordersearch = require("../work-orders/work-order.search");
const _noticeentity = require("./notice.entity");
const _noticerows = require("./notice.rows");
const VIEW_NOTICES = 'mantenimiento.view_aviso';
const MAX_TEXT = 10_000;
function seesAllNotices(ctx) {
    return !!ctx.user?.isStaff && (0, _authuser.hasPerm)(ctx.user, VIEW_NOTICES);
}
function canSeeNotice(ctx, notice) {
    return seesAllNotices(ctx) || notice.requesterId === ctx.user?.id;
}
async function readNotice(ctx, id, lock = false) {
    const rows = await ctx.em.execute(`select ${_noticerows.NOTICE_COLUMNS} from mantenimiento_aviso n where n.id = ?${lock ? ' for update' : ''}`, [
        id
    ]);
    return rows[0] ?? null;
}
async function getNotice(ctx, idArg) {
    const id = (0, _ids.parseId)(idArg);
    const row = await readNotice(ctx, id);
    // Someone else's notice is reported as missing, not as forbidden.
    if (!row || !canSeeNotice(ctx, {
        requesterId: row.requester_id
    })) throw new _errors.NotFoundError('Notice', id);
    return (0, _noticerows.toNotice)(row);
}
async function listNotices(ctx, args) {
    const first = (0, _pagination.checkPageSize)(args.first);
    const cursor = (0, _pagination.decodeCursor)(args.after, 1);
    const where = [];
    const params = [];
    const f = args.filter;
    if (!seesAllNotices(ctx) || f?.mine) {
        where.push('n.requester_id = ?');
        params.push(ctx.user.id);
    }
    if (f?.status?.length) {
        where.push('n.status = any(?::notice_status[])');
        params.push(`{${f.status.join(',')}}`);
    }
    const q = f?.q?.trim();
    if (q) {
        where.push('n.description ilike ?');
        params.push((0, _workordersearch.likePattern)(q.slice(0, 200)));
    }
    const assetId = (0, _ids.parseOptionalId)(f?.assetId, 'filter.assetId');
    if (assetId) {
        where.push('n.asset_id = ?');
        params.push(assetId);
    }
    const locationId = (0, _ids.parseOptionalId)(f?.locationId, 'filter.locationId');
    if (locationId) {
        where.push(`n.location_id in ${(0, _tree.subtreeIdsSql)('activos_ubicacion')}`);
        params.push(locationId);
    }
    if (cursor) {
        if (typeof cursor[0] !== 'number') throw new _errors.BadUserInputError({
            field: 'after',
            rule: 'cursor',
            message: 'after is not a cursor returned by this list.'
        });
        where.push('n.id < ?');
        params.push(cursor[0]);
    }
    const rows = await ctx.em.execute(`select ${_noticerows.NOTICE_COLUMNS} from mantenimiento_aviso n ${where.length ? `where ${where.join(' and ')}` : ''} order by n.id desc limit ?`, [
        ...params,
        first + 1
    ]);
    return (0, _pagination.toConnection)(rows, first, (r)=>[
            r.id
        ], _noticerows.toNotice);
}
async function createNotice(ctx, input) {
    const p = new _errors.Problems();
    const description = (0, _validation.requiredText)(p, 'description', input.description, MAX_TEXT);
    const assetId = (0, _ids.parseOptionalId)(input.assetId, 'assetId');
    let locationId = (0, _ids.parseOptionalId)(input.locationId, 'locationId');
    (0, _workorderwrite.checkWindow)(p, input.stopStart ?? null, input.stopEnd ?? null, 'stopStart', 'stopEnd');
    if (!assetId && !locationId) p.add('locationId', 'required', 'Give the location (or an asset, whose location is used).');
    p.throwIfAny();
    const [found] = await ctx.em.execute(`select (select location_id from activos_activo where id = ?::int) as asset_location,
       exists(select 1 from activos_ubicacion where id = ?::int) as location`, [
        assetId,
        locationId
    ]);
    if (assetId && found.asset_location === null) p.add('assetId', 'exists', `Asset ${assetId} does not exist.`);
    if (locationId && !found.location) p.add('locationId', 'exists', `Location ${locationId} does not exist.`);
    p.throwIfAny();
    locationId ??= found.asset_location;
    try {
        const id = await ctx.em.transactional(async (em)=>{
            const [row] = await em.execute(`insert into mantenimiento_aviso (asset_id, location_id, description, priority, type, requester_id, equipment_stopped, stop_start, stop_end)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id`, [
                assetId,
                locationId,
                description,
                input.priority,
                input.type,
                ctx.user.id,
                input.equipmentStopped,
                input.stopStart ?? null,
                input.stopEnd ?? null
            ]);
            await (0, _workordereffects.syncNoticeDowntime)(em, [
                row.id
            ]);
            return row.id;
        });
        return (0, _noticerows.toNotice)(await readNotice(ctx, id));
    } catch (err) {
        return (0, _workorderwrite.mapWriteError)(err);
    }
}
const NOTICE_TRANSITIONS = {
    [_noticeentity.NoticeStatus.OPEN]: [
        _noticeentity.NoticeStatus.IN_PROCESS,
        _noticeentity.NoticeStatus.CLOSED,
        _noticeentity.NoticeStatus.CANCELLED
    ],
    [_noticeentity.NoticeStatus.IN_PROCESS]: [
        _noticeentity.NoticeStatus.CLOSED,
        _noticeentity.NoticeStatus.CANCELLED
    ],
    [_noticeentity.NoticeStatus.CLOSED]: [],
    [_noticeentity.NoticeStatus.CANCELLED]: []
};
async function updateNotice(ctx, idArg, input) {
    const id = (0, _ids.parseId)(idArg);
    const p = new _errors.Problems();
    const set = {};
    if (input.description !== undefined) set.description = (0, _validation.requiredText)(p, 'description', input.description, MAX_TEXT);
    if (input.priority) set.priority = input.priority;
    if (input.type) set.type = input.type;
    if (input.responsibleId !== undefined) set.responsible_id = (0, _ids.parseOptionalId)(input.responsibleId, 'responsibleId');
    if (input.equipmentStopped !== undefined && input.equipmentStopped !== null) set.equipment_stopped = input.equipmentStopped;
    if (input.stopStart !== undefined) set.stop_start = input.stopStart;
    if (input.stopEnd !== undefined) set.stop_end = input.stopEnd;
    if (input.diagnosis !== undefined) set.diagnosis = (0, _validation.optionalText)(p, 'diagnosis', input.diagnosis, MAX_TEXT);
    if (input.actions !== undefined) set.actions = (0, _validation.optionalText)(p, 'actions', input.actions, MAX_TEXT);
    p.throwIfAny();
    try {
        await ctx.em.transactional(async (em)=>{
            const rows = await em.execute(`select ${_noticerows.NOTICE_COLUMNS} from mantenimiento_aviso n where n.id = ? for update`, [
                id
            ]);
            const row = rows[0];
            if (!row) throw new _errors.NotFoundError('Notice', id);
            const start = set.stop_start !== undefined ? set.stop_start : row.stop_start ? new Date(row.stop_start) : null;
            const end = set.stop_end !== undefined ? set.stop_end : row.stop_end ? new Date(row.stop_end) : null;
            if (start && end && end < start) p.add('stopEnd', 'after_start', 'stopEnd must not be before stopStart.');
            if (input.status && input.status !== row.status) {
                if (!NOTICE_TRANSITIONS[row.status].includes(input.status)) {
                    p.add('status', 'transition', `Cannot change notice status from ${row.status} to ${input.status}.`);
                } else if (input.status === _noticeentity.NoticeStatus.CLOSED || input.status === _noticeentity.NoticeStatus.CANCELLED) {
                    const open = await em.execute(`select code from mantenimiento_ordentrabajo where notice_id = ? and status in ('PENDING', 'SCHEDULED', 'IN_PROGRESS')`, [
                        id
                    ]);
                    if (open.length) p.add('status', 'open_order', `Notice AV-${id} has open work order ${open[0].code}; finish or cancel it first.`);
                    set.closed_at = new Date();
                    set.closed_by_id = ctx.user.id;
                }
                set.status = input.status;
            }
            if (set.responsible_id) {
                const [u] = await em.execute('select exists(select 1 from auth_user where id = ? and is_active) as ok', [
                    set.responsible_id
                ]);
                if (!u.ok) p.add('responsibleId', 'exists', `User ${String(set.responsible_id)} does not exist or is inactive.`);
            }
            p.throwIfAny();
            const columns = Object.keys(set);
            await em.execute(`update mantenimiento_aviso set ${columns.map((c)=>`${c} = ?`).join(', ')}${columns.length ? ', ' : ''}updated_at = now() where id = ?`, [
                ...columns.map((c)=>set[c]),
                id
            ]);
            await (0, _workordereffects.syncNoticeDowntime)(em, [
                id
            ]);
        });
        return (0, _noticerows.toNotice)(await readNotice(ctx, id));
    } catch (err) {
        return (0, _workorderwrite.mapWriteError)(err);
    }
}
async function createWorkOrderFromNotice(ctx, idArg, input) {
    const id = (0, _ids.parseId)(idArg);
    try {
        const orderId = await ctx.em.transactional(async (em)=>{
            const rows = await em.execute(`select ${_noticerows.NOTICE_COLUMNS} from mantenimiento_aviso n where n.id = ? for update`, [
                id
            ]);
            const notice = rows[0];
            if (!notice) throw new _errors.NotFoundError('Notice', id);
            const live = await em.execute(`select code from mantenimiento_ordentrabajo where notice_id = ? and status <> 'CANCELLED'`, [
                id
            ]);
            if (live.length) throw new _errors.ConflictError(`Notice AV-${id} already has work order ${live[0].code}.`, 'id', {
                workOrderCode: live[0].code
            });
            if (notice.status !== _noticeentity.NoticeStatus.OPEN) {
                throw new _errors.BadUserInputError({
                    field: 'id',
                    rule: 'status',
                    message: `Notice AV-${id} is ${notice.status}; only OPEN notices get a work order.`
                });
            }
            const p = new _errors.Problems();
            const values = (0, _workorderservice.newWorkOrderValues)(p, {
                type: _workorderenums.WorkOrderType.CORRECTIVE,
                priority: input.priority ?? notice.priority,
                shortDescription: input.shortDescription ?? notice.description.replace(/\s+/g, ' ').trim().slice(0, 200),
                description: notice.description,
                locationId: String(notice.location_id),
                assetIds: notice.asset_id ? [
                    String(notice.asset_id)
                ] : [],
                technicianId: input.technicianId,
                supervisorId: input.supervisorId,
                crewIds: input.crewIds,
                scheduledStart: input.scheduledStart,
                scheduledEnd: input.scheduledEnd,
                equipmentStopped: notice.equipment_stopped
            });
            p.throwIfAny();
            const orderId = await (0, _workorderservice.insertWorkOrder)(em, ctx, {
                ...values,
                noticeId: id
            });
            await em.execute(`update mantenimiento_aviso set status = 'IN_PROCESS', updated_at = now() where id = ?`, [
                id
            ]);
            return orderId;
        });
        return await (0, _workorderrows.readWorkOrder)(ctx.em, orderId);
    } catch (err) {
        return (0, _workorderwrite.mapWriteError)(err);
    }
}
