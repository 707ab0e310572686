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
  const { text, placeholders } = numberedSql(sql);
  // A `?` that is not a placeholder (in a literal, a jsonb operator) would be numbered too.
  if (placeholders !== values.length) throw new Error(`statement "${name}": ${placeholders} placeholders for ${values.length} values`);
  const res = await pool.query<R>({ name, text, values, types: DRIVER_TYPES }).catch((err: unknown) => {
    if (!isStalePreparedStatement(err)) throw err;
    return pool.query<R>({ text, values, types: DRIVER_TYPES });
  });
  return res.rows;
}

/** 0A000: "cached plan must not change result type"; 26000: "prepared statement ... does not exist". */
function isStalePreparedStatement(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '0A000' || code === '26000';
}
