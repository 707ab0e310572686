import { asEntity } from '../../db/as-entity';
import type { Context } from '../../context';
import { intArray } from '../../db/sql';
import { queryNamed } from '../../db/prepared';
import { rowsGroupedBy, rowsLoader } from '../../graphql/loaders';
import type { AssetState } from '../assets/asset.entity';
import { Pin } from './pin.entity';
import { PinAsset, PinLocation, type PinView } from './pin.types';

// The pins read path: one statement joins pins to their asset, its category icon and the
// location, and returns plain rows turned into Pin objects (no entity hydration), so a
// viewer with 500 pins costs the same number of statements as one with 5.

interface PinRow {
  id: number;
  viewer_id: number;
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
  note: string;
  notice_id: number | null;
  created_at: Date;
  updated_at: Date;
  asset_id: number | null;
  asset_name: string | null;
  asset_code: string | null;
  asset_state: AssetState | null;
  category_icon: string | null;
  location_id: number | null;
  location_name: string | null;
}

/** Also run by the benchmark's limit server (bench/baseline-server.ts), so both send the same SQL. */
export const SELECT_PINS = `
  select p.id, p.viewer_id, p.x, p.y, p.width, p.height, p.color, p.note, p.notice_id, p.created_at, p.updated_at,
         a.id as asset_id, a.name as asset_name, a.internal_code as asset_code, a.state as asset_state,
         c.icon as category_icon, l.id as location_id, l.name as location_name
  from activos_pinplano p
  left join activos_activo a on a.id = p.asset_id
  left join activos_categoria c on c.id = a.category_id
  left join activos_ubicacion l on l.id = p.location_id`;

export const noticeLabel = (id: number): string => `AV-${id}`;

/** DOMAIN.md §4: asset name + category icon; else notice `AV-<id>` + warning; else Unassigned + location. */
export function pinLabel(asset: { name: string; icon: string } | null, noticeId: number | null): { label: string; icon: string } {
  if (asset) return { label: asset.name, icon: asset.icon };
  if (noticeId !== null) return { label: noticeLabel(noticeId), icon: 'warning' };
  return { label: 'Unassigned', icon: 'location' };
}

function toPin(r: PinRow): Pin {
  const asset =
    r.asset_id === null
      ? null
      : Object.assign(new PinAsset(), {
          id: r.asset_id,
          name: r.asset_name!,
          internalCode: r.asset_code!,
          state: r.asset_state!,
          categoryIcon: r.category_icon ?? 'location',
        });
  const location = r.location_id === null ? null : Object.assign(new PinLocation(), { id: r.location_id, name: r.location_name! });
  const view: PinView = {
    viewerId: r.viewer_id,
    asset,
    location,
    ...pinLabel(asset && { name: asset.name, icon: asset.categoryIcon }, r.notice_id),
  };
  // asEntity: no constructor, and `instanceof` keeps type-graphql from building an instance
  // per field resolver call (@Root conversion).
  const pin: Partial<Pin> = {
    id: r.id,
    x: r.x,
    y: r.y,
    width: r.width,
    height: r.height,
    color: r.color,
    note: r.note,
    noticeId: r.notice_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    asset,
    view,
  };
  return asEntity(Pin, pin);
}

const pinsWhere = (column: string, orderBy: string) => `${SELECT_PINS} where ${column} = any(?::int[]) order by ${orderBy}`;

export async function pinsByIds(ctx: Context, ids: readonly number[]): Promise<Pin[]> {
  const rows = await queryNamed<PinRow>(ctx.app.pool, 'pins.byId', pinsWhere('p.id', 'p.id'), [intArray(ids)]);
  return rows.map(toPin);
}

/** Pins of many viewers (one statement), in pin order; the (viewer_id, id) index serves it. */
export function pinsOfViewer(ctx: Context) {
  return rowsGroupedBy<PinRow, Pin>(ctx, 'viewer.pins', pinsWhere('p.viewer_id', 'p.viewer_id, p.id'), (r) => r.viewer_id, toPin);
}

/** Where assets are pinned (one statement for a whole page of assets). */
export function pinsOfAsset(ctx: Context) {
  return rowsGroupedBy<PinRow, Pin>(ctx, 'asset.pins', pinsWhere('p.asset_id', 'p.asset_id, p.viewer_id, p.id'), (r) => r.asset_id!, toPin);
}

/** Display data of pins that did not come from the queries above (e.g. an entity). */
export function pinViews(ctx: Context) {
  return rowsLoader<PinRow, PinView>(ctx, 'pin.view', pinsWhere('p.id', 'p.id'), (ids, rows) => {
    const byId = new Map(rows.map((r) => [r.id, toPin(r).view!]));
    return ids.map((id) => byId.get(id) ?? new Error(`pin ${id} vanished`));
  });
}
