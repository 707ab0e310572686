import { types as pgTypes, type Pool, type QueryResultRow } from 'pg';

const numberedCache = new Map<string, { text: string; placeholders: number }>();

/**
 * The statement text with `?` placeholders (as knex takes them, and as the SQL constants
 * shared with the benchmark's limit are written) numbered `$1, $2...` for pg, with how many
 * values it takes (a text already numbered keeps its own).
 */
export function numberedSql(sql: string): { text: string; placeholders: number } {
  let entry = numberedCache.get(sql);
  if (entry === undefined) {
    let n = 0;
    const text = sql.replace(/\?/g, () => `$${++n}`);
    entry = { text, placeholders: n || Math.max(0, ...[...sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1]))) };
    numberedCache.set(sql, entry);
  }
  return entry;
}

// Dates and intervals as the text PostgreSQL sends, like the ORM's driver (cursors keep microseconds).
const TEXT_OIDS = new Set([1082, 1114, 1184, 1186]);
export const DRIVER_TYPES = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    TEXT_OIDS.has(oid) ? (v: string) => v : pgTypes.getTypeParser(oid, format as 'text'),
};

/**
 * A read sent as a named statement: each connection parses and plans it once, not on every
 * request. A connection whose statement went stale (a migration changed a column it returns;
 * a pooler that lost it) is closed by pool.query, and the read runs once more unnamed.
 */
export async function queryNamed<R extends QueryResultRow>(pool: Pool, name: string, sql: string, values: unknown[]): Promise<R[]> {
  const text = checkedText(sql, values, `statement "${name}"`);
  const res = await pool.query<R>({ name, text, values, types: DRIVER_TYPES }).catch((err: unknown) => {
    if (!isStalePreparedStatement(err)) throw err;
    return pool.query<R>({ text, values, types: DRIVER_TYPES });
  });
  return res.rows;
}

/**
 * A read whose best plan depends on its values (a search: a rare word against a common one),
 * sent with its values as parameters of an unnamed statement: PostgreSQL plans it for those
 * values every time, as with the values the ORM's driver would write into the text, and the
 * read skips the ORM's connection like the loaders' reads.
 */
export async function queryRows<R extends QueryResultRow>(pool: Pool, sql: string, values: unknown[]): Promise<R[]> {
  const text = checkedText(sql, values, 'read');
  return (await pool.query<R>({ text, values, types: DRIVER_TYPES })).rows;
}

function checkedText(sql: string, values: unknown[], what: string): string {
  const { text, placeholders } = numberedSql(sql);
  // A `?` that is not a placeholder (in a literal, a jsonb operator) would be numbered too.
  if (placeholders !== values.length) throw new Error(`${what}: ${placeholders} placeholders for ${values.length} values`);
  return text;
}

/** 0A000: "cached plan must not change result type"; 26000: "prepared statement ... does not exist". */
function isStalePreparedStatement(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '0A000' || code === '26000';
}
