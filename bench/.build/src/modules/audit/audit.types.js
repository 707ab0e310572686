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
    get AuditAction () {
        return AuditAction;
    },
    get AuditChange () {
        return AuditChange;
    },
    get AuditEntry () {
        return AuditEntry;
    },
    get AuditEntryConnection () {
        return AuditEntryConnection;
    },
    get AuditFilter () {
        return AuditFilter;
    }
});
const _typegraphql = require("type-graphql");
const _graphqlscalars = require("graphql-scalars");
const _pagination = require("../../graphql/pagination");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for(var i = decorators.length - 1; i >= 0; i--)if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
}
var AuditAction = /*#__PURE__*/ function(AuditAction) {
    AuditAction["INSERT"] = "insert";
    AuditAction["UPDATE"] = "update";
    AuditAction["DELETE"] = "delete";
    return AuditAction;
}({});
(0, _typegraphql.registerEnumType)(AuditAction, {
    name: 'AuditAction'
});
let AuditChange = class AuditChange {
};
_ts_decorate([
    (0, _typegraphql.Field)(),
    _ts_metadata("design:type", String)
], AuditChange.prototype, "field", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_graphqlscalars.GraphQLJSON, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AuditChange.prototype, "old", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_graphqlscalars.GraphQLJSON, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AuditChange.prototype, "new", void 0);
AuditChange = _ts_decorate([
    (0, _typegraphql.ObjectType)({
        description: 'One changed column: its value before and after (null when the row did not exist).'
    })
], AuditChange);
let AuditEntry = class AuditEntry {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], AuditEntry.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], AuditEntry.prototype, "at", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true,
        description: 'The user who made the change; null for system changes and logins.'
    }),
    _ts_metadata("design:type", Object)
], AuditEntry.prototype, "actorId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'The X-Request-Id of the request that made the change.'
    }),
    _ts_metadata("design:type", Object)
], AuditEntry.prototype, "requestId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'The mutation field, or `METHOD /path` for REST.'
    }),
    _ts_metadata("design:type", Object)
], AuditEntry.prototype, "operation", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'The GraphQL operation name the client sent.'
    }),
    _ts_metadata("design:type", Object)
], AuditEntry.prototype, "operationName", void 0);
_ts_decorate([
    (0, _typegraphql.Field)({
        description: 'The table, e.g. activos_activo.'
    }),
    _ts_metadata("design:type", String)
], AuditEntry.prototype, "entity", void 0);
_ts_decorate([
    (0, _typegraphql.Field)({
        description: 'The primary key; comma-separated for link tables (user_id,group_id).'
    }),
    _ts_metadata("design:type", String)
], AuditEntry.prototype, "entityId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>AuditAction),
    _ts_metadata("design:type", String)
], AuditEntry.prototype, "action", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            AuditChange
        ], {
        description: 'For updates only the changed columns; secrets show as "(hidden)".'
    }),
    _ts_metadata("design:type", Array)
], AuditEntry.prototype, "changes", void 0);
AuditEntry = _ts_decorate([
    (0, _typegraphql.ObjectType)({
        description: 'A change of one row, recorded in the same transaction as the change.'
    })
], AuditEntry);
const AuditEntryConnection = (0, _pagination.Connection)(AuditEntry, 'AuditEntry');
let AuditFilter = class AuditFilter {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'A table (activos_activo) or an entity type name (Asset).'
    }),
    _ts_metadata("design:type", Object)
], AuditFilter.prototype, "entity", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AuditFilter.prototype, "entityId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AuditFilter.prototype, "actorId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'Exactly as recorded: a mutation field or `METHOD /path`.'
    }),
    _ts_metadata("design:type", Object)
], AuditFilter.prototype, "operation", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AuditFilter.prototype, "requestId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true,
        description: 'Changes at or after this time.'
    }),
    _ts_metadata("design:type", Object)
], AuditFilter.prototype, "from", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true,
        description: 'Changes before this time.'
    }),
    _ts_metadata("design:type", Object)
], AuditFilter.prototype, "to", void 0);
AuditFilter = _ts_decorate([
    (0, _typegraphql.InputType)({
        description: 'Narrows the audit log; every given condition must hold.'
    })
], AuditFilter);
