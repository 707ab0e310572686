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
    get EMBEDDED_DB_NAME () {
        return EMBEDDED_DB_NAME;
    },
    get createPool () {
        return createPool;
    },
    get openDatabase () {
        return openDatabase;
    }
});
const _nodepath = /*#__PURE__*/ _interop_require_default(require("node:path"));
const _pg = require("pg");
const _embeddedpostgres = require("./embedded-postgres");
function _interop_require_default(obj) {
    return obj && obj.__esModule ? obj : {
        default: obj
    };
}
const EMBEDDED_DB_NAME = 'cmms';
async function openDatabase(config, logger) {
    if (config.databaseUrl) return {
        url: config.databaseUrl,
        embedded: false,
        stop: async ()=>{}
    };
    const dataDir = _nodepath.default.resolve(config.embeddedPg.dir);
    const pg = await (0, _embeddedpostgres.startEmbeddedPostgres)({
        dataDir,
        port: config.embeddedPg.port,
        log: (msg)=>logger.info(msg)
    });
    logger.info({
        dataDir: pg.dataDir,
        port: config.embeddedPg.port,
        reused: pg.reused
    }, 'embedded PostgreSQL ready');
    const url = await (0, _embeddedpostgres.ensureDatabase)(pg.adminUrl, EMBEDDED_DB_NAME);
    return {
        url,
        embedded: true,
        stop: ()=>pg.stop()
    };
}
function createPool(url, db, logger, max = 5) {
    const pool = new _pg.Pool({
        connectionString: url,
        max,
        connectionTimeoutMillis: db.acquireTimeoutMs,
        idleTimeoutMillis: 30_000,
        statement_timeout: db.statementTimeoutMs,
        lock_timeout: db.lockTimeoutMs,
        idle_in_transaction_session_timeout: db.idleInTransactionTimeoutMs,
        application_name: 'energy-cmms-auth'
    });
    // An idle client losing its connection (database restart) must not crash the process.
    pool.on('error', (err)=>logger.warn({
            err
        }, 'idle database connection lost'));
    return pool;
}
