import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { ConflictError, NotFoundError, Problems } from '../../errors';
import { parseId, parseOptionalId } from '../../graphql/ids';
import { Location } from '../locations/location.entity';
import { requirePerm } from './access';
import { DEFAULT_PIN_COLOR, Pin } from './pin.entity';
import { pinsByIds } from './pin.queries';
import { Viewer } from './viewer.entity';
import { publishPinChange } from '../live/live.events';

/** What savePin takes, from GraphQL or the legacy REST route. Omitted = keep (update) or default (create). */
export interface SavePinData {
  id?: string | number | null;
  viewerId: string | number;
  assetId?: string | number | null;
  noticeId?: string | number | null;
  locationId?: string | number | null;
  x: number;
  y: number;
  width?: number | null;
  height?: number | null;
  color?: string | null;
  note?: string | null;
}

const COLOR = /^#[0-9A-Fa-f]{6}$/;
const NOTE_MAX = 2000;
const UNIQUE_ASSET_PER_VIEWER = 'activos_pinplano_viewer_id_asset_id_unique';

interface Lookup {
  viewer_id: number | null;
  viewer_name: string | null;
  plan_width: number | null;
  plan_height: number | null;
  asset_name: string | null;
  location_found: boolean;
  notices_table: boolean;
  clash_pin_id: number | null;
}

// One statement: the target viewer with its plan size, whether the linked rows exist, and
// another pin of the same asset on the target viewer (the unique index is the real guard).
const LOOKUP_SQL = `
  select v.id as viewer_id, v.name as viewer_name, fp.width as plan_width, fp.height as plan_height,
         (select a.name from activos_activo a where a.id = ?::int) as asset_name,
         exists (select 1 from activos_ubicacion l where l.id = ?::int) as location_found,
         to_regclass('mantenimiento_aviso') is not null as notices_table,
         (select p.id from activos_pinplano p
           where p.viewer_id = ?::int and p.asset_id = ?::int and p.id <> coalesce(?::int, 0) limit 1) as clash_pin_id
  from (select 1) one
  left join activos_visorplano v on v.id = ?::int
  left join activos_plano fp on fp.id = v.floor_plan_id`;

function assetConflict(assetId: number, assetName: string, viewerId: number, pinId: number | null): ConflictError {
  return new ConflictError(
    `Asset "${assetName}" (id ${assetId}) already has a pin on viewer ${viewerId}${pinId ? ` (pin ${pinId})` : ''}; an asset can be pinned once per viewer.`,
    'assetId',
    { assetId: String(assetId), assetName, viewerId: String(viewerId), ...(pinId ? { pinId: String(pinId) } : {}) },
  );
}

/** Creates (no id) or updates a pin; answers it with its label and icon. */
export async function savePin(ctx: Context, input: SavePinData): Promise<Pin> {
  const id = parseOptionalId(input.id, 'id');
  requirePerm(ctx, id ? 'activos.change_pinplano' : 'activos.add_pinplano');
  const viewerId = parseId(input.viewerId, 'viewerId');
  const assetId = input.assetId === undefined ? undefined : parseOptionalId(input.assetId, 'assetId');
  const noticeId = input.noticeId === undefined ? undefined : parseOptionalId(input.noticeId, 'noticeId');
  const locationId = input.locationId === undefined ? undefined : parseOptionalId(input.locationId, 'locationId');

  let savedId = 0;
  await ctx.em.transactional(async (em) => {
    const existing = id ? await em.findOne(Pin, id) : null;
    if (id && !existing) throw new NotFoundError('Pin', id, 'id');
    // The links the pin will have after the save (omitted on update = unchanged).
    const finalAssetId = assetId === undefined ? (existing?.assetId ?? null) : assetId;
    const finalLocationId = locationId === undefined ? (existing?.location?.id ?? null) : locationId;
    const finalNoticeId = noticeId === undefined ? (existing?.noticeId ?? null) : noticeId;

    const [found] = await em
      .getConnection()
      .execute<Lookup[]>(LOOKUP_SQL, [finalAssetId, finalLocationId, viewerId, finalAssetId, id, viewerId]);
    const look = found!;
    if (look.viewer_id === null) throw new NotFoundError('Viewer', viewerId, 'viewerId');

    const problems = new Problems();
    const x = coordinate(problems, 'x', input.x, look.plan_width);
    const y = coordinate(problems, 'y', input.y, look.plan_height);
    const width = size(problems, 'width', input.width, existing?.width);
    const height = size(problems, 'height', input.height, existing?.height);
    let color = existing?.color ?? DEFAULT_PIN_COLOR;
    if (input.color !== undefined && input.color !== null) {
      if (typeof input.color !== 'string' || !COLOR.test(input.color)) {
        problems.add('color', 'hex_color', `color must be a hex color like #FF0000 (got "${String(input.color).slice(0, 20)}").`);
      } else color = input.color.toUpperCase();
    } else if (input.color === null) color = DEFAULT_PIN_COLOR;
    let note = existing?.note ?? '';
    if (input.note !== undefined) {
      note = typeof input.note === 'string' ? input.note.trim() : '';
      if (note.length > NOTE_MAX) problems.add('note', 'max_length', `note must be at most ${NOTE_MAX} characters (it has ${note.length}).`);
    }
    problems.throwIfAny();

    if (finalAssetId !== null && look.asset_name === null) throw new NotFoundError('Asset', finalAssetId, 'assetId');
    if (finalLocationId !== null && !look.location_found) throw new NotFoundError('Location', finalLocationId, 'locationId');
    if (finalNoticeId !== null && noticeId !== undefined) await assertNoticeExists(em, look.notices_table, finalNoticeId);
    if (finalAssetId !== null && look.clash_pin_id !== null) {
      throw assetConflict(finalAssetId, look.asset_name!, viewerId, look.clash_pin_id);
    }

    const pin = existing ?? new Pin();
    pin.viewer = em.getReference(Viewer, viewerId, { wrapped: true });
    pin.assetId = finalAssetId;
    pin.location = finalLocationId === null ? null : em.getReference(Location, finalLocationId, { wrapped: true });
    pin.noticeId = finalNoticeId;
    Object.assign(pin, { x, y, width, height, color, note });
    try {
      await em.persist(pin).flush();
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException && (err as { constraint?: string }).constraint === UNIQUE_ASSET_PER_VIEWER) {
        throw assetConflict(finalAssetId!, look.asset_name!, viewerId, null);
      }
      throw err;
    }
    savedId = pin.id;
  });
  publishPinChange(ctx, 'SAVED', viewerId, savedId);
  const [saved] = await pinsByIds(ctx, [savedId]);
  return saved!;
}

async function assertNoticeExists(em: EntityManager, tableExists: boolean, noticeId: number): Promise<void> {
  // Until the notices feature lands there is no table to check against.
  if (!tableExists) return;
  const [row] = await em.getConnection().execute<Array<{ found: boolean }>>(
    'select exists (select 1 from mantenimiento_aviso where id = ?::int) as found',
    [noticeId],
  );
  if (!row?.found) throw new NotFoundError('Notice', noticeId, 'noticeId');
}

function coordinate(problems: Problems, field: 'x' | 'y', value: unknown, planSize: number | null): number {
  const n = value as number;
  if (typeof value !== 'number' || !Number.isFinite(n)) {
    problems.add(field, 'finite', `${field} must be a finite number of pixels.`);
  } else if (n < 0) {
    problems.add(field, 'min', `${field} must be >= 0 (got ${n}).`);
  } else if (planSize !== null && n > planSize) {
    problems.add(field, 'inside_plan', `${field} must be inside the plan (0 to ${planSize} pixels; got ${n}).`);
  }
  return n;
}

function size(problems: Problems, field: 'width' | 'height', value: unknown, current: number | undefined): number {
  if (value === undefined) return current ?? 0;
  if (value === null) return 0;
  const n = value as number;
  if (typeof value !== 'number' || !Number.isFinite(n)) problems.add(field, 'finite', `${field} must be a finite number of pixels.`);
  else if (n < 0) problems.add(field, 'min', `${field} must be >= 0 (got ${n}).`);
  return n;
}

/** Deletes a pin; answers its id. */
export async function deletePin(ctx: Context, rawId: string | number): Promise<number> {
  requirePerm(ctx, 'activos.delete_pinplano');
  const id = parseId(rawId, 'id');
  const [deleted] = await ctx.em.execute<Array<{ viewer_id: number }>>('delete from activos_pinplano where id = ? returning viewer_id', [id]);
  if (!deleted) throw new NotFoundError('Pin', id, 'id');
  publishPinChange(ctx, 'DELETED', deleted.viewer_id, id);
  return id;
}
