"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "canSavePin", {
    enumerable: true,
    get: function() {
        return canSavePin;
    }
});
const _graphqlshield = require("graphql-shield");
const _errors = require("../../errors");
const _authuser = require("../auth/auth-user");
const canSavePin = (0, _graphqlshield.rule)('staff+perm:savePin', {
    cache: 'strict'
})((_parent, args, ctx)=>{
    if (!ctx.user) return new _errors.UnauthenticatedError();
    if (!ctx.user.isStaff) return new _errors.ForbiddenError('is_staff');
    const codename = args.input?.id ? 'activos.change_pinplano' : 'activos.add_pinplano';
    return (0, _authuser.hasPerm)(ctx.user, codename) ? true : new _errors.ForbiddenError(codename);
});
