import type { IMiddlewareFunction } from 'graphql-middleware';
import DataLoader from 'dataloader';
import type { QueryResultRow } from 'pg';
import type { Context } from '../context';
import { queryNamed } from '../db/prepared';
import { intArray } from '../db/sql';

/**
 * Per-request DataLoaders, created on first use under a name. Field resolvers on lists
 * use them so a page of N parents costs one query per relation, not N.
 */
export class Loaders {
  private readonly map = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>): DataLoader<K, V> {
    let loader = this.map.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
      this.map.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/**
 * A loader whose batch is one named statement over the ids (`sql` takes them as
 * `= any(?::int[])`; the loader's name names the statement), its rows shaped into one value
 * (or Error) per id, in the order of the ids.
 */
export function rowsLoader<R extends QueryResultRow, V>(
  ctx: Pick<Context, 'app' | 'loaders'>,
  name: string,
  sql: string,
  shape: (ids: readonly number[], rows: R[]) => ReadonlyArray<V | Error>,
): DataLoader<number, V> {
  return ctx.loaders.get<number, V>(name, async (ids) => shape(ids, await queryNamed<R>(ctx.app.pool, name, sql, [intArray(ids)])));
}

/** Rows by id: each row mapped once, null for an id without a row. */
export function rowsById<R extends QueryResultRow & { id: number }, T>(
  ctx: Pick<Context, 'app' | 'loaders'>,
  name: string,
  sql: string,
  map: (row: R) => T,
): DataLoader<number, T | null> {
  return rowsLoader<R, T | null>(ctx, name, sql, (ids, rows) => {
    const byId = new Map(rows.map((r) => [r.id, map(r)]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * Rows of many parents (`sql` orders each parent's rows): each parent's rows mapped, an
 * empty list for a parent without rows.
 */
export function rowsGroupedBy<R extends QueryResultRow, T>(
  ctx: Pick<Context, 'app' | 'loaders'>,
  name: string,
  sql: string,
  parentOf: (row: R) => number,
  map: (row: R) => T,
): DataLoader<number, T[]> {
  return rowsLoader<R, T[]>(ctx, name, sql, (ids, rows) => groupBy(ids, rows, parentOf).map((list) => list.map(map)));
}

/**
 * Wraps each root mutation field (they run one after another): once it has written, the
 * request's loaders start empty, so its answer, and the next mutation of the same request,
 * read the data as it now is rather than what an earlier field cached.
 */
export const freshLoadersAfterMutation: IMiddlewareFunction = async (resolve, root, args, ctx: { loaders: Loaders }, info) => {
  const result: unknown = await resolve(root, args, ctx, info);
  ctx.loaders = new Loaders();
  return result;
};

/** Groups rows by a key, in the order of `keys` (for one-to-many batch functions). */
export function groupBy<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] {
  const byKey = new Map<K, R[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = byKey.get(k);
    if (list) list.push(row);
    else byKey.set(k, [row]);
  }
  return keys.map((k) => byKey.get(k) ?? []);
}
