import 'reflect-metadata';
import { Client } from 'pg';
import { databaseUrl } from '../../src/db/embedded-postgres';
import { initOrm, migrate } from '../../src/db/orm';

/** Every test database is a copy of this one (CREATE DATABASE ... TEMPLATE). */
export const TEMPLATE_DATABASE = 'cmms_test_template';

/**
 * Runs once per jest run (globalSetup), before any worker starts: (re)creates the
 * template database with every migration applied; test files copy it.
 */
export async function prepareTemplate(adminUrl: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const name = client.escapeIdentifier(TEMPLATE_DATABASE);
    // Fresh every run, so it always matches the current migrations.
    await client.query(`drop database if exists ${name} with (force)`);
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  // PostgreSQL refuses to copy a template that still has sessions: close before returning.
  const orm = await initOrm(databaseUrl(adminUrl, TEMPLATE_DATABASE));
  try {
    await migrate(orm);
  } finally {
    await orm.close(true);
    // Jest exposes the main process's globals to in-band test files; MikroORM keeps its
    // entity metadata there, and objects from this realm break the tests' own ORM.
    for (const key of Object.keys(globalThis)) {
      if (key.startsWith('mikro-orm-')) delete (globalThis as Record<string, unknown>)[key];
    }
  }
}
