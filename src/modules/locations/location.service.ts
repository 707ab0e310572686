import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { deleteUnlessReferenced, mapUniqueViolation } from '../../db/constraint-errors';
import { assertValidParent } from '../../db/tree';
import { ConflictError, NotFoundError, Problems } from '../../errors';
import { parseId } from '../../graphql/ids';
import { has, idInput, optionalKey, optionalText, requiredText } from '../../graphql/validation';
import { Location, LocationType } from './location.entity';
import type { LocationInput, LocationUpdateInput } from './location.inputs';
import { LOCATION_COLUMNS, toLocation, type LocationRow } from './location.loaders';

const UNIQUE = {
  activos_ubicacion_sibling_name_unique: ['name', 'Another location with this name already exists at this level.'],
  activos_ubicacion_qr_code_unique: ['qrCode', 'Another location already has this QR code.'],
} as const satisfies Record<string, [string, string]>;

export async function findLocation(em: EntityManager, id: number): Promise<Location | null> {
  const rows = await em.execute<LocationRow[]>(`select ${LOCATION_COLUMNS} from activos_ubicacion l where l.id = ?`, [id]);
  return rows[0] ? toLocation(rows[0]) : null;
}

export async function getLocation(ctx: Context, rawId: string): Promise<Location> {
  const id = parseId(rawId);
  const found = await findLocation(ctx.em, id);
  if (!found) throw new NotFoundError('Location', id);
  return found;
}

export async function locationRoots(ctx: Context): Promise<Location[]> {
  const rows = await ctx.em.execute<LocationRow[]>(
    `select ${LOCATION_COLUMNS} from activos_ubicacion l where l.parent_id is null order by l.sort_order, l.name, l.id`,
  );
  return rows.map(toLocation);
}

interface LocationValues {
  name?: string;
  parentId?: number | null;
  type?: LocationType;
  qrCode?: string | null;
  description?: string;
  sortOrder?: number;
  isWarehouse?: boolean;
}

function validate(input: LocationInput | LocationUpdateInput, creating: boolean): LocationValues {
  const problems = new Problems();
  const out: LocationValues = {};
  if (creating || has(input, 'name')) out.name = requiredText(problems, 'name', input.name, 150);
  if (has(input, 'type')) {
    if (input.type === null) problems.add('type', 'required', 'type cannot be null.');
    else out.type = input.type;
  }
  if (has(input, 'qrCode')) out.qrCode = optionalKey(problems, 'qrCode', input.qrCode, 100);
  if (has(input, 'description')) out.description = optionalText(problems, 'description', input.description, 5000);
  if (has(input, 'sortOrder')) out.sortOrder = input.sortOrder ?? 0;
  if (has(input, 'isWarehouse')) out.isWarehouse = input.isWarehouse ?? false;
  const parentId = idInput(problems, 'parentId', input.parentId);
  if (parentId !== undefined) out.parentId = parentId;
  problems.throwIfAny();
  return out;
}


async function checkUnique(em: EntityManager, id: number | null, name: string, parentId: number | null, qrCode: string | null | undefined): Promise<void> {
  const rows = await em.execute<Array<{ sibling: boolean; qr: boolean }>>(
    `select exists(select 1 from activos_ubicacion where coalesce(parent_id, 0) = ? and name = ? and id <> ?) as sibling,
            exists(select 1 from activos_ubicacion where qr_code = ? and id <> ?) as qr`,
    [parentId ?? 0, name, id ?? 0, qrCode ?? null, id ?? 0],
  );
  if (rows[0]?.sibling) throw new ConflictError(`A location named "${name}" already exists at this level.`, 'name');
  if (rows[0]?.qr) throw new ConflictError(`QR code "${qrCode}" is already used by another location.`, 'qrCode');
}

export async function createLocation(ctx: Context, input: LocationInput): Promise<Location> {
  const v = validate(input, true);
  const id = await ctx.em.transactional(async (em) => {
    await assertValidParent(em, 'activos_ubicacion', 'Location', null, v.parentId);
    await checkUnique(em, null, v.name!, v.parentId ?? null, v.qrCode);
    const location = em.create(Location, {
      name: v.name!,
      parent: v.parentId ?? null,
      type: v.type ?? LocationType.OTHER,
      qrCode: v.qrCode ?? null,
      description: v.description ?? '',
      sortOrder: v.sortOrder ?? 0,
      isWarehouse: v.isWarehouse ?? false,
    });
    await em.flush().catch((e) => mapUniqueViolation(e, UNIQUE));
    return location.id;
  });
  return (await findLocation(ctx.em, id))!;
}

export async function updateLocation(ctx: Context, rawId: string, input: LocationUpdateInput): Promise<Location> {
  const id = parseId(rawId);
  const v = validate(input, false);
  await ctx.em.transactional(async (em) => {
    const location = await em.findOne(Location, id);
    if (!location) throw new NotFoundError('Location', id);
    await assertValidParent(em, 'activos_ubicacion', 'Location', id, v.parentId);
    const parentId = v.parentId !== undefined ? v.parentId : (location.parent?.id ?? null);
    await checkUnique(em, id, v.name ?? location.name, parentId, v.qrCode);
    if (v.name !== undefined) location.name = v.name;
    if (v.type !== undefined) location.type = v.type;
    if (v.qrCode !== undefined) location.qrCode = v.qrCode;
    if (v.description !== undefined) location.description = v.description;
    if (v.sortOrder !== undefined) location.sortOrder = v.sortOrder;
    if (v.isWarehouse !== undefined) location.isWarehouse = v.isWarehouse;
    if (v.parentId !== undefined) location.parent = v.parentId === null ? null : em.getReference(Location, v.parentId, { wrapped: true });
    await em.flush().catch((e) => mapUniqueViolation(e, UNIQUE));
  });
  return (await findLocation(ctx.em, id))!;
}

/** Refused while the location has sub-locations or assets, or anything else refers to it. */
export async function deleteLocation(ctx: Context, rawId: string): Promise<string> {
  const id = parseId(rawId);
  await ctx.em.transactional((em) =>
    deleteUnlessReferenced(em, 'Location', 'activos_ubicacion', id, [
      ['sub-locations', 'activos_ubicacion', 'parent_id'],
      ['assets', 'activos_activo', 'location_id'],
      ['notices', 'mantenimiento_aviso', 'location_id'],
      ['work orders', 'mantenimiento_ordentrabajo', 'location_id'],
      ['floor plans', 'activos_plano', 'location_id'],
      ['pins', 'activos_pinplano', 'location_id'],
    ]),
  );
  return String(id);
}
