import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { deleteUnlessReferenced, mapUniqueViolation, type UniqueFields } from '../../db/constraint-errors';
import { assertValidParent } from '../../db/tree';
import { NotFoundError, Problems } from '../../errors';
import { parseId } from '../../graphql/ids';
import { has, idInput, optionalText, requiredText } from '../../graphql/validation';
import { Category } from './category.entity';
import type { CategoryInput, CategoryUpdateInput } from './category.inputs';
import { CATEGORY_COLUMNS, toCategory, type CategoryRow } from './category.loaders';
import type { CategoryTreeEntry } from './category.types';

const unique = (name: string): UniqueFields => ({ activos_categoria_name_unique: ['name', `A category named "${name}" already exists.`] });

export async function findCategory(em: EntityManager, id: number): Promise<Category | null> {
  const rows = await em.execute<CategoryRow[]>(`select ${CATEGORY_COLUMNS} from activos_categoria c where c.id = ?`, [id]);
  return rows[0] ? toCategory(rows[0]) : null;
}

export async function getCategory(ctx: Context, rawId: string): Promise<Category> {
  const id = parseId(rawId);
  const found = await findCategory(ctx.em, id);
  if (!found) throw new NotFoundError('Category', id);
  return found;
}

/** The whole tree in one recursive statement, depth-first with siblings by name. */
export async function categoryTree(ctx: Context): Promise<CategoryTreeEntry[]> {
  const rows = await ctx.em.execute<Array<CategoryRow & { depth: number }>>(
    `with recursive t as (
       select id, 0 as depth, array[name::text] as sort_path from activos_categoria where parent_id is null
       union all
       select c.id, t.depth + 1, t.sort_path || c.name::text from activos_categoria c join t on c.parent_id = t.id
       where t.depth < 100
     )
     select t.depth, ${CATEGORY_COLUMNS} from t join activos_categoria c on c.id = t.id order by t.sort_path`,
  );
  return rows.map((r) => ({ depth: r.depth, category: toCategory(r) }));
}

interface CategoryValues {
  name?: string;
  parentId?: number | null;
  icon?: string;
  description?: string;
}

function validate(input: CategoryInput | CategoryUpdateInput, creating: boolean): CategoryValues {
  const problems = new Problems();
  const out: CategoryValues = {};
  if (creating || has(input, 'name')) out.name = requiredText(problems, 'name', input.name, 100);
  if (has(input, 'icon')) {
    out.icon = optionalText(problems, 'icon', input.icon, 50) || 'location';
    if (!/^[A-Za-z0-9_-]+$/.test(out.icon)) problems.add('icon', 'format', 'icon may contain only letters, digits, "-" and "_".');
  }
  if (has(input, 'description')) out.description = optionalText(problems, 'description', input.description, 5000);
  const parentId = idInput(problems, 'parentId', input.parentId);
  if (parentId !== undefined) out.parentId = parentId;
  problems.throwIfAny();
  return out;
}


export async function createCategory(ctx: Context, input: CategoryInput): Promise<Category> {
  const values = validate(input, true);
  const id = await ctx.em.transactional(async (em) => {
    await assertValidParent(em, 'activos_categoria', 'Category', null, values.parentId);
    const category = em.create(Category, {
      name: values.name!,
      icon: values.icon ?? 'location',
      description: values.description ?? '',
      parent: values.parentId ?? null,
    });
    await em.flush().catch((e) => mapUniqueViolation(e, unique(category.name)));
    return category.id;
  });
  return (await findCategory(ctx.em, id))!;
}

export async function updateCategory(ctx: Context, rawId: string, input: CategoryUpdateInput): Promise<Category> {
  const id = parseId(rawId);
  const values = validate(input, false);
  await ctx.em.transactional(async (em) => {
    const category = await em.findOne(Category, id);
    if (!category) throw new NotFoundError('Category', id);
    await assertValidParent(em, 'activos_categoria', 'Category', id, values.parentId);
    if (values.name !== undefined) category.name = values.name;
    if (values.icon !== undefined) category.icon = values.icon;
    if (values.description !== undefined) category.description = values.description;
    if (values.parentId !== undefined) category.parent = values.parentId === null ? null : em.getReference(Category, values.parentId, { wrapped: true });
    await em.flush().catch((e) => mapUniqueViolation(e, unique(category.name)));
  });
  return (await findCategory(ctx.em, id))!;
}

/** Refused while the category has subcategories, models or assets. */
export async function deleteCategory(ctx: Context, rawId: string): Promise<string> {
  const id = parseId(rawId);
  await ctx.em.transactional((em) =>
    deleteUnlessReferenced(em, 'Category', 'activos_categoria', id, [
      ['subcategories', 'activos_categoria', 'parent_id'],
      ['models', 'activos_modelo', 'category_id'],
      ['assets', 'activos_activo', 'category_id'],
    ]),
  );
  return String(id);
}
