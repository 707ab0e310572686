import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { deleteUnlessReferenced, mapUniqueViolation, type UniqueFields } from '../../db/constraint-errors';
import { queryRows } from '../../db/prepared';
import { assertNoCycle } from '../../db/tree';
import { NotFoundError, Problems } from '../../errors';
import { parseId, parseOptionalId } from '../../graphql/ids';
import { checkPageSize, decodeCursor, toConnection, type ConnectionShape } from '../../graphql/pagination';
import { decimalAmount, has, idInput, isoDate, optionalKey, optionalText, requiredText } from '../../graphql/validation';
import { checkLimit } from '../models/model.service';
import { assetPageSql, assetSearchSql, ASSET_COLUMNS, normalizeTerm, type AssetConditions } from './asset-search.sql';
import { Asset, AssetState } from './asset.entity';
import type { AssetFilter, AssetInput, AssetUpdateInput, AssetsArgs } from './asset.inputs';
import { toAsset, type AssetRow } from './asset.loaders';

const unique = (a: Asset): UniqueFields => ({
  activos_activo_internal_code_unique: ['internalCode', `Internal code ${a.internalCode} is already used by another asset.`],
  activos_activo_epc_unique: ['epc', `EPC ${a.epc} is already used by another asset.`],
});

export interface AssetSearchParams {
  q?: string | null;
  categoryId?: number | null;
  locationId?: number | null;
  includeDescendants?: boolean;
  limit?: number;
}

/**
 * The asset search behind both `searchAssets` and the old REST path: substring of q
 * (any case) over name, internal code, serial number and description, by name.
 */
export async function searchAssets(ctx: Context, p: AssetSearchParams): Promise<Asset[]> {
  const limit = checkLimit(p.limit ?? 50);
  const { sql, params } = assetSearchSql(
    {
      term: normalizeTerm(p.q),
      categoryId: p.categoryId,
      categoryDescendants: p.includeDescendants,
      locationId: p.locationId,
      locationDescendants: p.includeDescendants,
    },
    limit,
  );
  const rows = await queryRows<AssetRow>(ctx.app.pool, sql, params);
  return rows.map(toAsset);
}

function filterConditions(filter: AssetFilter | null | undefined): AssetConditions {
  if (!filter) return {};
  return {
    term: normalizeTerm(filter.q, 'filter.q'),
    state: filter.state ?? null,
    categoryId: parseOptionalId(filter.categoryId, 'filter.categoryId'),
    categoryDescendants: filter.includeSubcategories ?? false,
    modelId: parseOptionalId(filter.modelId, 'filter.modelId'),
    locationId: parseOptionalId(filter.locationId, 'filter.locationId'),
    locationDescendants: true,
    responsibleId: parseOptionalId(filter.responsibleId, 'filter.responsibleId'),
    parentId: parseOptionalId(filter.parentId, 'filter.parentId'),
  };
}

/** A keyset page in (name, id) order: stable while rows are added or removed. */
export async function listAssets(ctx: Context, args: AssetsArgs): Promise<ConnectionShape<Asset>> {
  const first = checkPageSize(args.first);
  const key = decodeCursor(args.after, ['text', 'int']);
  const { sql, params } = assetPageSql(filterConditions(args.filter), key as [string, number] | null, first + 1);
  const rows = await queryRows<AssetRow>(ctx.app.pool, sql, params);
  return toConnection(rows, first, (r) => [r.name, r.id], toAsset);
}

export async function findAsset(em: EntityManager, id: number): Promise<Asset | null> {
  const rows = await em.execute<AssetRow[]>(`select ${ASSET_COLUMNS} from activos_activo a where a.id = ?`, [id]);
  return rows[0] ? toAsset(rows[0]) : null;
}

export async function getAsset(ctx: Context, rawId: string): Promise<Asset> {
  const id = parseId(rawId);
  const found = await findAsset(ctx.em, id);
  if (!found) throw new NotFoundError('Asset', id);
  return found;
}

interface AssetValues {
  name?: string;
  internalCode?: string;
  epc?: string | null;
  serialNumber?: string;
  reference?: string;
  modelId?: number;
  locationId?: number;
  parentId?: number | null;
  responsibleId?: number | null;
  description?: string;
  purchaseDate?: string | null;
  cost?: string | null;
  state?: AssetState;
}


function validate(input: AssetInput | AssetUpdateInput, creating: boolean): AssetValues {
  const problems = new Problems();
  const out: AssetValues = {};
  if (creating || has(input, 'name')) out.name = requiredText(problems, 'name', input.name, 200);
  if (creating || has(input, 'internalCode')) {
    const code = requiredText(problems, 'internalCode', input.internalCode, 30);
    if (code && !/^[0-9]+$/.test(code)) problems.add('internalCode', 'digits', 'internalCode must contain digits only.');
    out.internalCode = code;
  }
  if (has(input, 'epc')) out.epc = optionalKey(problems, 'epc', input.epc, 64);
  if (has(input, 'serialNumber')) out.serialNumber = optionalText(problems, 'serialNumber', input.serialNumber, 100);
  if (has(input, 'reference')) out.reference = optionalText(problems, 'reference', input.reference, 100);
  if (has(input, 'description')) out.description = optionalText(problems, 'description', input.description, 10000);
  if (has(input, 'purchaseDate')) out.purchaseDate = isoDate(problems, 'purchaseDate', input.purchaseDate);
  if (has(input, 'cost')) out.cost = decimalAmount(problems, 'cost', input.cost);
  if (has(input, 'state')) {
    if (input.state === null) problems.add('state', 'required', 'state cannot be null.');
    else out.state = input.state;
  }
  const modelId = idInput(problems, 'modelId', creating ? (input.modelId ?? null) : input.modelId, true);
  if (modelId) out.modelId = modelId;
  const locationId = idInput(problems, 'locationId', creating ? (input.locationId ?? null) : input.locationId, true);
  if (locationId) out.locationId = locationId;
  const parentId = idInput(problems, 'parentId', input.parentId, false);
  if (parentId !== undefined) out.parentId = parentId;
  const responsibleId = idInput(problems, 'responsibleId', input.responsibleId, false);
  if (responsibleId !== undefined) out.responsibleId = responsibleId;
  problems.throwIfAny();
  return out;
}

/** Every referenced row must exist (one statement); returns the model's category. */
async function checkRefs(em: EntityManager, v: AssetValues): Promise<number | null> {
  const rows = await em.execute<Array<{ model_category: number | null; location: boolean; parent: boolean; responsible: boolean }>>(
    `select (select category_id from activos_modelo where id = ?) as model_category,
       exists(select 1 from activos_ubicacion where id = ?) as location,
       exists(select 1 from activos_activo where id = ?) as parent,
       exists(select 1 from auth_user where id = ?) as responsible`,
    [v.modelId ?? 0, v.locationId ?? 0, v.parentId ?? 0, v.responsibleId ?? 0],
  );
  const r = rows[0]!;
  const problems = new Problems();
  if (v.modelId !== undefined && r.model_category === null) problems.add('modelId', 'exists', `Model ${v.modelId} does not exist.`);
  if (v.locationId !== undefined && !r.location) problems.add('locationId', 'exists', `Location ${v.locationId} does not exist.`);
  if (v.parentId && !r.parent) problems.add('parentId', 'exists', `Parent asset ${v.parentId} does not exist.`);
  if (v.responsibleId && !r.responsible) problems.add('responsibleId', 'exists', `User ${v.responsibleId} does not exist.`);
  problems.throwIfAny();
  return r.model_category;
}

/** Entity data for create/assign; relations as ids, the category taken from the model. */
function entityData(v: AssetValues, modelCategory: number | null): Record<string, unknown> {
  const { modelId, locationId, parentId, responsibleId, ...scalars } = v;
  const data: Record<string, unknown> = Object.fromEntries(Object.entries(scalars).filter(([, value]) => value !== undefined));
  if (modelId !== undefined) {
    data.model = modelId;
    data.category = modelCategory;
  }
  if (locationId !== undefined) data.location = locationId;
  if (parentId !== undefined) data.parent = parentId;
  if (responsibleId !== undefined) data.responsible = responsibleId;
  return data;
}

export async function createAsset(ctx: Context, input: AssetInput): Promise<Asset> {
  const v = validate(input, true);
  const id = await ctx.em.transactional(async (em) => {
    const modelCategory = await checkRefs(em, v);
    const asset = em.create(Asset, { state: AssetState.OPERATIONAL, ...entityData(v, modelCategory) } as never) as Asset;
    await em.flush().catch((e) => mapUniqueViolation(e, unique(asset)));
    return asset.id;
  });
  return (await findAsset(ctx.em, id))!;
}

export async function updateAsset(ctx: Context, rawId: string, input: AssetUpdateInput): Promise<Asset> {
  const id = parseId(rawId);
  const v = validate(input, false);
  await ctx.em.transactional(async (em) => {
    const asset = await em.findOne(Asset, id);
    if (!asset) throw new NotFoundError('Asset', id);
    const modelCategory = await checkRefs(em, v);
    if (v.parentId) {
      const what = v.parentId === id ? 'itself' : `its own component ${v.parentId}`;
      await assertNoCycle(em, 'activos_activo', id, v.parentId, `Asset ${id} cannot be a component of ${what}.`);
    }
    em.assign(asset, entityData(v, modelCategory) as never);
    await em.flush().catch((e) => mapUniqueViolation(e, unique(asset)));
  });
  return (await findAsset(ctx.em, id))!;
}

/** Refused while the asset has components, or anything else (work orders, pins) refers to it. */
export async function deleteAsset(ctx: Context, rawId: string): Promise<string> {
  const id = parseId(rawId);
  await ctx.em.transactional((em) =>
    deleteUnlessReferenced(em, 'Asset', 'activos_activo', id, [
      ['components', 'activos_activo', 'parent_id'],
      ['work orders', 'mantenimiento_ordentrabajo_activos', 'asset_id'],
      ['notices', 'mantenimiento_aviso', 'asset_id'],
      ['pins', 'activos_pinplano', 'asset_id'],
      ['measurement points', 'mantenimiento_puntomedida', 'asset_id'],
      ['schedules', 'mantenimiento_programacion_activos', 'asset_id'],
    ]),
  );
  return String(id);
}
