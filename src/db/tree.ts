import type { EntityManager } from '@mikro-orm/postgresql';

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

/** True when `candidateId` is `ancestorId` or lies below it (moving ancestorId under it makes a cycle). */
export async function isSelfOrDescendant(em: EntityManager, table: TreeTable, ancestorId: number, candidateId: number): Promise<boolean> {
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
export async function lockTree(em: EntityManager, table: TreeTable): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock(hashtext('tree:${table}'))`);
}
