import { setPassword } from '../modules/auth/auth.service';
import { SessionStore } from '../http/session';
import { createPool } from '../db/database';
import { createLogger } from '../logger';
import { describeProblems, fail, openForCli, parseFlags, promptHidden } from './bootstrap';

// npm run changepassword -- --username NAME [--password NEW]  (prompts when --password is absent)
// Every session of the user ends.

async function run(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  const username = flags.get('username') ?? process.env.CMMS_USERNAME ?? '';
  if (!username || flags.has('help')) {
    fail('Usage: npm run changepassword -- --username NAME [--password NEW] [--skip-validation]', username ? 0 : 1);
  }
  let password = flags.get('password') ?? process.env.CMMS_PASSWORD;
  if (!password) {
    password = await promptHidden(`New password for ${username}: `);
    const again = await promptHidden('New password (again): ');
    if (password !== again) fail("Error: Your passwords didn't match.");
  }
  const rt = await openForCli();
  const pool = createPool(rt.db.url, rt.config.db, createLogger(rt.config), 1);
  try {
    const em = rt.orm.em.fork();
    const rows = await em.getConnection().execute<Array<{ id: number }>>('select id from auth_user where username = ?', [username]);
    if (!rows[0]) fail(`User "${username}" does not exist.`);
    const app = { config: rt.config, sessionStore: new SessionStore(pool) };
    await setPassword({ em, app } as Parameters<typeof setPassword>[0], rows[0].id, password, {
      field: 'password',
      validate: !flags.has('skip-validation'),
    });
    app.sessionStore.close();
    process.stdout.write(`Password changed successfully for user "${username}".\n`);
  } catch (err) {
    const detail = describeProblems(err);
    if (!detail) throw err;
    process.stderr.write(`Password not changed:\n${detail}\n`);
    process.exitCode = 1;
  } finally {
    await pool.end();
    await rt.close();
  }
}

run().catch((err) => fail(`changepassword failed: ${err instanceof Error ? err.message : String(err)}`));
