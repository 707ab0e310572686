import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { deleteUnlessReferenced, mapUniqueViolation, type UniqueFields } from '../../db/constraint-errors';
import { NotFoundError, Problems } from '../../errors';
import { parseId } from '../../graphql/ids';
import { decimalAmount, has, idInput, optionalKey, optionalText, requiredText } from '../../graphql/validation';
import { escapeLike, normalizeTerm } from '../assets/asset-search.sql';
import { Brand } from '../brands/brand.entity';
import { Category } from '../categories/category.entity';
import { Model } from './model.entity';
import type { ModelInput, ModelUpdateInput, SearchModelsArgs } from './model.inputs';
import { MODEL_COLUMNS, toModel, type ModelRow } from './model.loaders';
import { checkPageSize } from '../../graphql/pagination';

const unique = (name: string): UniqueFields => ({ activos_modelo_brand_id_name_unique: ['name', `This brand already has a model named "${name}".`] });

export const MAX_SEARCH_LIMIT = 50;

export async function findModel(em: EntityManager, id: number): Promise<Model | null> {
  const rows = await em.execute<ModelRow[]>(`select ${MODEL_COLUMNS} from activos_modelo m where m.id = ?`, [id]);
  return rows[0] ? toModel(rows[0]) : null;
}

export async function getModel(ctx: Context, rawId: string): Promise<Model> {
  const id = parseId(rawId);
  const found = await findModel(ctx.em, id);
  if (!found) throw new NotFoundError('Model', id);
  return found;
}

/** A search's `limit`: 1 to MAX_SEARCH_LIMIT. */
export function checkLimit(limit: number): number {
  return checkPageSize(limit, 'limit', MAX_SEARCH_LIMIT);
}

/** Models whose name or brand name contains q (any case), by model name. */
export async function searchModels(ctx: Context, args: SearchModelsArgs): Promise<Model[]> {
  const limit = checkLimit(args.limit);
  const term = normalizeTerm(args.q);
  const pattern = `%${escapeLike(term)}%`;
  const rows = await ctx.em.execute<ModelRow[]>(
    `select ${MODEL_COLUMNS} from activos_modelo m join activos_marca b on b.id = m.brand_id
     where ? = '' or lower(m.name) like ? or lower(b.name) like ?
     order by m.name, b.name, m.id limit ?`,
    [term, pattern, pattern, limit],
  );
  return rows.map(toModel);
}

interface ModelValues {
  name?: string;
  brandId?: number;
  categoryId?: number;
  description?: string;
  imageUrl?: string | null;
  averagePrice?: string | null;
}


function validate(input: ModelInput | ModelUpdateInput, creating: boolean): ModelValues {
  const problems = new Problems();
  const out: ModelValues = {};
  if (creating || has(input, 'name')) out.name = requiredText(problems, 'name', input.name, 150);
  if (creating || has(input, 'brandId')) out.brandId = idInput(problems, 'brandId', input.brandId ?? null, true) ?? undefined;
  if (creating || has(input, 'categoryId')) out.categoryId = idInput(problems, 'categoryId', input.categoryId ?? null, true) ?? undefined;
  if (has(input, 'description')) out.description = optionalText(problems, 'description', input.description, 5000);
  if (has(input, 'imageUrl')) {
    out.imageUrl = optionalKey(problems, 'imageUrl', input.imageUrl, 500);
    if (out.imageUrl && !/^(https?:\/\/[^\s]+|\/[^\s]*)$/i.test(out.imageUrl)) {
      problems.add('imageUrl', 'url', 'imageUrl must be an http(s) URL or a path starting with "/".');
    }
  }
  if (has(input, 'averagePrice')) {
    const price = input.averagePrice;
    out.averagePrice = decimalAmount(problems, 'averagePrice', price === null || price === undefined ? null : price.toFixed(2));
  }
  problems.throwIfAny();
  return out;
}

async function checkRefs(em: EntityManager, v: ModelValues): Promise<void> {
  const rows = await em.execute<Array<{ brand: boolean; category: boolean }>>(
    `select exists(select 1 from activos_marca where id = ?) as brand, exists(select 1 from activos_categoria where id = ?) as category`,
    [v.brandId ?? 0, v.categoryId ?? 0],
  );
  const problems = new Problems();
  if (v.brandId !== undefined && !rows[0]?.brand) problems.add('brandId', 'exists', `Brand ${v.brandId} does not exist.`);
  if (v.categoryId !== undefined && !rows[0]?.category) problems.add('categoryId', 'exists', `Category ${v.categoryId} does not exist.`);
  problems.throwIfAny();
}

export async function createModel(ctx: Context, input: ModelInput): Promise<Model> {
  const v = validate(input, true);
  const id = await ctx.em.transactional(async (em) => {
    await checkRefs(em, v);
    const model = em.create(Model, {
      name: v.name!,
      brand: v.brandId!,
      category: v.categoryId!,
      description: v.description ?? '',
      imageUrl: v.imageUrl ?? null,
      averagePrice: v.averagePrice ?? null,
    });
    await em.flush().catch((e) => mapUniqueViolation(e, unique(model.name)));
    return model.id;
  });
  return (await findModel(ctx.em, id))!;
}

/** A new category also moves every asset of the model, in the same transaction. */
export async function updateModel(ctx: Context, rawId: string, input: ModelUpdateInput): Promise<Model> {
  const id = parseId(rawId);
  const v = validate(input, false);
  await ctx.em.transactional(async (em) => {
    const model = await em.findOne(Model, id);
    if (!model) throw new NotFoundError('Model', id);
    await checkRefs(em, v);
    if (v.name !== undefined) model.name = v.name;
    if (v.brandId !== undefined) model.brand = em.getReference(Brand, v.brandId, { wrapped: true });
    if (v.categoryId !== undefined) model.category = em.getReference(Category, v.categoryId, { wrapped: true });
    if (v.description !== undefined) model.description = v.description;
    if (v.imageUrl !== undefined) model.imageUrl = v.imageUrl;
    if (v.averagePrice !== undefined) model.averagePrice = v.averagePrice;
    await em.flush().catch((e) => mapUniqueViolation(e, unique(model.name)));
    if (v.categoryId !== undefined) {
      await em.execute('update activos_activo set category_id = ?, updated_at = now() where model_id = ? and category_id <> ?', [v.categoryId, id, v.categoryId]);
    }
  });
  return (await findModel(ctx.em, id))!;
}

/** Refused while assets of the model exist. */
export async function deleteModel(ctx: Context, rawId: string): Promise<string> {
  const id = parseId(rawId);
  await ctx.em.transactional((em) =>
    deleteUnlessReferenced(em, 'Model', 'activos_modelo', id, [['assets', 'activos_activo', 'model_id']]),
  );
  return String(id);
}
