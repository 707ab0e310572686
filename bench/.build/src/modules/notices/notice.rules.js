"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "requesterOrCan", {
    enumerable: true,
    get: function() {
        return requesterOrCan;
    }
});
const _graphqlshield = require("graphql-shield");
const _errors = require("../../errors");
const _authuser = require("../auth/auth-user");
const rules = new Map();
function requesterOrCan(codename) {
    let r = rules.get(codename);
    if (!r) {
        r = (0, _graphqlshield.rule)(`notice-requester-or:${codename}`, {
            cache: 'strict'
        })((parent, _args, ctx)=>{
            if (!ctx.user) return new _errors.UnauthenticatedError();
            if (parent.requesterId === ctx.user.id) return true;
            if (!ctx.user.isStaff) return new _errors.ForbiddenError('is_staff');
            return (0, _authuser.hasPerm)(ctx.user, codename) ? true : new _errors.ForbiddenError(codename);
        });
        rules.set(codename, r);
    }
    return r;
}
