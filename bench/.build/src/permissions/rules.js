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
    get can () {
        return can;
    },
    get hasPermission () {
        return hasPermission;
    },
    get isAuthenticated () {
        return isAuthenticated;
    },
    get isStaff () {
        return isStaff;
    }
});
const _graphqlshield = require("graphql-shield");
const _errors = require("../errors");
const _authuser = require("../modules/auth/auth-user");
const isAuthenticated = (0, _graphqlshield.rule)('isAuthenticated', {
    cache: 'contextual'
})((_parent, _args, ctx)=>ctx.user ? true : new _errors.UnauthenticatedError());
const isStaff = (0, _graphqlshield.rule)('isStaff', {
    cache: 'contextual'
})((_parent, _args, ctx)=>{
    if (!ctx.user) return new _errors.UnauthenticatedError();
    return ctx.user.isStaff ? true : new _errors.ForbiddenError('is_staff');
});
const perRule = new Map();
function can(codename) {
    let r = perRule.get(codename);
    if (!r) {
        r = (0, _graphqlshield.rule)(`staff+perm:${codename}`, {
            cache: 'contextual'
        })((_parent, _args, ctx)=>{
            if (!ctx.user) return new _errors.UnauthenticatedError();
            if (!ctx.user.isStaff) return new _errors.ForbiddenError('is_staff');
            return (0, _authuser.hasPerm)(ctx.user, codename) ? true : new _errors.ForbiddenError(codename);
        });
        perRule.set(codename, r);
    }
    return r;
}
function hasPermission(codename) {
    const key = `perm:${codename}`;
    let r = perRule.get(key);
    if (!r) {
        r = (0, _graphqlshield.rule)(key, {
            cache: 'contextual'
        })((_parent, _args, ctx)=>{
            if (!ctx.user) return new _errors.UnauthenticatedError();
            return (0, _authuser.hasPerm)(ctx.user, codename) ? true : new _errors.ForbiddenError(codename);
        });
        perRule.set(key, r);
    }
    return r;
}
