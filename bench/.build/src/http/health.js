"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "healthRoutes", {
    enumerable: true,
    get: function() {
        return healthRoutes;
    }
});
const _express = require("express");
function healthRoutes(pool) {
    const router = (0, _express.Router)();
    router.get('/healthz', (_req, res)=>{
        res.json({
            status: 'ok'
        });
    });
    router.get('/readyz', async (_req, res)=>{
        try {
            await pool.query('select 1');
            res.json({
                status: 'ok',
                database: 'up'
            });
        } catch  {
            res.status(503).json({
                status: 'unavailable',
                database: 'down'
            });
        }
    });
    return router;
}
