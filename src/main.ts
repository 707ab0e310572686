import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { parseConfig, ConfigError, type Config } from './config';
import { loadEnvFile } from './env-file';
import { createApp } from './app';
import { createLogger } from './logger';
import { createPool, openDatabase } from './db/database';
import { initOrm, migrate } from './db/orm';
import { createSuperuser, countUsers } from './modules/users/user-admin';
import { resumeInterruptedJobs } from './modules/schedules/job-runner';
import { seedDemo } from './db/seeders/demo-seeder';
import { seedDemoPlansAndOrders } from './db/seeders/demo-plans';

// config -> database -> migrate -> createApp -> listen; SIGTERM drains and exits 0.

async function main(): Promise<void> {
  let config: Config;
  try {
    loadEnvFile();
    config = parseConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(78);
    }
    throw err;
  }
  const logger = createLogger(config);
  const db = await openDatabase(config, logger);
  const orm = await initOrm(db.url, config.db);
  const applied = await migrate(orm);
  if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
  const pool = createPool(db.url, config.db, logger);
  const { server, close, services } = await createApp({ config, orm, logger, pool });
  // Background jobs left queued or orphaned by a stopped process run again (they are idempotent).
  resumeInterruptedJobs(services).catch((err) => logger.error({ err }, 'could not resume background jobs'));

  const firstLogin = await prepareFirstLogin(config, orm, db.embedded);
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const base = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  printBanner(base, config, firstLogin, db.embedded);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, graceMs: config.shutdownGraceMs }, 'shutting down: finishing in-flight requests');
    const force = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, config.shutdownGraceMs + 15_000);
    force.unref();
    try {
      const step = async (name: string, work: () => Promise<unknown>) => {
        logger.debug({ step: name }, 'shutdown step');
        await work();
      };
      await step('http', close);
      await step('orm', () => orm.close(true));
      await step('pool', () => pool.end());
      await step('database', () => db.stop());
      logger.info('stopped');
      process.exit(0);
    } catch (err) {
      logger.error({ err }, 'error while shutting down');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

/**
 * On the very first start of an embedded database in development, create an `admin`
 * superuser with a random password so a newcomer can log in straight away.
 */
async function prepareFirstLogin(config: Config, orm: Awaited<ReturnType<typeof initOrm>>, embedded: boolean) {
  if (!embedded || config.nodeEnv !== 'development' || !config.demoOnFirstStart) return null;
  if ((await countUsers(orm.em.fork())) > 0) return null;
  const password = randomBytes(12).toString('base64url');
  const adminId = await createSuperuser(orm.em.fork(), config, { username: 'admin', email: 'admin@example.org', password, validate: false });
  const demo = await seedDemo(orm.em.fork());
  await seedDemoPlansAndOrders(orm.em.fork(), config, adminId);
  return { username: 'admin', password, assets: demo.assets };
}

function printBanner(
  base: string,
  config: Config,
  first: { username: string; password: string; assets: number } | null,
  embedded: boolean,
) {
  const lines = [
    '',
    `  Energy CMMS is running at ${base}/`,
    `    GraphQL endpoint:  ${base}/graphql`,
    `    Log in:            ${base}/admin/login/`,
    `    Health:            ${base}/healthz  ${base}/readyz`,
    embedded ? `    Database:          embedded PostgreSQL (data in ${config.embeddedPg.dir})` : '    Database:          DATABASE_URL',
    '',
    first
      ? `  First start: created the superuser "${first.username}" with password "${first.password}" (change it with npm run changepassword -- --username ${first.username}),\n  and loaded the demo data (${first.assets} assets in a substation, a plant and an office building).`
      : '  Log in with your account; create a superuser with: npm run createsuperuser -- --username <name> --email <email>',
    first ? '' : '  Demo data (a substation, a plant and an office building): npm run seed:demo',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((err) => {
  process.stderr.write(`Failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
