import { rowsById, rowsLoader } from '../../graphql/loaders';
import type { Context } from '../../context';
import { toDate } from '../../db/as-entity';
import type { Priority } from '../work-orders/work-order.enums';
import { Notice, type NoticeStatus, type NoticeType } from './notice.entity';

export const NOTICE_COLUMNS = `n.id, n.asset_id, n.location_id, n.description, n.priority, n.type, n.status, n.requester_id,
  n.responsible_id, n.equipment_stopped, n.stop_start, n.stop_end, n.diagnosis, n.actions, n.closed_at, n.closed_by_id,
  n.created_at, n.updated_at`;

export interface NoticeRow {
  id: number;
  asset_id: number | null;
  location_id: number;
  description: string;
  priority: Priority;
  type: NoticeType;
  status: NoticeStatus;
  requester_id: number;
  responsible_id: number | null;
  equipment_stopped: boolean;
  stop_start: string | null;
  stop_end: string | null;
  diagnosis: string;
  actions: string;
  closed_at: string | null;
  closed_by_id: number | null;
  created_at: string;
  updated_at: string;
}

export function toNotice(r: NoticeRow): Notice {
  return Object.assign(new Notice(), {
    id: r.id,
    description: r.description,
    priority: r.priority,
    type: r.type,
    status: r.status,
    equipmentStopped: r.equipment_stopped,
    stopStart: toDate(r.stop_start),
    stopEnd: toDate(r.stop_end),
    diagnosis: r.diagnosis,
    actions: r.actions,
    closedAt: toDate(r.closed_at),
    createdAt: toDate(r.created_at),
    updatedAt: toDate(r.updated_at),
    assetId: r.asset_id,
    locationId: r.location_id,
    requesterId: r.requester_id,
    responsibleId: r.responsible_id,
    closedById: r.closed_by_id,
  });
}

export function noticeById(ctx: Context) {
  return rowsById<NoticeRow, Notice>(ctx, 'maintenance.notice.byId', `select ${NOTICE_COLUMNS} from mantenimiento_aviso n where n.id = any(?::int[])`, toNotice);
}

/** The live (not cancelled) work order of each notice. */
export function noticeWorkOrderId(ctx: Context) {
  return rowsLoader<{ notice_id: number; id: number }, number | null>(
    ctx,
    'maintenance.notice.workOrderId',
    `select notice_id, id from mantenimiento_ordentrabajo where notice_id = any(?::int[]) and status <> 'CANCELLED'`,
    (ids, rows) => {
      const byId = new Map(rows.map((r) => [r.notice_id, r.id]));
      return ids.map((id) => byId.get(id) ?? null);
    },
  );
}
