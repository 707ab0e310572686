"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "AuthResolver", {
    enumerable: true,
    get: function() {
        return AuthResolver;
    }
});
const _typegraphql = require("type-graphql");
const _errors = require("../../errors");
const _authsession = require("../../http/auth-session");
const _authservice = require("./auth.service");
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
let AuthResolver = class AuthResolver {
    async me(ctx) {
        return ctx.em.findOneOrFail(_userentity.User, ctx.user.id);
    }
    async login(username, password, ctx) {
        if (!ctx.req) throw new Error('login needs an HTTP request');
        await ctx.app.loginThrottle.check(ctx.req, username);
        const user = await (0, _authservice.authenticate)((0, _authservice.credentialsOf)(ctx), username, password);
        if (!user) {
            await ctx.app.loginThrottle.fail(ctx.req, username);
            throw new _errors.BadUserInputError({
                field: 'password',
                rule: 'invalid_login',
                message: _authservice.INVALID_LOGIN_MESSAGE
            });
        }
        await ctx.app.loginThrottle.succeed(ctx.req, username);
        await (0, _authsession.establishSession)(ctx.req, user);
        ctx.user = user;
        return ctx.em.findOneOrFail(_userentity.User, user.id);
    }
    async logout(ctx) {
        if (ctx.req) await (0, _authsession.destroySession)(ctx.req);
        ctx.res?.clearCookie(ctx.app.config.session.cookieName, {
            path: '/'
        });
        return true;
    }
    async changePassword(oldPassword, newPassword, ctx) {
        const user = await (0, _authservice.changeOwnPassword)(ctx, oldPassword, newPassword);
        if (ctx.req?.session?.userId) await (0, _authsession.refreshSessionAuthHash)(ctx.req, user.authHash);
        ctx.user = user;
        return true;
    }
};
_ts_decorate([
    (0, _typegraphql.Query)(()=>_userentity.User, {
        description: 'The logged-in user, with groups and effective permissions.'
    }),
    _ts_param(0, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", Promise)
], AuthResolver.prototype, "me", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_userentity.User, {
        nullable: true,
        description: 'Starts a session (new session id and CSRF token). Needs the `X-CSRFToken` header like every POST. ' + 'Every attempt counts towards the lock-out, aliases included.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('username')),
    _ts_param(1, (0, _typegraphql.Arg)('password')),
    _ts_param(2, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        String,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", Promise)
], AuthResolver.prototype, "login", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>Boolean, {
        description: 'Ends the session: its row is deleted and the cookie dies.'
    }),
    _ts_param(0, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", Promise)
], AuthResolver.prototype, "logout", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>Boolean, {
        description: "Changes the caller's password (all four validators apply); the caller's other sessions end."
    }),
    _ts_param(0, (0, _typegraphql.Arg)('oldPassword')),
    _ts_param(1, (0, _typegraphql.Arg)('newPassword')),
    _ts_param(2, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        String,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", Promise)
], AuthResolver.prototype, "changePassword", null);
AuthResolver = _ts_decorate([
    (0, _typegraphql.Resolver)()
], AuthResolver);
