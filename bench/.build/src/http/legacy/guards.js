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
    get AUTH_REQUIRED_BODY () {
        return AUTH_REQUIRED_BODY;
    },
    get requireStaffPerms () {
        return requireStaffPerms;
    }
});
const _authuser = require("../../modules/auth/auth-user");
const AUTH_REQUIRED_BODY = {
    error: 'Authentication required',
    redirect: '/admin/login/'
};
function requireStaffPerms(...codenames) {
    return (req, res, next)=>{
        if (!req.user) {
            res.status(401).json(AUTH_REQUIRED_BODY);
            return;
        }
        if (!req.user.isStaff) {
            res.status(403).json({
                error: 'Permission denied',
                required_permission: 'is_staff'
            });
            return;
        }
        const missing = codenames.find((c)=>!(0, _authuser.hasPerm)(req.user, c));
        if (missing) {
            res.status(403).json({
                error: 'Permission denied',
                required_permission: missing
            });
            return;
        }
        next();
    };
}
