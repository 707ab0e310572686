"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
require("reflect-metadata");
const _nodecrypto = require("node:crypto");
const _pg = require("pg");
const _config = require("../config");
const _logger = require("../logger");
const _database = require("../db/database");
const _embeddedpostgres = require("../db/embedded-postgres");
const _orm = require("../db/orm");
// npm run db:diff: migrates a scratch database and prints the SQL that would make it
// match the entities. Empty output means the migrations and the entities agree; use
// the output as the starting point of a new migration.
async function run() {
    const config = (0, _config.parseConfig)({
        NODE_ENV: 'development',
        LOG_LEVEL: 'warn',
        ...process.env
    });
    const db = await (0, _database.openDatabase)(config, (0, _logger.createLogger)(config));
    const name = `cmms_diff_${(0, _nodecrypto.randomBytes)(4).toString('hex')}`;
    const admin = new _pg.Client({
        connectionString: db.url
    });
    await admin.connect();
    await admin.query(`create database ${name}`);
    try {
        const orm = await (0, _orm.initOrm)((0, _embeddedpostgres.databaseUrl)(db.url, name));
        await (0, _orm.migrate)(orm);
        const sql = await orm.schema.getUpdateSchemaSQL({
            wrap: false,
            safe: false,
            dropTables: true
        });
        process.stdout.write(sql.trim() ? `${sql.trim()}\n` : '-- migrations match the entities\n');
        await orm.close(true);
    } finally{
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
        await db.stop();
    }
}
void run();
