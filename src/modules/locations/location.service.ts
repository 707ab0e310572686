import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { deleteUnlessReferenced, mapUniqueViolation, type UniqueFields } from '../../db/constraint-errors';
import { assertValidParent } from '../../db/tree';
import { NotFoundError, Problems } from '../../errors';
import { parseId } from '../../graphql/ids';
import { has, idInput, optionalKey, optionalText, requiredText } from '../../graphql/validation';
import { Location, LocationType } from './location.entity';
import type { LocationInput, LocationUpdateInput } from './location.inputs';
import { LOCATION_COLUMNS, toLocation, type LocationRow } from './location.loaders';

const unique = (l: Location): UniqueFields => ({
  activos_ubicacion_sibling_name_unique: ['name', `A location named "${l.name}" already exists at this level.`],
  activos_ubicacion_qr_code_unique: ['qrCode', `QR code "${l.qrCode}" is already used by another location.`],
});

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


export async function createLocation(ctx: Context, input: LocationInput): Promise<Location> {
  const v = validate(input, true);
  const id = await ctx.em.transactional(async (em) => {
    await assertValidParent(em, 'activos_ubicacion', 'Location', null, v.parentId);
    const location = em.create(Location, {
      name: v.name!,
      parent: v.parentId ?? null,
      type: v.type ?? LocationType.OTHER,
      qrCode: v.qrCode ?? null,
      description: v.description ?? '',
      sortOrder: v.sortOrder ?? 0,
      isWarehouse: v.isWarehouse ?? false,
    });
    await em.flush().catch((e) => mapUniqueViolation(e, unique(location)));
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
    if (v.name !== undefined) location.name = v.name;
    if (v.type !== undefined) location.type = v.type;
    if (v.qrCode !== undefined) location.qrCode = v.qrCode;
    if (v.description !== undefined) location.description = v.description;
    if (v.sortOrder !== undefined) location.sortOrder = v.sortOrder;
    if (v.isWarehouse !== undefined) location.isWarehouse = v.isWarehouse;
    if (v.parentId !== undefined) location.parent = v.parentId === null ? null : em.getReference(Location, v.parentId, { wrapped: true });
    await em.flush().catch((e) => mapUniqueViolation(e, unique(location)));
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
