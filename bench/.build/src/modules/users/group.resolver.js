"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "GroupAdminResolver", {
    enumerable: true,
    get: function() {
        return GroupAdminResolver;
    }
});
const _typegraphql = require("type-graphql");
const _ids = require("../../graphql/ids");
const _groupentity = require("../auth/group.entity");
const _permissionentity = require("../auth/permission.entity");
const _groupservice = require("./group.service");
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
let GroupAdminResolver = class GroupAdminResolver {
    groups(q, ctx) {
        return (0, _groupservice.listGroups)(ctx, q);
    }
    group(id, ctx) {
        return (0, _groupservice.getGroup)(ctx, (0, _ids.parseId)(id));
    }
    permissionCatalogue(appLabel, ctx) {
        return (0, _groupservice.permissionCatalogue)(ctx, appLabel);
    }
    createGroup(name, permissions, ctx) {
        return (0, _groupservice.createGroup)(ctx, name, permissions);
    }
    updateGroup(id, name, permissions, ctx) {
        return (0, _groupservice.updateGroup)(ctx, (0, _ids.parseId)(id), name, permissions);
    }
    deleteGroup(id, ctx) {
        return (0, _groupservice.deleteGroup)(ctx, (0, _ids.parseId)(id));
    }
};
_ts_decorate([
    (0, _typegraphql.Query)(()=>[
            _groupentity.Group
        ], {
        description: 'Groups by name, optionally those whose name contains q.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('q', ()=>String, {
        nullable: true
    })),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        Object,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], GroupAdminResolver.prototype, "groups", null);
_ts_decorate([
    (0, _typegraphql.Query)(()=>_groupentity.Group),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], GroupAdminResolver.prototype, "group", null);
_ts_decorate([
    (0, _typegraphql.Query)(()=>[
            _permissionentity.Permission
        ], {
        description: 'Every permission that can be granted (optionally of one app), for a grant UI.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('appLabel', ()=>String, {
        nullable: true
    })),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        Object,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], GroupAdminResolver.prototype, "permissionCatalogue", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_groupentity.Group, {
        description: 'The caller must hold every permission given.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('name')),
    _ts_param(1, (0, _typegraphql.Arg)('permissions', ()=>[
            String
        ], {
        defaultValue: []
    })),
    _ts_param(2, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        Array,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], GroupAdminResolver.prototype, "createGroup", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_groupentity.Group, {
        description: 'Renames and/or replaces the permissions; the caller must hold every permission added.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Arg)('name', ()=>String, {
        nullable: true
    })),
    _ts_param(2, (0, _typegraphql.Arg)('permissions', ()=>[
            String
        ], {
        nullable: true
    })),
    _ts_param(3, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        Object,
        Object,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], GroupAdminResolver.prototype, "updateGroup", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>Boolean, {
        description: 'Deletes the group; its members lose its permissions on their next request.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], GroupAdminResolver.prototype, "deleteGroup", null);
GroupAdminResolver = _ts_decorate([
    (0, _typegraphql.Resolver)()
], GroupAdminResolver);
