import { rowsById } from '../../graphql/loaders';
import { asEntity, toDate } from '../../db/as-entity';
import type { Context } from '../../context';
import type { EntityManager } from '@mikro-orm/postgresql';
import { intArray } from '../../db/sql';
import { NotFoundError } from '../../errors';
import { WorkOrder } from './work-order.entity';
import type { Priority, WorkOrderStatus, WorkOrderType } from './work-order.enums';

// Work orders read as plain rows (no entity hydration), turned into WorkOrder instances
// whose relations are `{ id }` stubs resolved by batched loaders.

export const WORK_ORDER_COLUMNS = `wo.id, wo.code, wo.type, wo.priority, wo.status, wo.routine_id, wo.notice_id,
  wo.technician_id, wo.supervisor_id, wo.location_id, wo.scheduled_start, wo.scheduled_end, wo.started_at,
  wo.short_description, wo.description, wo.notes, wo.equipment_stopped, wo.version, wo.created_at, wo.updated_at,
  wo.created_by_id`;

export interface WorkOrderRow {
  id: number;
  code: string;
  type: WorkOrderType;
  priority: Priority;
  status: WorkOrderStatus;
  routine_id: number | null;
  notice_id: number | null;
  technician_id: number | null;
  supervisor_id: number | null;
  location_id: number;
  scheduled_start: string | Date | null;
  scheduled_end: string | Date | null;
  started_at: string | Date | null;
  short_description: string;
  description: string;
  notes: string;
  equipment_stopped: boolean;
  version: number;
  created_at: string | Date;
  updated_at: string | Date;
  created_by_id: number | null;
}

/**
 * The row as a WorkOrder (asEntity: no constructor run).
 */
export function toWorkOrder(r: WorkOrderRow): WorkOrder {
  const order: Partial<WorkOrder> = {
    id: r.id,
    code: r.code,
    type: r.type,
    priority: r.priority,
    status: r.status,
    scheduledStart: toDate(r.scheduled_start),
    scheduledEnd: toDate(r.scheduled_end),
    startedAt: toDate(r.started_at),
    shortDescription: r.short_description,
    description: r.description,
    notes: r.notes,
    equipmentStopped: r.equipment_stopped,
    version: r.version,
    createdAt: toDate(r.created_at),
    updatedAt: toDate(r.updated_at),
    routineId: r.routine_id,
    noticeId: r.notice_id,
    technicianId: r.technician_id,
    supervisorId: r.supervisor_id,
    locationId: r.location_id,
    createdById: r.created_by_id,
  };
  return asEntity(WorkOrder, order);
}

/** Orders by id (also run by the benchmark's limit server). */
export const WORK_ORDERS_BY_ID_SQL = `select ${WORK_ORDER_COLUMNS} from mantenimiento_ordentrabajo wo where wo.id = any(?::int[])`;

/** Work orders by id, batched per request. */
export function workOrderById(ctx: Context) {
  return rowsById<WorkOrderRow, WorkOrder>(ctx, 'maintenance.workOrder.byId', WORK_ORDERS_BY_ID_SQL, toWorkOrder);
}

/** Reads one order fresh (after a write), or NOT_FOUND. */
export async function readWorkOrder(em: EntityManager, id: number): Promise<WorkOrder> {
  const rows = await em.execute<WorkOrderRow[]>(`select ${WORK_ORDER_COLUMNS} from mantenimiento_ordentrabajo wo where wo.id = ?`, [id]);
  if (!rows[0]) throw new NotFoundError('WorkOrder', id);
  return toWorkOrder(rows[0]);
}

/** Reads several orders fresh, in the order of `ids`. */
export async function readWorkOrders(em: EntityManager, ids: number[]): Promise<WorkOrder[]> {
  if (!ids.length) return [];
  const rows = await em.execute<WorkOrderRow[]>(WORK_ORDERS_BY_ID_SQL, [intArray(ids)]);
  const byId = new Map(rows.map((r) => [r.id, toWorkOrder(r)]));
  return ids.map((id) => byId.get(id)).filter((w): w is WorkOrder => w !== undefined);
}

/** Locks the orders for the rest of the transaction (in id order, so two bulk changes cannot deadlock). */
export async function lockWorkOrders(em: EntityManager, ids: number[]): Promise<Map<number, WorkOrderRow>> {
  if (!ids.length) return new Map();
  const rows = await em.execute<WorkOrderRow[]>(
    `select ${WORK_ORDER_COLUMNS} from mantenimiento_ordentrabajo wo where wo.id = any(?::int[]) order by wo.id for update`,
    [intArray(ids)],
  );
  return new Map(rows.map((r) => [r.id, r]));
}
