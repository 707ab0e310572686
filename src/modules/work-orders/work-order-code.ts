import type { EntityManager } from '@mikro-orm/postgresql';
import { WorkOrderType } from './work-order.enums';

// Codes come from the database, so concurrent creates never collide:
// `OT-` + the row id (from the table's sequence) padded to 9 digits, or for unscheduled
// orders `OTNP-<year>-<n>`, n from a per-year counter row. The upsert locks that row
// until the transaction ends, so numbers are unique and, since a rollback undoes the
// increment, without gaps.

export async function nextWorkOrderId(em: EntityManager): Promise<number> {
  const rows = await em.execute<Array<{ id: string | number }>>(
    `select nextval(pg_get_serial_sequence('mantenimiento_ordentrabajo', 'id')) as id`,
  );
  return Number(rows[0]!.id);
}

export async function workOrderCode(em: EntityManager, id: number, type: WorkOrderType): Promise<string> {
  if (type !== WorkOrderType.UNSCHEDULED) return `OT-${String(id).padStart(9, '0')}`;
  const rows = await em.execute<Array<{ year: number; last_value: number }>>(
    `insert into mantenimiento_contadorotnp (year, last_value)
     values (extract(year from now() at time zone 'UTC')::int, 1)
     on conflict (year) do update set last_value = mantenimiento_contadorotnp.last_value + 1
     returning year, last_value`,
  );
  const { year, last_value } = rows[0]!;
  return `OTNP-${year}-${String(last_value).padStart(5, '0')}`;
}
