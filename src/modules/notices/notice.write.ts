import type { EntityManager } from '@mikro-orm/postgresql';
import { syncNoticeDowntime } from '../work-orders/work-order.effects';
import type { Priority } from '../work-orders/work-order.enums';
import type { NoticeType } from './notice.entity';

/** A notice to file: the GraphQL mutation, signed webhooks and meter alerts all insert through insertNotice. */
export interface NewNotice {
  assetId: number | null;
  locationId: number;
  description: string;
  priority: Priority;
  type: NoticeType;
  requesterId: number;
  equipmentStopped?: boolean;
  stopStart?: Date | null;
  stopEnd?: Date | null;
}

/** Inserts the notice and its downtime in the caller's transaction; returns its id. */
export async function insertNotice(em: EntityManager, n: NewNotice): Promise<number> {
  const [row] = await em.execute<Array<{ id: number }>>(
    `insert into mantenimiento_aviso (asset_id, location_id, description, priority, type, requester_id, equipment_stopped, stop_start, stop_end)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id`,
    [n.assetId, n.locationId, n.description, n.priority, n.type, n.requesterId, n.equipmentStopped ?? false, n.stopStart ?? null, n.stopEnd ?? null],
  );
  // A new notice has no downtime yet; it opens one only for a stopped asset.
  if (n.equipmentStopped && n.assetId !== null) await syncNoticeDowntime(em, [row!.id]);
  return row!.id;
}

export interface NoticePlace {
  /** The asset found by id or internal code, null when none was asked for or none exists. */
  assetId: number | null;
  assetLocationId: number | null;
  locationExists: boolean;
}

/** What a new notice names, in one statement: the asset (by id or internal code) and its location, and whether the location exists. */
export async function findNoticePlace(
  em: EntityManager,
  ref: { assetId: number | null; assetCode?: string | null; locationId: number | null },
): Promise<NoticePlace> {
  const [found] = await em.execute<Array<{ asset_id: number | null; asset_location: number | null; location: boolean }>>(
    `select a.id as asset_id, a.location_id as asset_location, exists(select 1 from activos_ubicacion where id = ?::int) as location
     from (select 1) one left join activos_activo a on (a.id = ?::int or a.internal_code = ?::text)
     limit 1`,
    [ref.locationId, ref.assetId, ref.assetCode ?? null],
  );
  return { assetId: found!.asset_id, assetLocationId: found!.asset_location, locationExists: found!.location };
}
