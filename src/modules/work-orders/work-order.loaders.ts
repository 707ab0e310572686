import type { Context } from '../../context';
import { rowsGroupedBy, rowsLoader } from '../../graphql/loaders';
import { ASSET_COLUMNS } from '../assets/asset-search.sql';
import { toAsset, type AssetRow } from '../assets/asset.loaders';
import type { Asset } from '../assets/asset.entity';
import { User } from '../auth/user.entity';
import { ChecklistAnswer } from './checklist-answer.entity';
import { WorkOrderClosure } from './work-order-closure.entity';
import type { WorkOrderStatus } from './work-order.enums';
import { toDate } from '../../db/as-entity';
import { USER_COLUMNS, userFromRow, type UserRow } from '../users/user.loaders';
import { WorkOrderStatusChange } from './status-change.entity';

// Relations of work orders, one statement per relation for a whole page.

/** The assets of many work orders (also run by the benchmark's limit server). */
export const WORK_ORDER_ASSETS_SQL = `select x.work_order_id, ${ASSET_COLUMNS} from mantenimiento_ordentrabajo_activos x
  join activos_activo a on a.id = x.asset_id where x.work_order_id = any(?::int[]) order by x.work_order_id, a.name, a.id`;

export function workOrderAssets(ctx: Context) {
  return rowsGroupedBy<AssetRow & { work_order_id: number }, Asset>(ctx, 'maintenance.workOrder.assets', WORK_ORDER_ASSETS_SQL, (r) => r.work_order_id, toAsset);
}

export function workOrderCrew(ctx: Context) {
  return rowsGroupedBy<UserRow & { work_order_id: number }, User>(
    ctx,
    'maintenance.workOrder.crew',
    `select c.work_order_id, ${USER_COLUMNS}
       from mantenimiento_ordentrabajo_crew c join auth_user u on u.id = c.user_id
       where c.work_order_id = any(?::int[]) order by c.work_order_id, u.username`,
    (r) => r.work_order_id,
    userFromRow,
  );
}

export function workOrderClosure(ctx: Context) {
  return rowsLoader<{ id: number; work_order_id: number; actual_start: string; actual_end: string; man_hours: string; comments: string; materials: string; closed_by_id: number | null; closed_at: string }, WorkOrderClosure | null>(
    ctx,
    'maintenance.workOrder.closure',
    `select id, work_order_id, actual_start, actual_end, man_hours::text as man_hours, comments, materials, closed_by_id, closed_at
       from mantenimiento_cierreordentrabajo where work_order_id = any(?::int[])`,
    (ids, rows) => {
      const byOrder = new Map(
        rows.map((r) => [
          r.work_order_id,
          Object.assign(new WorkOrderClosure(), {
            id: r.id,
            actualStart: toDate(r.actual_start),
            actualEnd: toDate(r.actual_end),
            manHours: r.man_hours,
            comments: r.comments,
            materials: r.materials,
            closedAt: toDate(r.closed_at),
            closedById: r.closed_by_id,
          }),
        ]),
      );
      return ids.map((id) => byOrder.get(id) ?? null);
    },
  );
}

interface ChecklistRow {
  id: number;
  work_order_id: number;
  step_id: number;
  checked: boolean | null;
  number_value: string | null;
  text_value: string;
  comment: string;
  answered_by_id: number | null;
  answered_at: string;
}

function toChecklistAnswer(r: ChecklistRow): ChecklistAnswer {
  return Object.assign(new ChecklistAnswer(), {
    id: r.id,
    stepId: r.step_id,
    checked: r.checked,
    numberValue: r.number_value,
    textValue: r.text_value,
    comment: r.comment,
    answeredById: r.answered_by_id,
    answeredAt: toDate(r.answered_at),
  });
}

export function workOrderChecklist(ctx: Context) {
  return rowsGroupedBy<ChecklistRow, ChecklistAnswer>(
    ctx,
    'maintenance.workOrder.checklist',
    `select r.id, r.work_order_id, r.step_id, r.checked, r.number_value::text as number_value, r.text_value, r.comment, r.answered_by_id, r.answered_at
       from mantenimiento_respuestapaso r join mantenimiento_pasorutina s on s.id = r.step_id
       where r.work_order_id = any(?::int[]) order by r.work_order_id, s.sort_order`,
    (r) => r.work_order_id,
    toChecklistAnswer,
  );
}

interface StatusChangeRow {
  id: number;
  work_order_id: number;
  user_id: number | null;
  at: string;
  from_status: WorkOrderStatus | null;
  to_status: WorkOrderStatus;
  reason: string;
}

function toStatusChange(r: StatusChangeRow): WorkOrderStatusChange {
  return Object.assign(new WorkOrderStatusChange(), {
    id: r.id,
    userId: r.user_id,
    at: toDate(r.at),
    fromStatus: r.from_status,
    toStatus: r.to_status,
    reason: r.reason,
  });
}

export function workOrderHistory(ctx: Context) {
  return rowsGroupedBy<StatusChangeRow, WorkOrderStatusChange>(
    ctx,
    'maintenance.workOrder.history',
    `select id, work_order_id, user_id, at, from_status, to_status, reason from mantenimiento_historialestado
       where work_order_id = any(?::int[]) order by work_order_id, at, id`,
    (r) => r.work_order_id,
    toStatusChange,
  );
}
