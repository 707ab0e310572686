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
    get GroupFieldsResolver () {
        return GroupFieldsResolver;
    },
    get UserFieldsResolver () {
        return UserFieldsResolver;
    }
});
const _typegraphql = require("type-graphql");
const _sql = require("../../db/sql");
const _loaders = require("../../graphql/loaders");
const _groupentity = require("./group.entity");
const _permissionentity = require("./permission.entity");
const _userentity = require("./user.entity");
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
// Relations of users and groups, batched per request (one query per relation per page).
function groupsOf(ctx) {
    return ctx.loaders.get('user.groups', async (ids)=>{
        const rows = await ctx.em.getConnection().execute(`select ug.user_id, g.id, g.name from auth_user_groups ug join auth_group g on g.id = ug.group_id
       where ug.user_id = any(?::int[]) order by g.name`, [
            (0, _sql.intArray)(ids)
        ]);
        return (0, _loaders.groupBy)(ids, rows, (r)=>r.user_id).map((list)=>list.map((r)=>Object.assign(new _groupentity.Group(), {
                    id: r.id,
                    name: r.name
                })));
    });
}
function effectivePermissionsOf(ctx) {
    return ctx.loaders.get('user.effectivePermissions', async (ids)=>{
        const rows = await ctx.em.getConnection().execute(`select u.id as user_id, u.is_superuser, u.is_active, p.app_label || '.' || p.codename as perm
       from auth_user u
       left join lateral (
         select permission_id from auth_user_user_permissions up where up.user_id = u.id
         union
         select gp.permission_id from auth_user_groups ug join auth_group_permissions gp on gp.group_id = ug.group_id
         where ug.user_id = u.id
         union
         -- an active superuser holds every permission
         select id from auth_permission where u.is_superuser and u.is_active
       ) x on true
       left join auth_permission p on p.id = x.permission_id
       where u.id = any(?::int[])
       order by perm`, [
            (0, _sql.intArray)(ids)
        ]);
        return (0, _loaders.groupBy)(ids, rows, (r)=>r.user_id).map((list)=>list.filter((r)=>r.is_active && r.perm).map((r)=>r.perm));
    });
}
function directPermissionsOf(ctx, table, key) {
    return ctx.loaders.get(`${table}.permissions`, async (ids)=>{
        const rows = await ctx.em.getConnection().execute(`select t.${key} as owner, p.id, p.app_label, p.codename, p.name from ${table} t
       join auth_permission p on p.id = t.permission_id where t.${key} = any(?::int[]) order by p.app_label, p.codename`, [
            (0, _sql.intArray)(ids)
        ]);
        return (0, _loaders.groupBy)(ids, rows, (r)=>r.owner).map((list)=>list.map((r)=>Object.assign(new _permissionentity.Permission(), {
                    id: r.id,
                    appLabel: r.app_label,
                    codename: r.codename,
                    name: r.name
                })));
    });
}
let UserFieldsResolver = class UserFieldsResolver {
    groups(user, ctx) {
        return groupsOf(ctx).load(user.id);
    }
    permissions(user, ctx) {
        return effectivePermissionsOf(ctx).load(user.id);
    }
    userPermissions(user, ctx) {
        return directPermissionsOf(ctx, 'auth_user_user_permissions', 'user_id').load(user.id);
    }
};
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>[
            _groupentity.Group
        ], {
        description: 'Groups the user belongs to.'
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _userentity.User === "undefined" ? Object : _userentity.User,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], UserFieldsResolver.prototype, "groups", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>[
            String
        ], {
        description: 'Effective permissions (own, through groups, or all for an active superuser) as `app.codename`.'
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _userentity.User === "undefined" ? Object : _userentity.User,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], UserFieldsResolver.prototype, "permissions", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>[
            _permissionentity.Permission
        ], {
        description: 'Permissions granted to the user directly (not through groups).'
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _userentity.User === "undefined" ? Object : _userentity.User,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], UserFieldsResolver.prototype, "userPermissions", null);
UserFieldsResolver = _ts_decorate([
    (0, _typegraphql.Resolver)(()=>_userentity.User)
], UserFieldsResolver);
let GroupFieldsResolver = class GroupFieldsResolver {
    permissions(group, ctx) {
        return directPermissionsOf(ctx, 'auth_group_permissions', 'group_id').load(group.id);
    }
    async userCount(group, ctx) {
        const counts = ctx.loaders.get('group.userCount', async (ids)=>{
            const rows = await ctx.em.getConnection().execute('select group_id, count(*) as n from auth_user_groups where group_id = any(?::int[]) group by group_id', [
                (0, _sql.intArray)(ids)
            ]);
            const m = new Map(rows.map((r)=>[
                    r.group_id,
                    Number(r.n)
                ]));
            return ids.map((id)=>m.get(id) ?? 0);
        });
        return counts.load(group.id);
    }
};
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>[
            _permissionentity.Permission
        ]),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _groupentity.Group === "undefined" ? Object : _groupentity.Group,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], GroupFieldsResolver.prototype, "permissions", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_typegraphql.Int, {
        description: 'Number of users in the group.'
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _groupentity.Group === "undefined" ? Object : _groupentity.Group,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", Promise)
], GroupFieldsResolver.prototype, "userCount", null);
GroupFieldsResolver = _ts_decorate([
    (0, _typegraphql.Resolver)(()=>_groupentity.Group)
], GroupFieldsResolver);
