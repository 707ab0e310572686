"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "UserAdminResolver", {
    enumerable: true,
    get: function() {
        return UserAdminResolver;
    }
});
const _typegraphql = require("type-graphql");
const _ids = require("../../graphql/ids");
const _pagination = require("../../graphql/pagination");
const _authsession = require("../../http/auth-session");
const _authuser = require("../auth/auth-user");
const _userentity = require("../auth/user.entity");
const _userinputs = require("./user.inputs");
const _userservice = require("./user.service");
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
let UserAdminResolver = class UserAdminResolver {
    users(filter, page, ctx) {
        return (0, _userservice.listUsers)(ctx, filter ?? {}, page);
    }
    user(id, ctx) {
        return (0, _userservice.getUser)(ctx, (0, _ids.parseId)(id));
    }
    createUser(input, ctx) {
        return (0, _userservice.createUser)(ctx, input);
    }
    updateUser(id, input, ctx) {
        return (0, _userservice.updateUser)(ctx, (0, _ids.parseId)(id), input);
    }
    async setUserPassword(id, password, ctx) {
        const userId = (0, _ids.parseId)(id);
        const user = await (0, _userservice.setUserPassword)(ctx, userId, password);
        // Re-passwording yourself keeps the current session, as changePassword does.
        if (userId === ctx.user.id && ctx.req?.session?.userId) {
            const refreshed = await (0, _authuser.loadAuthUser)(ctx.em, userId, ctx.app.config.session.secrets[0]);
            await (0, _authsession.refreshSessionAuthHash)(ctx.req, refreshed.authHash);
        }
        return user;
    }
    setUserGroups(userId, groupIds, ctx) {
        return (0, _userservice.setUserGroups)(ctx, (0, _ids.parseId)(userId, 'userId'), groupIds);
    }
    setUserPermissions(userId, permissions, ctx) {
        return (0, _userservice.setUserPermissions)(ctx, (0, _ids.parseId)(userId, 'userId'), permissions);
    }
};
_ts_decorate([
    (0, _typegraphql.Query)(()=>_userinputs.UserConnection, {
        description: 'Users in id order, a page at a time.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('filter', ()=>_userinputs.UserFilter, {
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
], UserAdminResolver.prototype, "users", null);
_ts_decorate([
    (0, _typegraphql.Query)(()=>_userentity.User),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], UserAdminResolver.prototype, "user", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_userentity.User, {
        description: 'isActive, isStaff and isSuperuser are for superusers; groups and permissions only those the caller holds.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('input', ()=>_userinputs.CreateUserInput)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _userinputs.CreateUserInput === "undefined" ? Object : _userinputs.CreateUserInput,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], UserAdminResolver.prototype, "createUser", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_userentity.User, {
        description: 'Changes the given fields. Deactivating ends all of the user\'s sessions.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Arg)('input', ()=>_userinputs.UpdateUserInput)),
    _ts_param(2, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof _userinputs.UpdateUserInput === "undefined" ? Object : _userinputs.UpdateUserInput,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], UserAdminResolver.prototype, "updateUser", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_userentity.User, {
        description: "Sets a validated password and ends the user's sessions."
    }),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Arg)('password')),
    _ts_param(2, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        String,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", Promise)
], UserAdminResolver.prototype, "setUserPassword", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_userentity.User, {
        description: 'Replaces the user\'s groups with exactly these.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('userId', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Arg)('groupIds', ()=>[
            _typegraphql.ID
        ])),
    _ts_param(2, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        Array,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], UserAdminResolver.prototype, "setUserGroups", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_userentity.User, {
        description: 'Replaces the user\'s direct permissions with exactly these `app.codename` strings.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('userId', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Arg)('permissions', ()=>[
            String
        ])),
    _ts_param(2, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        Array,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], UserAdminResolver.prototype, "setUserPermissions", null);
UserAdminResolver = _ts_decorate([
    (0, _typegraphql.Resolver)()
], UserAdminResolver);
