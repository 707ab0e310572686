import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuthUser } from '../auth/auth-user';
import { intArray } from '../../db/sql';
import { NotificationKind } from '../notifications/notification.entity';
import { notify, textArray, type NewNotification } from '../notifications/notification.service';
import type { WorkOrderStatus } from './work-order.enums';
import { OPEN_STATUS_LIST_SQL } from './work-order-status';
import { OPEN_NOTICE_STATUS_LIST_SQL } from '../notices/notice.entity';

// What follows a change to orders, inside the same transaction: status history,
// downtime periods of stopped assets, and notifications.

export interface HistoryEntry {
  workOrderId: number;
  from: WorkOrderStatus | null;
  to: WorkOrderStatus;
  reason: string;
}

export async function recordHistory(em: EntityManager, user: AuthUser | null, entries: HistoryEntry[]): Promise<void> {
  if (!entries.length) return;
  await em.execute(
    `insert into mantenimiento_historialestado (work_order_id, user_id, from_status, to_status, reason)
     select w, ?::int, f, t, r from unnest(?::int[], ?::work_order_status[], ?::work_order_status[], ?::text[]) as x(w, f, t, r)`,
    [
      user?.id ?? null,
      intArray(entries.map((e) => e.workOrderId)),
      `{${entries.map((e) => e.from ?? 'NULL').join(',')}}`,
      `{${entries.map((e) => e.to).join(',')}}`,
      textArray(entries.map((e) => e.reason)),
    ],
  );
}

const OPEN_ORDER = `wo.status in ${OPEN_STATUS_LIST_SQL}`;
const OPEN_NOTICE = `n.status in ${OPEN_NOTICE_STATUS_LIST_SQL}`;

/**
 * Brings the downtime periods of these orders in line with them: an open order that
 * says the equipment is stopped keeps one open period per asset; anything else ends it.
 */
export async function syncOrderDowntime(em: EntityManager, workOrderIds: number[]): Promise<void> {
  if (!workOrderIds.length) return;
  const ids = intArray(workOrderIds);
  await em.execute(
    `update mantenimiento_parada p set ended_at = greatest(p.started_at, now())
     where p.work_order_id = any(?::int[]) and p.ended_at is null and not exists (
       select 1 from mantenimiento_ordentrabajo wo join mantenimiento_ordentrabajo_activos a on a.work_order_id = wo.id
       where wo.id = p.work_order_id and a.asset_id = p.asset_id and wo.equipment_stopped and ${OPEN_ORDER})`,
    [ids],
  );
  await em.execute(
    `insert into mantenimiento_parada (asset_id, work_order_id, started_at)
     select a.asset_id, wo.id, now() from mantenimiento_ordentrabajo wo
     join mantenimiento_ordentrabajo_activos a on a.work_order_id = wo.id
     where wo.id = any(?::int[]) and wo.equipment_stopped and ${OPEN_ORDER} and not exists (
       select 1 from mantenimiento_parada p where p.work_order_id = wo.id and p.asset_id = a.asset_id and p.ended_at is null)`,
    [ids],
  );
}

/** The same for notices: the notice's asset is down from its stop start (or now) until it closes. */
export async function syncNoticeDowntime(em: EntityManager, noticeIds: number[]): Promise<void> {
  if (!noticeIds.length) return;
  const ids = intArray(noticeIds);
  await em.execute(
    `update mantenimiento_parada p set ended_at = greatest(p.started_at, coalesce(n.stop_end, now()))
     from mantenimiento_aviso n
     where n.id = p.notice_id and p.notice_id = any(?::int[]) and p.ended_at is null
       and not (n.equipment_stopped and ${OPEN_NOTICE} and n.asset_id is not distinct from p.asset_id)`,
    [ids],
  );
  await em.execute(
    `insert into mantenimiento_parada (asset_id, notice_id, started_at)
     select n.asset_id, n.id, coalesce(n.stop_start, now()) from mantenimiento_aviso n
     where n.id = any(?::int[]) and n.asset_id is not null and n.equipment_stopped and ${OPEN_NOTICE} and not exists (
       select 1 from mantenimiento_parada p where p.notice_id = n.id and p.asset_id = n.asset_id and p.ended_at is null)`,
    [ids],
  );
}

export interface OrderPeople {
  id: number;
  code: string;
  shortDescription: string;
  technicianId: number | null;
  supervisorId: number | null;
}

export type OrderEvent = 'assigned' | 'supervising' | 'started' | 'completed';

/** Notifications for the technician and supervisor (not for whoever made the change). */
export function orderNotifications(actor: AuthUser | null, order: OrderPeople, event: OrderEvent): NewNotification[] {
  const text: Record<OrderEvent, [string, NotificationKind]> = {
    assigned: [`Work order ${order.code} was assigned to you: ${order.shortDescription}`, NotificationKind.INFO],
    supervising: [`You supervise work order ${order.code}: ${order.shortDescription}`, NotificationKind.INFO],
    started: [`Work order ${order.code} was started: ${order.shortDescription}`, NotificationKind.INFO],
    completed: [`Work order ${order.code} was completed: ${order.shortDescription}`, NotificationKind.SUCCESS],
  };
  const recipients =
    event === 'assigned' ? [order.technicianId] : event === 'supervising' ? [order.supervisorId] : [order.technicianId, order.supervisorId];
  const [message, kind] = text[event];
  return [...new Set(recipients)]
    .filter((u): u is number => u !== null && u !== actor?.id)
    .map((userId) => ({ userId, message, kind, workOrderId: order.id }));
}

export { notify };
