"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
const _useradmin = require("../modules/users/user-admin");
const _bootstrap = require("./bootstrap");
// npm run createsuperuser -- --username admin --email admin@example.org [--password ...]
// or CMMS_SUPERUSER_USERNAME / CMMS_SUPERUSER_EMAIL / CMMS_SUPERUSER_PASSWORD (no prompt in CI).
async function run() {
    const flags = (0, _bootstrap.parseFlags)(process.argv.slice(2));
    if (flags.has('help')) {
        process.stdout.write('Usage: npm run createsuperuser -- --username NAME --email EMAIL [--password PASSWORD] [--skip-validation]\n' + 'Environment instead of flags: CMMS_SUPERUSER_USERNAME, CMMS_SUPERUSER_EMAIL, CMMS_SUPERUSER_PASSWORD.\n');
        return;
    }
    const username = flags.get('username') ?? process.env.CMMS_SUPERUSER_USERNAME ?? '';
    const email = flags.get('email') ?? process.env.CMMS_SUPERUSER_EMAIL ?? '';
    if (!username) (0, _bootstrap.fail)('--username (or CMMS_SUPERUSER_USERNAME) is required.');
    let password = flags.get('password') ?? process.env.CMMS_SUPERUSER_PASSWORD;
    if (!password) {
        password = await (0, _bootstrap.promptHidden)('Password: ');
        const again = await (0, _bootstrap.promptHidden)('Password (again): ');
        if (password !== again) (0, _bootstrap.fail)("Error: Your passwords didn't match.");
    }
    const rt = await (0, _bootstrap.openForCli)();
    try {
        const id = await (0, _useradmin.createSuperuser)(rt.orm.em.fork(), rt.config, {
            username,
            email,
            password,
            validate: !flags.has('skip-validation')
        });
        process.stdout.write(`Superuser "${username}" created (id ${id}).\n`);
    } catch (err) {
        const detail = (0, _bootstrap.describeProblems)(err);
        if (!detail) throw err;
        process.stderr.write(`Superuser not created:\n${detail}\n`);
        process.exitCode = 1;
    } finally{
        await rt.close();
    }
}
run().catch((err)=>(0, _bootstrap.fail)(`createsuperuser failed: ${err instanceof Error ? err.message : String(err)}`));
