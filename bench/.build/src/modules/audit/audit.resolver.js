"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "AuditResolver", {
    enumerable: true,
    get: function() {
        return AuditResolver;
    }
});
const _typegraphql = require("type-graphql");
const _pagination = require("../../graphql/pagination");
const _userentity = require("../auth/user.entity");
const _audittypes = require("./audit.types");
const _auditservice = require("./audit.service");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for(var i = decorators.length - 1; i >= 0; i--)if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
}
function _ts_param(paramIndex, decorator) {
    return function(target, key) {
        decorator(target, key, paramIndex);
    };
}
let AuditResolver = class AuditResolver {
    history(entity, id, page, ctx) {
        return (0, _auditservice.entityHistory)(ctx, entity, id, page.first, page.after);
    }
    auditLog(filter, page, ctx) {
        return (0, _auditservice.auditLog)(ctx, filter ?? {}, page.first, page.after);
    }
    actor(entry, ctx) {
        if (entry.actorId === null) return null;
        const loader = ctx.loaders.get('audit.actor', async (ids)=>{
            const users = await ctx.em.find(_userentity.User, {
                id: {
                    $in: [
                        ...ids
                    ]
                }
            });
            const byId = new Map(users.map((u)=>[
                    u.id,
                    u
                ]));
            return ids.map((id)=>byId.get(id) ?? null);
        });
        return loader.load(Number(entry.actorId));
    }
};
_ts_decorate([
    (0, _typegraphql.Query)(()=>_audittypes.AuditEntryConnection, {
        description: 'Every recorded change of one row, newest first.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('entity', {
        description: 'A table (activos_activo) or an entity type name (Asset).'
    })),
    _ts_param(1, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(2, (0, _typegraphql.Args)()),
    _ts_param(3, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        String,
        typeof _pagination.PageArgs === "undefined" ? Object : _pagination.PageArgs,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], AuditResolver.prototype, "history", null);
_ts_decorate([
    (0, _typegraphql.Query)(()=>_audittypes.AuditEntryConnection, {
        description: 'Recorded changes, newest first.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('filter', ()=>_audittypes.AuditFilter, {
        nullable: true
    })),
    _ts_param(1, (0, _typegraphql.Args)()),
    _ts_param(2, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        Object,
        typeof _pagination.PageArgs === "undefined" ? Object : _pagination.PageArgs,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], AuditResolver.prototype, "auditLog", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_userentity.User, {
        nullable: true,
        description: 'Null when the change had no actor or the user was deleted.'
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _audittypes.AuditEntry === "undefined" ? Object : _audittypes.AuditEntry,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", Object)
], AuditResolver.prototype, "actor", null);
AuditResolver = _ts_decorate([
    (0, _typegraphql.Resolver)(()=>_audittypes.AuditEntry)
], AuditResolver);
