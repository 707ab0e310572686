import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { parseConfig } from '../config';
import { createLogger } from '../logger';
import { openDatabase } from '../db/database';
import { databaseUrl } from '../db/embedded-postgres';
import { initOrm, migrate } from '../db/orm';

// npm run db:diff: migrates a scratch database and prints the SQL that would make it
// match the entities. Empty output means the migrations and the entities agree; use
// the output as the starting point of a new migration.

async function run(): Promise<void> {
  const config = parseConfig({ NODE_ENV: 'development', LOG_LEVEL: 'warn', ...process.env });
  const db = await openDatabase(config, createLogger(config));
  const name = `cmms_diff_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: db.url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  try {
    const orm = await initOrm(databaseUrl(db.url, name));
    await migrate(orm);
    const sql = await orm.schema.getUpdateSchemaSQL({ wrap: false, safe: false, dropTables: true });
    process.stdout.write(sql.trim() ? `${sql.trim()}\n` : '-- migrations match the entities\n');
    await orm.close(true);
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
    await db.stop();
  }
}

void run();
