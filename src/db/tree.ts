import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError } from '../errors';

// Self-referencing trees (`parent_id`): subtrees and ancestry through recursive CTEs,
// never by loading the table. `union` (not `union all`) stops at a repeated row, so even
// a corrupt cycle cannot make a query run forever.

export type TreeTable = 'activos_categoria' | 'activos_ubicacion' | 'activos_activo';

/** A subquery listing `root` (a placeholder or literal) and every descendant id. */
export function subtreeIdsSql(table: TreeTable, root = '?'): string {
  return `(with recursive sub as (
      select id from ${table} where id = ${root}
      union
      select c.id from ${table} c join sub on c.parent_id = sub.id
    ) select id from sub)`;
}

/**
 * Each start node (`?::int[]`) with its ancestors, root first: rows of `columns` (over
 * `alias`) plus `start`, ordered by start then depth from the root. The depth cap stops
 * a corrupt cycle (`union` cannot: the depth makes every row new).
 */
export function pathToRootSql(table: TreeTable, alias: string, columns: string): string {
  return `with recursive up as (
      select id as start, id, parent_id, 0 as depth from ${table} where id = any(?::int[])
      union all
      select up.start, p.id, p.parent_id, up.depth + 1 from up join ${table} p on p.id = up.parent_id
      where up.depth < 100
    )
    select up.start, ${columns} from up join ${table} ${alias} on ${alias}.id = up.id
    order by up.start, up.depth desc`;
}

/** True when `candidateId` is `ancestorId` or lies below it (moving ancestorId under it makes a cycle). */
async function isSelfOrDescendant(em: EntityManager, table: TreeTable, ancestorId: number, candidateId: number): Promise<boolean> {
  const rows = await em.execute<Array<{ found: boolean }>>(
    `with recursive up as (
       select id, parent_id from ${table} where id = ?
       union
       select p.id, p.parent_id from ${table} p join up on p.id = up.parent_id
     ) select exists(select 1 from up where id = ?) as found`,
    [candidateId, ancestorId],
  );
  return rows[0]?.found === true;
}

/**
 * Serialises parent changes of one tree for the rest of the transaction, so two
 * concurrent moves cannot each pass the cycle check and together build a loop.
 */
async function lockTree(em: EntityManager, table: TreeTable): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock(hashtext('tree:${table}'))`);
}

/**
 * A new parent must exist and, for an existing node (`id`), must not be the node or one
 * of its descendants. `label` names the kind in the error ("Location", "Category").
 */
export async function assertValidParent(
  em: EntityManager,
  table: TreeTable,
  label: string,
  id: number | null,
  parentId: number | null | undefined,
): Promise<void> {
  if (parentId === undefined || parentId === null) return;
  const [row] = await em.execute<Array<{ found: boolean }>>(`select exists(select 1 from ${table} where id = ?) as found`, [parentId]);
  if (!row?.found) {
    throw new BadUserInputError({ field: 'parentId', rule: 'exists', message: `Parent ${label.toLowerCase()} ${parentId} does not exist.` });
  }
  if (id === null) return;
  await assertNoCycle(em, table, id, parentId, `${label} ${id} cannot be moved under ${parentId === id ? 'itself' : `its own descendant ${parentId}`}.`);
}

/**
 * Locks the tree for the transaction, then refuses (BAD_USER_INPUT on parentId, rule
 * `cycle`, with `message`) putting node `id` under `parentId` when that is the node itself
 * or one of its descendants.
 */
export async function assertNoCycle(em: EntityManager, table: TreeTable, id: number, parentId: number, message: string): Promise<void> {
  await lockTree(em, table);
  if (await isSelfOrDescendant(em, table, id, parentId)) {
    throw new BadUserInputError({ field: 'parentId', rule: 'cycle', message });
  }
}
