import type { Context } from '../../context';
import { groupBy, rowsById, rowsGroupedBy, rowsLoader } from '../../graphql/loaders';
import { Location, type LocationType } from './location.entity';
import type { LocationStats } from './location.types';
import { asEntity, stub } from '../../db/as-entity';
import { pathToRootSql } from '../../db/tree';

// Locations read as plain rows, batched per request; subtrees and paths by recursive CTEs.

export const LOCATION_COLUMNS = 'l.id, l.name, l.parent_id, l.type, l.qr_code, l.description, l.sort_order, l.is_warehouse';

export interface LocationRow {
  id: number;
  name: string;
  parent_id: number | null;
  type: LocationType;
  qr_code: string | null;
  description: string;
  sort_order: number;
  is_warehouse: boolean;
}

export function toLocation(r: LocationRow): Location {
  return asEntity(Location, {
    id: r.id,
    name: r.name,
    type: r.type,
    qrCode: r.qr_code,
    description: r.description,
    sortOrder: r.sort_order,
    isWarehouse: r.is_warehouse,
    parent: stub<Location>(r.parent_id),
  });
}

export function locationById(ctx: Context) {
  return rowsById<LocationRow, Location>(ctx, 'catalogue.location.byId', `select ${LOCATION_COLUMNS} from activos_ubicacion l where l.id = any(?::int[])`, toLocation);
}

export function locationChildren(ctx: Context) {
  return rowsGroupedBy<LocationRow, Location>(ctx, 'catalogue.location.children', `select ${LOCATION_COLUMNS} from activos_ubicacion l where l.parent_id = any(?::int[]) order by l.sort_order, l.name, l.id`, (r) => r.parent_id!, toLocation);
}

export function locationHasChildren(ctx: Context) {
  return rowsLoader<{ parent_id: number }, boolean>(
    ctx,
    'catalogue.location.hasChildren',
    'select distinct parent_id from activos_ubicacion where parent_id = any(?::int[])',
    (ids, rows) => {
      const set = new Set(rows.map((r) => r.parent_id));
      return ids.map((id) => set.has(id));
    },
  );
}

/** Ancestors from the root down to the location itself. */
export function locationPath(ctx: Context) {
  return rowsGroupedBy<LocationRow & { start: number }, Location>(ctx, 'catalogue.location.path', pathToRootSql('activos_ubicacion', 'l', LOCATION_COLUMNS), (r) => r.start, toLocation);
}

/** Asset totals over each location's subtree, grouped by category, computed in SQL. */
export function locationStats(ctx: Context) {
  return rowsLoader<{ root: number; category_id: number; total: number; operational: number }, LocationStats>(
    ctx,
    'catalogue.location.stats',
    `with recursive sub as (
         select id as root, id from activos_ubicacion where id = any(?::int[])
         union
         select sub.root, u.id from activos_ubicacion u join sub on u.parent_id = sub.id
       ),
       counts as (
         select sub.root, a.category_id, count(*)::int as total,
           (count(*) filter (where a.state = 'OPERATIONAL'))::int as operational
         from sub join activos_activo a on a.location_id = sub.id
         group by sub.root, a.category_id
       )
       select counts.* from counts join activos_categoria c on c.id = counts.category_id
       order by counts.root, c.name, c.id`,
    (ids, rows) =>
      groupBy(ids, rows, (r) => r.root).map((list) => ({
        total: list.reduce((n, r) => n + r.total, 0),
        operational: list.reduce((n, r) => n + r.operational, 0),
        byCategory: list.map((r) => ({ categoryId: r.category_id, total: r.total, operational: r.operational })),
      })),
  );
}
