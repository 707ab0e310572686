import type { Context } from '../../context';
import { queryRows } from '../../db/prepared';
import { subtreeIdsSql } from '../../db/tree';
import { BadUserInputError } from '../../errors';
import { parseOptionalId } from '../../graphql/ids';
import { checkPageSize, decodeCursor, toConnection, type ConnectionShape } from '../../graphql/pagination';
import type { WorkOrder } from './work-order.entity';
import { Priority } from './work-order.enums';
import { WorkOrderOrder, type WorkOrderFilter } from './work-order.inputs';
import { toWorkOrder, WORK_ORDER_COLUMNS, type WorkOrderRow } from './work-order.rows';

// The work-order list: filters and q in SQL, keyset pagination on
//   SCHEDULED_START: (scheduled_start nulls last, id)
//   PRIORITY:        (priority desc (severity, the enum's order), scheduled_start nulls last, id)
// both served by an index of the same shape. One statement per page.

export interface WhereClause {
  sql: string[];
  params: unknown[];
}

/** Escapes LIKE wildcards so q matches literally. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function workOrderWhere(filter: WorkOrderFilter | null | undefined): WhereClause {
  const w: WhereClause = { sql: [], params: [] };
  if (!filter) return w;
  const q = filter.q?.trim();
  if (q) {
    if (q.length > 200) throw new BadUserInputError({ field: 'filter.q', rule: 'max_length', message: 'filter.q must be at most 200 characters.' });
    const like = likePattern(q);
    w.sql.push(`(wo.code ilike ? or wo.short_description ilike ? or wo.description ilike ?
      or exists (select 1 from activos_ubicacion l where l.id = wo.location_id and l.name ilike ?)
      or exists (select 1 from mantenimiento_ordentrabajo_activos x join activos_activo a on a.id = x.asset_id
                 where x.work_order_id = wo.id and a.name ilike ?))`);
    w.params.push(like, like, like, like, like);
  }
  if (filter.status?.length) {
    w.sql.push('wo.status = any(?::work_order_status[])');
    w.params.push(`{${filter.status.join(',')}}`);
  }
  if (filter.type) {
    w.sql.push('wo.type = ?');
    w.params.push(filter.type);
  }
  if (filter.priority?.length) {
    w.sql.push('wo.priority = any(?::work_order_priority[])');
    w.params.push(`{${filter.priority.join(',')}}`);
  }
  if (filter.scheduledFrom) {
    w.sql.push('wo.scheduled_start >= ?');
    w.params.push(filter.scheduledFrom);
  }
  if (filter.scheduledTo) {
    w.sql.push('wo.scheduled_start < ?');
    w.params.push(filter.scheduledTo);
  }
  const assetId = parseOptionalId(filter.assetId, 'filter.assetId');
  if (assetId) {
    w.sql.push('exists (select 1 from mantenimiento_ordentrabajo_activos x where x.work_order_id = wo.id and x.asset_id = ?)');
    w.params.push(assetId);
  }
  const locationId = parseOptionalId(filter.locationId, 'filter.locationId');
  if (locationId) {
    w.sql.push(`wo.location_id in ${subtreeIdsSql('activos_ubicacion')}`);
    w.params.push(locationId);
  }
  const technicianId = parseOptionalId(filter.technicianId, 'filter.technicianId');
  if (technicianId) {
    w.sql.push('wo.technician_id = ?');
    w.params.push(technicianId);
  }
  return w;
}

const PRIORITIES = new Set<string>(Object.values(Priority));

/** The list's default order (also the benchmark limit server's). */
export const BY_START = 'wo.scheduled_start asc nulls last, wo.id asc';

/** `(scheduled_start nulls last, id) > (start, id)` for a cursor whose start may be null. */
function afterStart(start: unknown, id: unknown, params: unknown[]): string {
  if (start === null) {
    params.push(id);
    return '(wo.scheduled_start is null and wo.id > ?)';
  }
  params.push(start, start, id);
  return '(wo.scheduled_start is null or wo.scheduled_start > ?::timestamptz or (wo.scheduled_start = ?::timestamptz and wo.id > ?))';
}

export async function searchWorkOrders(
  ctx: Context,
  args: { filter?: WorkOrderFilter | null; orderBy: WorkOrderOrder; first: number; after?: string | null },
): Promise<ConnectionShape<WorkOrder>> {
  const first = checkPageSize(args.first);
  const byPriority = args.orderBy === WorkOrderOrder.PRIORITY;
  const cursor = decodeCursor(args.after, byPriority ? [(v) => PRIORITIES.has(v as string), 'time?', 'int'] : ['time?', 'int']);
  const { sql, params } = workOrderWhere(args.filter);
  if (cursor && byPriority) {
    const [priority, start, id] = cursor;
    const rest: unknown[] = [];
    const tail = afterStart(start, id, rest);
    sql.push(`(wo.priority < ?::work_order_priority or (wo.priority = ?::work_order_priority and ${tail}))`);
    params.push(priority, priority, ...rest);
  } else if (cursor) {
    sql.push(afterStart(cursor[0], cursor[1], params));
  }
  const order = byPriority ? `wo.priority desc, ${BY_START}` : BY_START;
  const rows = await queryRows<WorkOrderRow>(
    ctx.app.pool,
    `select ${WORK_ORDER_COLUMNS} from mantenimiento_ordentrabajo wo
     ${sql.length ? `where ${sql.join(' and ')}` : ''}
     order by ${order} limit ?`,
    [...params, first + 1],
  );
  // The driver's text keeps microseconds, so the key compares exactly.
  const startKey = (r: WorkOrderRow) =>
    r.scheduled_start === null ? null : typeof r.scheduled_start === 'string' ? r.scheduled_start : r.scheduled_start.toISOString();
  return toConnection(
    rows,
    first,
    (r) => (byPriority ? [r.priority, startKey(r), r.id] : [startKey(r), r.id]),
    toWorkOrder,
  );
}
