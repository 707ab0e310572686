"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "requirePerm", {
    enumerable: true,
    get: function() {
        return requirePerm;
    }
});
const _errors = require("../../errors");
const _authuser = require("../auth/auth-user");
function requirePerm(ctx, ...codenames) {
    if (!ctx.user) throw new _errors.UnauthenticatedError();
    if (!ctx.user.isStaff) throw new _errors.ForbiddenError('is_staff');
    const missing = codenames.find((c)=>!(0, _authuser.hasPerm)(ctx.user, c));
    if (missing) throw new _errors.ForbiddenError(missing);
}
