import type { Context } from '../../context';
import { queryNamed } from '../../db/prepared';
import { intArray } from '../../db/sql';
import { Brand } from './brand.entity';
import { asEntity } from '../../db/as-entity';

export function toBrand(r: { id: number; name: string }): Brand {
  return asEntity(Brand, { id: r.id, name: r.name });
}

export function brandById(ctx: Context) {
  return ctx.loaders.get<number, Brand | null>('catalogue.brand.byId', async (ids) => {
    const rows = await queryNamed<{ id: number; name: string }>(
      ctx.app.pool,
      'catalogue.brand.byId',
      'select id, name from activos_marca where id = any(?::int[])',
      [intArray(ids)],
    );
    const byId = new Map(rows.map((r) => [r.id, toBrand(r)]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
