import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, NotFoundError } from '../errors';

// Maps PostgreSQL constraint violations to client errors naming the field; anything else
// is rethrown and masked. The unique constraints are the final word on uniqueness (a check
// query before the write can be passed by a concurrent insert): the violation becomes
// CONFLICT. Usernames are also checked before (case-insensitively, which the constraint is not).

interface PgError {
  code?: string;
  constraint?: string;
  table?: string;
}

/** `constraint name -> [field, message]` for unique violations (messages may name the refused value). */
export type UniqueFields = Record<string, [field: string, message: string]>;

export function mapUniqueViolation(err: unknown, fields: UniqueFields): never {
  const e = err as PgError;
  if (e?.code === '23505' && e.constraint && fields[e.constraint]) {
    const [field, message] = fields[e.constraint]!;
    throw new ConflictError(message, field);
  }
  throw err;
}

const TABLE_LABELS: Record<string, string> = {
  activos_activo: 'assets',
  activos_categoria: 'categories',
  activos_ubicacion: 'locations',
  activos_modelo: 'models',
  activos_plano: 'floor plans',
  activos_pinplano: 'floor plan pins',
  mantenimiento_ordentrabajo: 'work orders',
  mantenimiento_ordentrabajo_activos: 'work orders',
  mantenimiento_aviso: 'notices',
  mantenimiento_rutina: 'routines',
  mantenimiento_programacion: 'schedules',
};

/** A restricted delete still referenced from another table (e.g. work orders on a location). */
export function mapDeleteRestricted(err: unknown, entity: string, id: number): never {
  const e = err as PgError;
  // 23001: an `on delete restrict` key (raised at once, unlike 23503 for no action).
  if (e?.code === '23503' || e?.code === '23001') {
    const label = (e.table && TABLE_LABELS[e.table]) ?? 'other records';
    throw new ConflictError(`${entity} ${id} cannot be deleted: ${label} still refer to it.`, 'id', { blockedBy: [label] });
  }
  throw err;
}

/** Refuses a delete while dependent rows exist, naming each kind and how many. */
export function refuseDeleteWhileUsed(entity: string, label: string, counts: Record<string, number>): void {
  const used = Object.entries(counts).filter(([, n]) => n > 0);
  if (!used.length) return;
  const parts = used.map(([kind, n]) => `${n} ${kind}`);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
  throw new ConflictError(`${entity} "${label}" cannot be deleted: it has ${list}.`, 'id', {
    blockedBy: used.map(([kind]) => kind),
    blockers: Object.fromEntries(used),
  });
}

/** Something that refers to a row: how to name it, and where its foreign key lives. */
export type Reference = [kind: string, table: string, column: string];

/**
 * Deletes one row unless anything refers to it, in the caller's transaction: the row is
 * locked, every reference counted, and a CONFLICT names what blocks the delete
 * (nothing cascades). A reference not listed still stops it through its foreign key.
 */
export async function deleteUnlessReferenced(
  em: EntityManager,
  entity: string,
  table: string,
  id: number,
  references: Reference[],
): Promise<void> {
  const counts = references.map(([, t, c], i) => `(select count(*) from ${t} r where r.${c} = x.id) as c${i}`);
  const rows = await em.execute<Array<Record<string, string>>>(
    `select x.name${counts.map((c) => `, ${c}`).join('')} from ${table} x where x.id = ? for update`,
    [id],
  );
  const row = rows[0];
  if (!row) throw new NotFoundError(entity, id);
  refuseDeleteWhileUsed(entity, row.name!, Object.fromEntries(references.map(([kind], i) => [kind, Number(row[`c${i}`])])));
  await em.execute(`delete from ${table} where id = ?`, [id]).catch((e) => mapDeleteRestricted(e, entity, id));
}
