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
    get NON_ENTITY_TABLES () {
        return NON_ENTITY_TABLES;
    },
    get initOrm () {
        return initOrm;
    },
    get migrate () {
        return migrate;
    },
    get ormOptions () {
        return ormOptions;
    }
});
const _postgresql = require("@mikro-orm/postgresql");
const _migrations = require("@mikro-orm/migrations");
const _entities = require("../entities");
const _migrations1 = require("./migrations");
const _auditorm = require("../modules/audit/audit-orm");
const NON_ENTITY_TABLES = [
    'http_session',
    'login_throttle',
    'mikro_orm_migrations',
    'audit_log'
];
function ormOptions(url, db, extra = {}) {
    return (0, _postgresql.defineConfig)({
        clientUrl: url,
        entities: _entities.entities,
        discovery: {
            disableDynamicFileAccess: true,
            requireEntitiesArray: true
        },
        extensions: [
            _migrations.Migrator
        ],
        migrations: {
            migrationsList: _migrations1.migrationsList,
            tableName: 'mikro_orm_migrations',
            transactional: true,
            allOrNothing: true,
            snapshot: false,
            silent: true
        },
        schemaGenerator: {
            skipTables: NON_ENTITY_TABLES
        },
        // One query per relation for a whole list instead of one per row.
        dataloader: true,
        forceUtcTimezone: true,
        pool: {
            min: 0,
            max: db?.poolMax ?? 10
        },
        driverOptions: {
            acquireConnectionTimeout: db?.acquireTimeoutMs ?? 5000,
            connection: {
                // Server-side limits on every connection, so nothing holds locks or rows forever.
                statement_timeout: db?.statementTimeoutMs ?? 30000,
                lock_timeout: db?.lockTimeoutMs ?? 10000,
                idle_in_transaction_session_timeout: db?.idleInTransactionTimeoutMs ?? 60000,
                connectionTimeoutMillis: db?.acquireTimeoutMs ?? 5000,
                application_name: 'energy-cmms'
            }
        },
        debug: false,
        ...extra
    });
}
async function initOrm(url, db, extra = {}) {
    const orm = await _postgresql.MikroORM.init(ormOptions(url, db, extra));
    (0, _auditorm.installAuditContext)(orm);
    return orm;
}
async function migrate(orm) {
    const applied = await orm.getMigrator().up();
    return applied.map((m)=>m.name);
}
