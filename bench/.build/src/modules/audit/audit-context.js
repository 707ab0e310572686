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
    get auditContextMiddleware () {
        return auditContextMiddleware;
    },
    get auditMutationField () {
        return auditMutationField;
    },
    get currentAuditContext () {
        return currentAuditContext;
    },
    get runWithAuditContext () {
        return runWithAuditContext;
    }
});
const _nodeasync_hooks = require("node:async_hooks");
const storage = new _nodeasync_hooks.AsyncLocalStorage();
function currentAuditContext() {
    return storage.getStore();
}
function runWithAuditContext(ctx, work) {
    return storage.run(ctx, work);
}
function auditContextMiddleware() {
    return (req, _res, next)=>{
        storage.run({
            actor_id: req.user?.id ?? null,
            request_id: req.requestId ?? null,
            operation: `${req.method} ${req.baseUrl}${req.path}`.slice(0, 200),
            operation_name: null
        }, next);
    };
}
const auditMutationField = (resolve, root, args, ctx, info)=>storage.run({
        actor_id: ctx.user?.id ?? null,
        request_id: ctx.requestId,
        operation: info.fieldName,
        operation_name: info.operation.name?.value.slice(0, 200) ?? null
    }, ()=>resolve(root, args, ctx, info));
