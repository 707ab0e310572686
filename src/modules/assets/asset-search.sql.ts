import { BadUserInputError } from '../../errors';
import type { AssetState } from './asset.entity';
import { subtreeIdsSql } from '../../db/tree';

// The SQL behind asset search and the asset list. ASSET_SEARCH_EXPR must stay identical
// to the expression of `activos_activo_search_trgm_index` (migration ..._asset_search):
// the planner only uses an expression index for the very same expression.

export const ASSET_SEARCH_EXPR =
  "(lower(a.name) || E'\\x1f' || a.internal_code || E'\\x1f' || lower(a.serial_number) || E'\\x1f' || lower(a.description))";

/** Below this length a term cannot use trigrams: it is a prefix of the name or the code. */
export const MIN_SUBSTRING_TERM = 3;
export const MAX_TERM_LENGTH = 100;

/** Trimmed, lower-case, without control characters (which also keeps the column separator out). */
export function normalizeTerm(q: string | null | undefined, field = 'q'): string {
  // eslint-disable-next-line no-control-regex
  const term = (q ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').trim().toLowerCase();
  if (term.length > MAX_TERM_LENGTH) {
    throw new BadUserInputError({ field, rule: 'max_length', message: `${field} must be at most ${MAX_TERM_LENGTH} characters.` });
  }
  return term;
}

/** Escapes LIKE wildcards so the term matches literally. */
export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export interface AssetConditions {
  /** Normalized search term ('' = no text condition). */
  term?: string;
  categoryId?: number | null;
  categoryDescendants?: boolean;
  locationId?: number | null;
  locationDescendants?: boolean;
  state?: AssetState | null;
  modelId?: number | null;
  responsibleId?: number | null;
  parentId?: number | null;
}

/** The WHERE clause (over alias `a`) and its bindings. */
export function assetWhere(c: AssetConditions): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const term = c.term ?? '';
  if (term.length >= MIN_SUBSTRING_TERM) {
    parts.push(`${ASSET_SEARCH_EXPR} like ?`);
    params.push(`%${escapeLike(term)}%`);
  } else if (term.length > 0) {
    parts.push('(lower(a.name) like ? or a.internal_code like ?)');
    params.push(`${escapeLike(term)}%`, `${escapeLike(term)}%`);
  }
  if (c.categoryId) {
    parts.push(c.categoryDescendants ? `a.category_id in ${subtreeIdsSql('activos_categoria')}` : 'a.category_id = ?');
    params.push(c.categoryId);
  }
  if (c.locationId) {
    parts.push(c.locationDescendants ? `a.location_id in ${subtreeIdsSql('activos_ubicacion')}` : 'a.location_id = ?');
    params.push(c.locationId);
  }
  if (c.state) {
    parts.push('a.state = ?');
    params.push(c.state);
  }
  if (c.modelId) {
    parts.push('a.model_id = ?');
    params.push(c.modelId);
  }
  if (c.responsibleId) {
    parts.push('a.responsible_id = ?');
    params.push(c.responsibleId);
  }
  if (c.parentId) {
    parts.push('a.parent_id = ?');
    params.push(c.parentId);
  }
  return { sql: parts.length ? parts.join(' and ') : 'true', params };
}

export const ASSET_COLUMNS = `a.id, a.name, a.internal_code, a.epc, a.serial_number, a.reference, a.model_id, a.category_id,
  a.description, to_char(a.purchase_date, 'YYYY-MM-DD') as purchase_date, a.cost::text as cost, a.state,
  a.responsible_id, a.parent_id, a.location_id, a.created_at, a.updated_at`;

/** How many rows, in name order, the search reads before it falls back to the trigram index. */
export const NAME_WALK_ROWS = 1000;

/**
 * Search: name order, at most `limit` rows. Also used by the benchmark to EXPLAIN the very query served.
 * A term of 1-2 characters becomes a union of name-ordered ranges: one per upper/lower-case
 * spelling of the name prefix (each a range of the (name, id) index, already in order) and
 * one for the code prefix, so even a prefix shared by most rows reads only `limit` rows per branch.
 *
 * A longer term runs in two steps within one statement, so no term can make it read most of
 * the table: first the first NAME_WALK_ROWS rows in name order (the (name, id) index) are
 * tested, which finds the answer at once for a word spread over the catalogue ("pump" in 10%
 * of names: ~500 rows); only if they hold fewer than `limit` matches do all matches come from
 * the trigram index, sorted. Walking the name index to the end instead is what the planner
 * would pick for a common term, and it costs seconds when the matches sit together late in
 * name order (a plant tag such as "B07-R3" inside names).
 */
export function assetSearchSql(c: AssetConditions, limit: number, columns = ASSET_COLUMNS): { sql: string; params: unknown[] } {
  const term = c.term ?? '';
  if (term.length > 0 && term.length < MIN_SUBSTRING_TERM) return shortTermSql(c, term, limit, columns);
  return nameOrderSql(c, null, limit, columns);
}

/**
 * The rows matching `c` in (name, id) order after the `after` key, at most `limit`. A text
 * term of MIN_SUBSTRING_TERM or more characters takes the two steps described above.
 */
function nameOrderSql(c: AssetConditions, after: [string, number] | null, limit: number, columns: string): { sql: string; params: unknown[] } {
  const term = c.term ?? '';
  const rest = assetWhere({ ...c, term: '' });
  const keyset = after ? { sql: ' and (a.name, a.id) > (?, ?)', params: after } : { sql: '', params: [] };
  if (term.length < MIN_SUBSTRING_TERM) {
    // No term, or a 1-2 character prefix (assetWhere's prefix condition): a plain keyset read.
    const where = assetWhere(c);
    return {
      sql: `select ${columns} from activos_activo a where ${where.sql}${keyset.sql} order by a.name, a.id limit ?`,
      params: [...where.params, ...keyset.params, limit],
    };
  }
  const indexed = assetWhere({ term });
  // Column by column in the head (the same matches: a term holds no separator), which spares
  // building the whole text of rows whose name already matches.
  const pattern = `%${escapeLike(term)}%`;
  const text = {
    sql: '(lower(a.name) like ? or a.internal_code like ? or lower(a.serial_number) like ? or lower(a.description) like ?)',
    params: [pattern, pattern, pattern, pattern],
  };
  // "offset 0" keeps each subquery planned on its own: the head reads exactly the first rows
  // by name; the fallback picks its rows by the trigram index, not by walking the name index.
  const sql = `
    with head as materialized (
      select * from (select * from activos_activo a where ${rest.sql}${keyset.sql} order by a.name, a.id limit ? offset 0) a
      where ${text.sql} order by a.name, a.id limit ?
    ), found as (select count(*) as n from head)
    select ${columns} from (
      select * from head where (select n from found) >= ?
      union all
      (select * from (select * from activos_activo a where ${indexed.sql} and ${rest.sql}${keyset.sql} offset 0) a
       where (select n from found) < ? order by a.name, a.id limit ?)
    ) a order by a.name, a.id`;
  return {
    sql,
    params: [
      ...rest.params, ...keyset.params, NAME_WALK_ROWS, ...text.params, limit,
      limit,
      ...indexed.params, ...rest.params, ...keyset.params, limit, limit,
    ],
  };
}

/** Every upper/lower-case spelling of a short prefix ("pu" -> pu, pU, Pu, PU). */
export function caseVariants(term: string): string[] {
  let out = [''];
  for (const ch of term) {
    const forms = [...new Set([ch.toLowerCase(), ch.toUpperCase()])];
    out = out.flatMap((prefix) => forms.map((f) => prefix + f));
  }
  return out;
}

function shortTermSql(c: AssetConditions, term: string, limit: number, columns: string): { sql: string; params: unknown[] } {
  const rest = assetWhere({ ...c, term: '' });
  const branches: string[] = [];
  const params: unknown[] = [];
  const branch = (condition: string, values: string[]) => {
    branches.push(`(select ${columns} from activos_activo a where ${condition} and ${rest.sql} order by a.name, a.id limit ?)`);
    params.push(...values, ...rest.params, limit);
  };
  // The lower() check keeps the exact semantics where case mapping is not one-to-one.
  for (const variant of caseVariants(term)) {
    branch('a.name like ? and lower(a.name) like ?', [`${escapeLike(variant)}%`, `${escapeLike(term)}%`]);
  }
  branch('a.internal_code like ?', [`${escapeLike(term)}%`]);
  return { sql: `select * from (${branches.join(' union ')}) a order by a.name, a.id limit ?`, params: [...params, limit] };
}

/** A keyset page in (name, id) order, starting after the cursor key. */
export function assetPageSql(c: AssetConditions, after: [string, number] | null, take: number): { sql: string; params: unknown[] } {
  return nameOrderSql(c, after, take, ASSET_COLUMNS);
}
