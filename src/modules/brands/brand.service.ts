import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { deleteUnlessReferenced, mapUniqueViolation, type UniqueFields } from '../../db/constraint-errors';
import { NotFoundError, Problems } from '../../errors';
import { parseId } from '../../graphql/ids';
import { requiredText } from '../../graphql/validation';
import { Brand } from './brand.entity';
import type { BrandInput } from './brand.inputs';
import { toBrand } from './brand.loaders';

const unique = (name: string): UniqueFields => ({ activos_marca_name_unique: ['name', `A brand named "${name}" already exists.`] });

async function findBrand(em: EntityManager, id: number): Promise<Brand | null> {
  const rows = await em.execute<Array<{ id: number; name: string }>>('select id, name from activos_marca where id = ?', [id]);
  return rows[0] ? toBrand(rows[0]) : null;
}

function validName(input: BrandInput): string {
  const problems = new Problems();
  const name = requiredText(problems, 'name', input.name, 100);
  problems.throwIfAny();
  return name;
}

export async function getBrand(ctx: Context, rawId: string): Promise<Brand> {
  const id = parseId(rawId);
  const found = await findBrand(ctx.em, id);
  if (!found) throw new NotFoundError('Brand', id);
  return found;
}

export async function createBrand(ctx: Context, input: BrandInput): Promise<Brand> {
  const name = validName(input);
  const id = await ctx.em.transactional(async (em) => {
    const brand = em.create(Brand, { name });
    await em.flush().catch((e) => mapUniqueViolation(e, unique(name)));
    return brand.id;
  });
  return (await findBrand(ctx.em, id))!;
}

export async function updateBrand(ctx: Context, rawId: string, input: BrandInput): Promise<Brand> {
  const id = parseId(rawId);
  const name = validName(input);
  await ctx.em.transactional(async (em) => {
    const brand = await em.findOne(Brand, id);
    if (!brand) throw new NotFoundError('Brand', id);
    brand.name = name;
    await em.flush().catch((e) => mapUniqueViolation(e, unique(name)));
  });
  return (await findBrand(ctx.em, id))!;
}

/** Refused while models of the brand exist. */
export async function deleteBrand(ctx: Context, rawId: string): Promise<string> {
  const id = parseId(rawId);
  await ctx.em.transactional((em) =>
    deleteUnlessReferenced(em, 'Brand', 'activos_marca', id, [['models', 'activos_modelo', 'brand_id']]),
  );
  return String(id);
}
