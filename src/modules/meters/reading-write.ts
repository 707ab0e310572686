import type { EntityManager } from '@mikro-orm/postgresql';
import { intArray } from '../../db/sql';
import type { AuthUser } from '../auth/auth-user';
import { NotificationKind } from '../notifications/notification.entity';
import { notify, type NewNotification } from '../notifications/notification.service';
import { insertNotice } from '../notices/notice.write';
import { checkMeterSchedules } from './meter-trigger';
import type { ReadingSource } from './reading.entity';
import { NoticeType, OPEN_NOTICE_STATUS_LIST_SQL } from '../notices/notice.entity';
import { Priority } from '../work-orders/work-order.enums';

// The one write path of readings (by hand, from a closure, in bulk, from a webhook):
// one multi-row insert that also marks readings out of tolerance, then, in the same
// transaction, one notification per point out of tolerance (to the asset's responsible,
// else the author), a notice when the point asks for one and none is open, and the
// meter-based schedules of the points.

export interface NewReading {
  pointId: number;
  /** Decimal as a string. */
  value: string;
  readAt: Date;
  reset: boolean;
  workOrderId?: number | null;
}

export interface ReadingsWritten {
  stored: number;
  outOfTolerance: number;
  noticesOpened: number;
  ordersCreated: number;
}

interface PointSummary {
  point_id: number;
  n: number;
  bad: number;
  latest_bad: string | null;
}

export async function insertReadings(em: EntityManager, actor: Pick<AuthUser, 'id'> | null, rows: NewReading[], source: ReadingSource): Promise<ReadingsWritten> {
  const out: ReadingsWritten = { stored: 0, outOfTolerance: 0, noticesOpened: 0, ordersCreated: 0 };
  if (!rows.length) return out;
  const summary = await em.execute<PointSummary[]>(
    `with ins as (
       insert into mantenimiento_lectura (point_id, value, read_at, source, reset, out_of_tolerance, technician_id, work_order_id)
       select x.p, x.v, x.t, ?, x.r,
         coalesce(pt.target is not null and pt.tolerance is not null and abs(x.v - pt.target) > pt.tolerance, false), ?::int, x.w
       from unnest(?::int[], ?::numeric[], ?::timestamptz[], ?::boolean[], ?::int[]) as x(p, v, t, r, w)
       join mantenimiento_puntomedida pt on pt.id = x.p
       returning point_id, out_of_tolerance, value, read_at
     )
     select point_id, count(*)::int as n, count(*) filter (where out_of_tolerance)::int as bad,
       (array_agg(value::text order by read_at desc) filter (where out_of_tolerance))[1] as latest_bad
     from ins group by point_id`,
    [
      source,
      actor?.id ?? null,
      intArray(rows.map((r) => r.pointId)),
      `{${rows.map((r) => r.value).join(',')}}`,
      `{${rows.map((r) => r.readAt.toISOString()).join(',')}}`,
      `{${rows.map((r) => String(r.reset)).join(',')}}`,
      `{${rows.map((r) => r.workOrderId ?? 'NULL').join(',')}}`,
    ],
  );
  out.stored = summary.reduce((n, s) => n + s.n, 0);
  const alerts = summary.filter((s) => s.bad > 0);
  out.outOfTolerance = alerts.reduce((n, s) => n + s.bad, 0);
  if (alerts.length) out.noticesOpened = await raiseAlerts(em, actor, alerts);
  out.ordersCreated = await checkMeterSchedules(em, actor, summary.map((s) => s.point_id));
  return out;
}

async function raiseAlerts(em: EntityManager, actor: Pick<AuthUser, 'id'> | null, alerts: PointSummary[]): Promise<number> {
  const points = await em.execute<Array<{
    id: number; name: string; code: string; unit: string; target: string; tolerance: string; open_notice: boolean;
    notice_open: boolean; asset_id: number; asset_name: string; location_id: number; responsible_id: number | null;
  }>>(
    `select p.id, p.name, p.code, p.unit, p.target::text as target, p.tolerance::text as tolerance, p.open_notice,
       coalesce((select n.status in ${OPEN_NOTICE_STATUS_LIST_SQL} from mantenimiento_aviso n where n.id = p.last_notice_id), false) as notice_open,
       a.id as asset_id, a.name as asset_name, a.location_id, a.responsible_id
     from mantenimiento_puntomedida p join activos_activo a on a.id = p.asset_id
     where p.id = any(?::int[]) order by p.id for update of p`,
    [intArray(alerts.map((a) => a.point_id))],
  );
  const byId = new Map(alerts.map((a) => [a.point_id, a]));
  const notes: NewNotification[] = [];
  let opened = 0;
  for (const p of points) {
    const a = byId.get(p.id)!;
    const text = `${a.bad} reading${a.bad === 1 ? '' : 's'} of ${p.name} (${p.code}) on ${p.asset_name} out of tolerance: latest ${Number(a.latest_bad)} ${p.unit}, target ${Number(p.target)} ± ${Number(p.tolerance)}.`;
    const recipient = p.responsible_id ?? actor?.id ?? null;
    if (recipient !== null) notes.push({ userId: recipient, message: text, kind: NotificationKind.WARNING });
    if (p.open_notice && !p.notice_open && actor) {
      const noticeId = await insertNotice(em, {
        assetId: p.asset_id,
        locationId: p.location_id,
        description: text,
        priority: Priority.HIGH,
        type: NoticeType.BREAKDOWN,
        requesterId: actor.id,
      });
      await em.execute('update mantenimiento_puntomedida set last_notice_id = ? where id = ?', [noticeId, p.id]);
      opened += 1;
    }
  }
  await notify(em, notes);
  return opened;
}
