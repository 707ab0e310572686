import type { Context } from '../../context';
import { rowsById, rowsGroupedBy } from '../../graphql/loaders';
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
  return rowsGroupedBy<CategoryRow, Category>(ctx, 'catalogue.category.children', `select ${CATEGORY_COLUMNS} from activos_categoria c where c.parent_id = any(?::int[]) order by c.name, c.id`, (r) => r.parent_id!, toCategory);
}

/** Ancestors from the root down to the category itself. */
export function categoryPath(ctx: Context) {
  return rowsGroupedBy<CategoryRow & { start: number }, Category>(ctx, 'catalogue.category.path', pathToRootSql('activos_categoria', 'c', CATEGORY_COLUMNS), (r) => r.start, toCategory);
}
