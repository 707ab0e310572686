import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { databaseUrl } from '../../src/db/embedded-postgres';
import { TEMPLATE_DATABASE } from './template';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A private database for one test file, copied from the prepared template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_PG_ADMIN_URL;
  if (!adminUrl) throw new Error('TEST_PG_ADMIN_URL is not set: run the tests with jest, whose globalSetup provides the database server');
  const name = `cmms_test_${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(4).toString('hex')}`;
  await withAdmin(adminUrl, (client) =>
    client.query(`create database ${client.escapeIdentifier(name)} template ${client.escapeIdentifier(TEMPLATE_DATABASE)}`),
  );

  let dropped: Promise<void> | undefined;
  return {
    url: databaseUrl(adminUrl, name),
    name,
    drop: () =>
      (dropped ??= withAdmin(adminUrl, async (client) => {
        // FORCE terminates the sessions still connected (e.g. a pool not yet closed).
        await client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`);
      })),
  };
}

async function withAdmin<T>(adminUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
