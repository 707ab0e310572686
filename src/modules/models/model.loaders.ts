import { rowsById } from '../../graphql/loaders';
import type { Context } from '../../context';
import type { Brand } from '../brands/brand.entity';
import type { Category } from '../categories/category.entity';
import { Model } from './model.entity';
import { asEntity, stub } from '../../db/as-entity';

export const MODEL_COLUMNS = 'm.id, m.name, m.brand_id, m.category_id, m.description, m.image_url, m.average_price::text as average_price';

export interface ModelRow {
  id: number;
  name: string;
  brand_id: number;
  category_id: number;
  description: string;
  image_url: string | null;
  average_price: string | null;
}

export function toModel(r: ModelRow): Model {
  return asEntity(Model, {
    id: r.id,
    name: r.name,
    description: r.description,
    imageUrl: r.image_url,
    averagePrice: r.average_price,
    brand: stub<Brand>(r.brand_id)!,
    category: stub<Category>(r.category_id)!,
  });
}

export function modelById(ctx: Context) {
  return rowsById<ModelRow, Model>(ctx, 'catalogue.model.byId', `select ${MODEL_COLUMNS} from activos_modelo m where m.id = any(?::int[])`, toModel);
}
