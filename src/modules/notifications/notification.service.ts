import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { intArray } from '../../db/sql';
import { BadUserInputError } from '../../errors';
import { checkPageSize, decodeCursor, toConnection, type ConnectionShape } from '../../graphql/pagination';
import { parseIds } from '../../graphql/ids';
import { toDate } from '../../db/as-entity';
import { Notification, NotificationKind } from './notification.entity';

export interface NewNotification {
  userId: number;
  message: string;
  kind: NotificationKind;
  workOrderId?: number | null;
}

/** Inserts notifications in one statement (inside the caller's transaction). */
export async function notify(em: EntityManager, list: NewNotification[]): Promise<void> {
  if (!list.length) return;
  await em.execute(
    `insert into mantenimiento_notificacion (user_id, message, kind, work_order_id)
     select * from unnest(?::int[], ?::text[], ?::notification_kind[], ?::int[])`,
    [
      intArray(list.map((n) => n.userId)),
      textArray(list.map((n) => n.message.slice(0, 500))),
      `{${list.map((n) => n.kind).join(',')}}`,
      `{${list.map((n) => (n.workOrderId ? String(n.workOrderId) : 'NULL')).join(',')}}`,
    ],
  );
}

/** A PostgreSQL text[] literal, every element quoted. */
export function textArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

interface NotificationRow {
  id: number;
  message: string;
  kind: NotificationKind;
  read: boolean;
  work_order_id: number | null;
  work_order_code: string | null;
  created_at: string;
}

/** The caller's own notifications, newest first (keyset on id). */
export async function myNotifications(
  ctx: Context,
  args: { unreadOnly: boolean; first: number; after?: string | null },
): Promise<ConnectionShape<Notification>> {
  const first = checkPageSize(args.first);
  const cursor = decodeCursor(args.after, ['int']);
  const params: unknown[] = [ctx.user!.id];
  let where = 'n.user_id = ?';
  if (args.unreadOnly) where += ' and not n.read';
  if (cursor) {
    where += ' and n.id < ?';
    params.push(cursor[0]);
  }
  params.push(first + 1);
  const rows = await ctx.em.execute<NotificationRow[]>(
    `select n.id, n.message, n.kind, n.read, n.work_order_id, wo.code as work_order_code, n.created_at
     from mantenimiento_notificacion n left join mantenimiento_ordentrabajo wo on wo.id = n.work_order_id
     where ${where} order by n.id desc limit ?`,
    params,
  );
  return toConnection(rows, first, (r) => [r.id], (r) =>
    Object.assign(new Notification(), {
      id: r.id,
      message: r.message,
      kind: r.kind,
      read: r.read,
      workOrderId: r.work_order_id,
      workOrderCode: r.work_order_code,
      createdAt: toDate(r.created_at),
    }),
  );
}

export async function unreadCount(ctx: Context): Promise<number> {
  const rows = await ctx.em.execute<Array<{ n: number }>>(
    'select count(*)::int as n from mantenimiento_notificacion where user_id = ? and not read',
    [ctx.user!.id],
  );
  return rows[0]?.n ?? 0;
}

/** Marks the caller's own notifications read (the given ids, or all); returns how many changed. */
export async function markRead(ctx: Context, ids: ReadonlyArray<string> | null | undefined, all: boolean): Promise<number> {
  if (!all && !ids?.length) {
    throw new BadUserInputError({ field: 'ids', rule: 'required', message: 'Give the ids to mark read, or all: true.' });
  }
  const params: unknown[] = [ctx.user!.id];
  let where = 'user_id = ? and not read';
  if (!all) {
    where += ' and id = any(?::int[])';
    params.push(intArray(parseIds(ids!, 'ids')));
  }
  const rows = await ctx.em.execute<Array<{ id: number }>>(`update mantenimiento_notificacion set read = true where ${where} returning id`, params);
  return rows.length;
}
