import { Client } from 'pg';
import { createTestDatabase } from './database';

async function query<T extends object>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('test databases', () => {
  it('are created from the template, usable, with pg_trgm, and dropped', async () => {
    const db = await createTestDatabase();
    try {
      expect(db.name).toMatch(/^cmms_test_\d+_[0-9a-f]{8}$/);
      expect(await query(db.url, 'select 1 as one')).toEqual([{ one: 1 }]);
      expect(await query(db.url, 'show server_encoding')).toEqual([{ server_encoding: 'UTF8' }]);

      const client = new Client({ connectionString: db.url });
      await client.connect();
      try {
        await client.query('create extension if not exists pg_trgm');
        const { rows } = await client.query<{ score: number }>("select similarity('pump', 'pumps') as score");
        expect(rows[0]?.score).toBeGreaterThan(0.5);
      } finally {
        await client.end();
      }
    } finally {
      await db.drop();
    }

    const adminUrl = process.env.TEST_PG_ADMIN_URL as string;
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    try {
      const left = await client.query('select 1 from pg_database where datname = $1', [db.name]);
      expect(left.rowCount).toBe(0);
    } finally {
      await client.end();
    }
  });

  it('drop() ends sessions still connected', async () => {
    const db = await createTestDatabase();
    const client = new Client({ connectionString: db.url });
    client.on('error', () => undefined); // the forced drop terminates this session
    await client.connect();
    await db.drop();
    await expect(client.query('select 1')).rejects.toThrow();
    await client.end().catch(() => undefined);
  });
});
