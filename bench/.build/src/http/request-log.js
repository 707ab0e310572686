"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "requestLog", {
    enumerable: true,
    get: function() {
        return requestLog;
    }
});
const _nodecrypto = require("node:crypto");
const INCOMING_ID = /^[A-Za-z0-9._-]{8,64}$/;
function requestLog(logger) {
    return (req, res, next)=>{
        const started = process.hrtime.bigint();
        const incoming = req.get('x-request-id');
        req.requestId = incoming && INCOMING_ID.test(incoming) ? incoming : (0, _nodecrypto.randomUUID)();
        req.user = null;
        req.log = logger.child({
            reqId: req.requestId
        });
        res.setHeader('X-Request-Id', req.requestId);
        res.on('finish', ()=>{
            const body = req.body;
            const operation = typeof body?.operationName === 'string' ? body.operationName : typeof req.query?.operationName === 'string' ? req.query.operationName : undefined;
            logger.info({
                reqId: req.requestId,
                method: req.method,
                path: req.originalUrl.split('?')[0],
                user: req.user?.username ?? null,
                operation,
                status: res.statusCode,
                durationMs: Number(process.hrtime.bigint() - started) / 1e6
            }, 'request');
        });
        next();
    };
}
