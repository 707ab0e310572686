import { asEntity, stub } from '../../db/as-entity';
import type { Context } from '../../context';
import { rowsById, rowsGroupedBy } from '../../graphql/loaders';
import { User } from '../auth/user.entity';
import type { Category } from '../categories/category.entity';
import type { Location } from '../locations/location.entity';
import type { Model } from '../models/model.entity';
import { ASSET_COLUMNS } from './asset-search.sql';
import { Asset, type AssetState } from './asset.entity';

// Assets read as plain rows (no entity hydration on lists); relations batched per request.

export const MAX_COMPONENTS = 200;

export interface AssetRow {
  id: number;
  name: string;
  internal_code: string;
  epc: string | null;
  serial_number: string;
  reference: string;
  model_id: number;
  category_id: number;
  description: string;
  purchase_date: string | null;
  cost: string | null;
  state: AssetState;
  responsible_id: number | null;
  parent_id: number | null;
  location_id: number;
  created_at: Date;
  updated_at: Date;
}

/**
 * The row as an Asset (asEntity: no constructor run).
 */
export function toAsset(r: AssetRow): Asset {
  const asset: Partial<Asset> = {
    id: r.id,
    name: r.name,
    internalCode: r.internal_code,
    epc: r.epc,
    serialNumber: r.serial_number,
    reference: r.reference,
    description: r.description,
    purchaseDate: r.purchase_date,
    cost: r.cost,
    state: r.state,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
    model: stub<Model>(r.model_id)!,
    category: stub<Category>(r.category_id)!,
    location: stub<Location>(r.location_id)!,
    parent: stub<Asset>(r.parent_id),
    responsible: stub<User>(r.responsible_id),
  };
  return asEntity(Asset, asset);
}

export function assetById(ctx: Context) {
  return rowsById<AssetRow, Asset>(ctx, 'catalogue.asset.byId', `select ${ASSET_COLUMNS} from activos_activo a where a.id = any(?::int[])`, toAsset);
}

/** Direct components of each asset, by name (at most MAX_COMPONENTS each). */
export function assetComponents(ctx: Context) {
  return rowsGroupedBy<AssetRow, Asset>(
    ctx,
    'catalogue.asset.components',
    `select * from (
       select ${ASSET_COLUMNS}, row_number() over (partition by a.parent_id order by a.name, a.id) as n
       from activos_activo a where a.parent_id = any(?::int[])
     ) x where x.n <= ${MAX_COMPONENTS} order by x.parent_id, x.name, x.id`,
    (r) => r.parent_id!,
    toAsset,
  );
}
