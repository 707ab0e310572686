import { createSource } from '../modules/webhooks/webhook-source.service';
import { describeProblems, fail, openForCli, parseFlags } from './bootstrap';

// npm run webhook:add-source -- --name scada --username scada-bot
// Prints the generated secret once; sign webhooks with it.

async function run(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  const name = flags.get('name') ?? '';
  const username = flags.get('username') ?? '';
  if (flags.has('help') || !name || !username) {
    process.stdout.write('Usage: npm run webhook:add-source -- --name NAME --username USER\n  USER is the account the source acts as (requester of its notices, author of its readings).\n');
    if (!flags.has('help')) process.exitCode = 1;
    return;
  }
  const rt = await openForCli();
  try {
    const em = rt.orm.em.fork();
    const [user] = await em.execute<Array<{ id: number }>>('select id from auth_user where username = ?', [username]);
    if (!user) fail(`No user "${username}".`);
    const { source, secret } = await createSource(em, name, user.id);
    process.stdout.write(`Webhook source "${source.name}" created (id ${source.id}).\nSecret (shown only now): ${secret}\n`);
  } catch (err) {
    const detail = describeProblems(err);
    if (!detail) throw err;
    process.stderr.write(`Webhook source not created:\n${detail}\n`);
    process.exitCode = 1;
  } finally {
    await rt.close();
  }
}

run().catch((err) => fail(`webhook:add-source failed: ${err instanceof Error ? err.message : String(err)}`));
