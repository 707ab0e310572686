import { rowsById } from '../../graphql/loaders';
import type { Context } from '../../context';
import { Brand } from './brand.entity';
import { asEntity } from '../../db/as-entity';

export function toBrand(r: { id: number; name: string }): Brand {
  return asEntity(Brand, { id: r.id, name: r.name });
}

export function brandById(ctx: Context) {
  return rowsById<{ id: number; name: string }, Brand>(ctx, 'catalogue.brand.byId', 'select id, name from activos_marca where id = any(?::int[])', toBrand);
}
