import type { Context } from '../../context';
import { queryNamed } from '../../db/prepared';
import { intArray } from '../../db/sql';
import { groupBy, rowsById } from '../../graphql/loaders';
import { Category } from './category.entity';
import { asEntity, stub } from '../../db/as-entity';
import { pathToRootSql } from '../../db/tree';

// Categories read as plain rows (one statement per relation per request, whatever the page size).

export const CATEGORY_COLUMNS = 'c.id, c.name, c.parent_id, c.icon, c.description';

export interface CategoryRow {
  id: number;
  name: string;
  parent_id: number | null;
  icon: string;
  description: string;
}

export function toCategory(r: CategoryRow): Category {
  return asEntity(Category, {
    id: r.id,
    name: r.name,
    icon: r.icon,
    description: r.description,
    parent: stub<Category>(r.parent_id),
  });
}

export function categoryById(ctx: Context) {
  return rowsById<CategoryRow, Category>(ctx, 'catalogue.category.byId', `select ${CATEGORY_COLUMNS} from activos_categoria c where c.id = any(?::int[])`, toCategory);
}

export function categoryChildren(ctx: Context) {
  return ctx.loaders.get<number, Category[]>('catalogue.category.children', async (ids) => {
    const rows = await queryNamed<CategoryRow>(
      ctx.app.pool,
      'catalogue.category.children',
      `select ${CATEGORY_COLUMNS} from activos_categoria c where c.parent_id = any(?::int[]) order by c.name, c.id`,
      [intArray(ids)],
    );
    return groupBy(ids, rows, (r) => r.parent_id!).map((list) => list.map(toCategory));
  });
}

/** Ancestors from the root down to the category itself. */
export function categoryPath(ctx: Context) {
  return ctx.loaders.get<number, Category[]>('catalogue.category.path', async (ids) => {
    const rows = await queryNamed<CategoryRow & { start: number }>(ctx.app.pool, 'catalogue.category.path', pathToRootSql('activos_categoria', 'c', CATEGORY_COLUMNS), [
      intArray(ids),
    ]);
    return groupBy(ids, rows, (r) => r.start).map((list) => list.map(toCategory));
  });
}
