"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
const _authservice = require("../modules/auth/auth.service");
const _session = require("../http/session");
const _database = require("../db/database");
const _logger = require("../logger");
const _bootstrap = require("./bootstrap");
// npm run changepassword -- --username NAME [--password NEW]  (prompts when --password is absent)
// Every session of the user ends.
async function run() {
    const flags = (0, _bootstrap.parseFlags)(process.argv.slice(2));
    const username = flags.get('username') ?? process.env.CMMS_USERNAME ?? '';
    if (!username || flags.has('help')) {
        (0, _bootstrap.fail)('Usage: npm run changepassword -- --username NAME [--password NEW] [--skip-validation]', username ? 0 : 1);
    }
    let password = flags.get('password') ?? process.env.CMMS_PASSWORD;
    if (!password) {
        password = await (0, _bootstrap.promptHidden)(`New password for ${username}: `);
        const again = await (0, _bootstrap.promptHidden)('New password (again): ');
        if (password !== again) (0, _bootstrap.fail)("Error: Your passwords didn't match.");
    }
    const rt = await (0, _bootstrap.openForCli)();
    const pool = (0, _database.createPool)(rt.db.url, rt.config.db, (0, _logger.createLogger)(rt.config), 1);
    try {
        const em = rt.orm.em.fork();
        const rows = await em.getConnection().execute('select id from auth_user where username = ?', [
            username
        ]);
        if (!rows[0]) (0, _bootstrap.fail)(`User "${username}" does not exist.`);
        const app = {
            config: rt.config,
            sessionStore: new _session.SessionStore(pool)
        };
        await (0, _authservice.setPassword)({
            em,
            app
        }, rows[0].id, password, {
            field: 'password',
            validate: !flags.has('skip-validation')
        });
        app.sessionStore.close();
        process.stdout.write(`Password changed successfully for user "${username}".\n`);
    } catch (err) {
        const detail = (0, _bootstrap.describeProblems)(err);
        if (!detail) throw err;
        process.stderr.write(`Password not changed:\n${detail}\n`);
        process.exitCode = 1;
    } finally{
        await pool.end();
        await rt.close();
    }
}
run().catch((err)=>(0, _bootstrap.fail)(`changepassword failed: ${err instanceof Error ? err.message : String(err)}`));
