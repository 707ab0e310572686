import type { EntityManager } from '@mikro-orm/postgresql';
import { intArray } from '../../db/sql';
import { BadUserInputError, ConflictError, NotFoundError, type Problems } from '../../errors';
import { lockWorkOrders, type WorkOrderRow } from './work-order.rows';

// Shared pieces of the write paths: locking with the optimistic version check, link
// tables, and the mapping of constraint violations raised by races to client errors.

/** Locks one order and checks the version the client last saw (null: no check, legacy REST). */
export async function lockForChange(em: EntityManager, id: number, version: number | null): Promise<WorkOrderRow> {
  const row = (await lockWorkOrders(em, [id])).get(id);
  if (!row) throw new NotFoundError('WorkOrder', id);
  if (version !== null && row.version !== version) {
    throw new ConflictError(
      `Work order ${row.code} was changed by someone else (now version ${row.version}, you sent ${version}). Reload it and try again.`,
      'version',
      { currentVersion: row.version },
    );
  }
  return row;
}

export async function replaceAssets(em: EntityManager, workOrderId: number, assetIds: number[]): Promise<void> {
  await em.execute('delete from mantenimiento_ordentrabajo_activos where work_order_id = ? and not (asset_id = any(?::int[]))', [workOrderId, intArray(assetIds)]);
  await addAssets(em, workOrderId, assetIds);
}

export async function addAssets(em: EntityManager, workOrderId: number, assetIds: number[]): Promise<void> {
  if (!assetIds.length) return;
  await em.execute(
    `insert into mantenimiento_ordentrabajo_activos (work_order_id, asset_id) select ?::int, unnest(?::int[]) on conflict do nothing`,
    [workOrderId, intArray(assetIds)],
  );
}

export async function replaceCrew(em: EntityManager, workOrderId: number, userIds: number[]): Promise<void> {
  await em.execute('delete from mantenimiento_ordentrabajo_crew where work_order_id = ? and not (user_id = any(?::int[]))', [workOrderId, intArray(userIds)]);
  if (!userIds.length) return;
  await em.execute(
    `insert into mantenimiento_ordentrabajo_crew (work_order_id, user_id) select ?::int, unnest(?::int[]) on conflict do nothing`,
    [workOrderId, intArray(userIds)],
  );
}

/** scheduledEnd >= scheduledStart, reported on scheduledEnd. */
export function checkWindow(problems: Problems, start: Date | null, end: Date | null, startField = 'scheduledStart', endField = 'scheduledEnd'): void {
  if (end && !start) problems.add(startField, 'required', `${startField} is required when ${endField} is given.`);
  if (start && end && end.getTime() < start.getTime()) {
    problems.add(endField, 'after_start', `${endField} must not be before ${startField}.`);
  }
}

const FK_FIELDS: Record<string, string> = {
  location_id: 'locationId',
  routine_id: 'routineId',
  technician_id: 'technicianId',
  supervisor_id: 'supervisorId',
  asset_id: 'assetIds',
  user_id: 'crewIds',
  step_id: 'checklist',
  notice_id: 'noticeId',
  responsible_id: 'responsibleId',
};

/**
 * A constraint violation that got past the service checks (a concurrent delete or
 * duplicate): BAD_USER_INPUT or CONFLICT naming the field; anything else is rethrown.
 */
export function mapWriteError(err: unknown): never {
  const e = err as { code?: string; constraint?: string };
  const constraint = e?.constraint ?? '';
  if (e?.code === '23503') {
    const column = Object.keys(FK_FIELDS).find((c) => constraint.endsWith(`_${c}_foreign`));
    const field = column ? FK_FIELDS[column]! : 'id';
    throw new BadUserInputError({ field, rule: 'exists', message: `${field} refers to a record that does not exist (any more).` });
  }
  if (e?.code === '23505' && constraint === 'mantenimiento_ordentrabajo_notice_id_live_unique') {
    throw new ConflictError('The notice already has a work order.', 'noticeId');
  }
  if (e?.code === '23514') {
    throw new BadUserInputError({ field: constraint.includes('schedule') ? 'scheduledEnd' : 'input', rule: 'check', message: 'The values break a rule of the record (an end before its start, or a negative amount).' });
  }
  throw err;
}
