"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "installAuditContext", {
    enumerable: true,
    get: function() {
        return installAuditContext;
    }
});
const _auditcontext = require("./audit-context");
// The audit trigger reads who/which request/which operation from cmms.audit_context,
// set transaction-locally (set_config(..., true)) so a pooled connection never carries
// one request's identity into another's statements.
const SET_CONTEXT = "select set_config('cmms.audit_context', ?, true)";
const WRITE = /^\s*(insert|update|delete|merge)\b|^\s*with\b[\s\S]*\b(insert|update|delete)\b/i;
function encode(c) {
    return JSON.stringify(c);
}
/** Every transaction the ORM starts (em.transactional, flush) carries the current context. */ let AuditTransactionSubscriber = class AuditTransactionSubscriber {
    async afterTransactionStart(args) {
        const c = (0, _auditcontext.currentAuditContext)();
        if (!c) return;
        await args.em.getConnection().execute(SET_CONTEXT, [
            encode(c)
        ], 'run', args.transaction);
    }
};
function installAuditContext(orm) {
    orm.em.getEventManager().registerSubscriber(new AuditTransactionSubscriber());
    const connection = orm.em.getConnection();
    const execute = connection.execute.bind(connection);
    connection.execute = (sql, params = [], method = 'all', ctx, loggerContext)=>{
        const c = ctx ? undefined : (0, _auditcontext.currentAuditContext)();
        if (!c || typeof sql !== 'string' || !WRITE.test(sql)) return execute(sql, params, method, ctx, loggerContext);
        return connection.transactional(async (trx)=>{
            await execute(SET_CONTEXT, [
                encode(c)
            ], 'run', trx);
            return execute(sql, params, method, trx, loggerContext);
        });
    };
}
