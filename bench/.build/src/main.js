"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
require("reflect-metadata");
const _nodecrypto = require("node:crypto");
const _config = require("./config");
const _envfile = require("./env-file");
const _app = require("./app");
const _logger = require("./logger");
const _database = require("./db/database");
const _orm = require("./db/orm");
const _useradmin = require("./modules/users/user-admin");
const _demoseeder = require("./db/seeders/demo-seeder");
// config -> database -> migrate -> createApp -> listen; SIGTERM drains and exits 0.
async function main() {
    let config;
    try {
        (0, _envfile.loadEnvFile)();
        config = (0, _config.parseConfig)();
    } catch (err) {
        if (err instanceof _config.ConfigError) {
            process.stderr.write(`${err.message}\n`);
            process.exit(78);
        }
        throw err;
    }
    const logger = (0, _logger.createLogger)(config);
    const db = await (0, _database.openDatabase)(config, logger);
    const orm = await (0, _orm.initOrm)(db.url, config.db);
    const applied = await (0, _orm.migrate)(orm);
    if (applied.length) logger.info({
        migrations: applied
    }, 'migrations applied');
    const pool = (0, _database.createPool)(db.url, config.db, logger);
    const { server, close } = await (0, _app.createApp)({
        config,
        orm,
        logger,
        pool
    });
    const firstLogin = await prepareFirstLogin(config, orm, db.embedded);
    await new Promise((resolve)=>server.listen(config.port, config.host, resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const base = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
    printBanner(base, config, firstLogin, db.embedded);
    let stopping = false;
    const shutdown = async (signal)=>{
        if (stopping) return;
        stopping = true;
        logger.info({
            signal,
            graceMs: config.shutdownGraceMs
        }, 'shutting down: finishing in-flight requests');
        const force = setTimeout(()=>{
            logger.error('shutdown took too long; exiting');
            process.exit(1);
        }, config.shutdownGraceMs + 15_000);
        force.unref();
        try {
            const step = async (name, work)=>{
                logger.debug({
                    step: name
                }, 'shutdown step');
                await work();
            };
            await step('http', close);
            await step('orm', ()=>orm.close(true));
            await step('pool', ()=>pool.end());
            await step('database', ()=>db.stop());
            logger.info('stopped');
            process.exit(0);
        } catch (err) {
            logger.error({
                err
            }, 'error while shutting down');
            process.exit(1);
        }
    };
    process.on('SIGTERM', ()=>void shutdown('SIGTERM'));
    process.on('SIGINT', ()=>void shutdown('SIGINT'));
}
/**
 * On the very first start of an embedded database in development, create an `admin`
 * superuser with a random password so a newcomer can log in straight away.
 */ async function prepareFirstLogin(config, orm, embedded) {
    if (!embedded || config.nodeEnv !== 'development' || !config.demoOnFirstStart) return null;
    if (await (0, _useradmin.countUsers)(orm.em.fork()) > 0) return null;
    const password = (0, _nodecrypto.randomBytes)(12).toString('base64url');
    await (0, _useradmin.createSuperuser)(orm.em.fork(), config, {
        username: 'admin',
        email: 'admin@example.org',
        password,
        validate: false
    });
    const demo = await (0, _demoseeder.seedDemo)(orm.em.fork());
    return {
        username: 'admin',
        password,
        assets: demo.assets
    };
}
function printBanner(base, config, first, embedded) {
    const lines = [
        '',
        `  Energy CMMS is running at ${base}/`,
        `    GraphQL endpoint:  ${base}/graphql`,
        `    Log in:            ${base}/admin/login/`,
        `    Health:            ${base}/healthz  ${base}/readyz`,
        embedded ? `    Database:          embedded PostgreSQL (data in ${config.embeddedPg.dir})` : '    Database:          DATABASE_URL',
        '',
        first ? `  First start: created the superuser "${first.username}" with password "${first.password}" (change it with npm run changepassword -- --username ${first.username}),\n  and loaded the demo data (${first.assets} assets in a substation, a plant and an office building).` : '  Log in with your account; create a superuser with: npm run createsuperuser -- --username <name> --email <email>',
        first ? '' : '  Demo data (a substation, a plant and an office building): npm run seed:demo',
        ''
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
}
main().catch((err)=>{
    process.stderr.write(`Failed to start: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exit(1);
});
