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
    get auditLog () {
        return auditLog;
    },
    get entityHistory () {
        return entityHistory;
    }
});
const _errors = require("../../errors");
const _ids = require("../../graphql/ids");
const _pagination = require("../../graphql/pagination");
const TABLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const TEXT_MAX = 200;
/** A table name as is, or an entity type name (`Asset`) mapped to its table. */ function tableOf(ctx, entity, field) {
    const name = entity.trim();
    const meta = Object.values(ctx.app.orm.getMetadata().getAll()).find((m)=>m.className === name);
    if (meta?.tableName) return meta.tableName;
    if (!TABLE_NAME.test(name)) {
        throw new _errors.BadUserInputError({
            field,
            rule: 'entity',
            message: `${field} must be a table name like activos_activo or a type name like Asset.`
        });
    }
    return name;
}
function text(problems, value, field) {
    if (value === null || value === undefined) return null;
    if (value.length > TEXT_MAX) problems.add(field, 'max_length', `${field} takes at most ${TEXT_MAX} characters.`);
    return value;
}
function entryOf(r) {
    return {
        id: String(r.id),
        at: new Date(r.at),
        actorId: r.actor_id === null ? null : String(r.actor_id),
        requestId: r.request_id,
        operation: r.operation,
        operationName: r.operation_name,
        entity: r.entity,
        entityId: r.entity_id,
        action: r.action,
        changes: Object.keys(r.changes).sort().map((field)=>({
                field,
                old: r.changes[field][0],
                new: r.changes[field][1]
            }))
    };
}
/** Newest first, keyset-paginated on the log id. */ async function page(ctx, where, params, first, after) {
    const size = (0, _pagination.checkPageSize)(first);
    const cursor = (0, _pagination.decodeCursor)(after, 1);
    if (cursor) {
        const id = cursor[0];
        if (typeof id !== 'string' || !/^\d{1,19}$/.test(id)) {
            throw new _errors.BadUserInputError({
                field: 'after',
                rule: 'cursor',
                message: 'after is not a cursor returned by this list.'
            });
        }
        where.push('id < ?::bigint');
        params.push(id);
    }
    params.push(size + 1);
    const rows = await ctx.em.getConnection().execute(`select id::text, at, actor_id, request_id, operation, operation_name, entity, entity_id, action, changes
       from audit_log ${where.length ? `where ${where.join(' and ')}` : ''} order by id desc limit ?`, params);
    return (0, _pagination.toConnection)(rows, size, (r)=>[
            String(r.id)
        ], entryOf);
}
function entityHistory(ctx, entity, id, first, after) {
    const problems = new _errors.Problems();
    const entityId = text(problems, String(id).trim(), 'id');
    problems.throwIfAny();
    return page(ctx, [
        'entity = ?',
        'entity_id = ?'
    ], [
        tableOf(ctx, entity, 'entity'),
        entityId
    ], first, after);
}
function auditLog(ctx, filter, first, after) {
    const problems = new _errors.Problems();
    const where = [];
    const params = [];
    const add = (sql, value)=>{
        where.push(sql);
        params.push(value);
    };
    if (filter.entity) add('entity = ?', tableOf(ctx, filter.entity, 'filter.entity'));
    const entityId = text(problems, filter.entityId, 'filter.entityId');
    if (entityId !== null) add('entity_id = ?', entityId.trim());
    if (filter.actorId !== null && filter.actorId !== undefined) add('actor_id = ?', (0, _ids.parseId)(filter.actorId, 'filter.actorId'));
    const operation = text(problems, filter.operation, 'filter.operation');
    if (operation !== null) add('operation = ?', operation);
    const requestId = text(problems, filter.requestId, 'filter.requestId');
    if (requestId !== null) add('request_id = ?', requestId);
    if (filter.from && filter.to && filter.from >= filter.to) problems.add('filter.to', 'after_from', 'to must be later than from.');
    problems.throwIfAny();
    if (filter.from) add('at >= ?', filter.from);
    if (filter.to) add('at < ?', filter.to);
    return page(ctx, where, params, first, after);
}
