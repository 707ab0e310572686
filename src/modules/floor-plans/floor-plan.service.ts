import type { Context } from '../../context';
import { mapUniqueViolation, type UniqueFields } from '../../db/constraint-errors';
import { ConflictError, NotFoundError, Problems } from '../../errors';
import { parseId, parseOptionalId } from '../../graphql/ids';
import { has, optionalText, requiredText } from '../../graphql/validation';
import { Location } from '../locations/location.entity';
import { requirePerm } from './access';
import { FloorPlan } from './floor-plan.entity';
import type { FloorPlanInput, FloorPlansArgs, FloorPlanUpdateInput } from './floor-plan.inputs';
import { removePlanImage } from './plan-image.storage';

const UNIQUE: UniqueFields = { activos_plano_name_unique: ['name', 'A floor plan with this name already exists.'] };
const MAX_SIDE = 100_000;

export async function getFloorPlan(ctx: Context, rawId: string | number, field = 'id'): Promise<FloorPlan> {
  const id = parseId(rawId, field);
  const plan = await ctx.em.findOne(FloorPlan, id);
  if (!plan) throw new NotFoundError('FloorPlan', id, field);
  return plan;
}

export async function listFloorPlans(ctx: Context, args: FloorPlansArgs): Promise<FloorPlan[]> {
  const locationId = parseOptionalId(args.locationId, 'locationId');
  const take = Math.min(Math.max(args.take ?? 100, 1), 200);
  return ctx.em.find(FloorPlan, locationId ? { location: locationId } : {}, { orderBy: { name: 'asc', id: 'asc' }, limit: take });
}

export async function createFloorPlan(ctx: Context, input: FloorPlanInput): Promise<FloorPlan> {
  requirePerm(ctx, 'activos.add_plano');
  const plan = new FloorPlan();
  await applyInput(ctx, plan, input, true);
  return save(ctx, plan);
}

export async function updateFloorPlan(ctx: Context, rawId: string, input: FloorPlanUpdateInput): Promise<FloorPlan> {
  requirePerm(ctx, 'activos.change_plano');
  const plan = await getFloorPlan(ctx, rawId);
  await applyInput(ctx, plan, input, false);
  return save(ctx, plan);
}

async function save(ctx: Context, plan: FloorPlan): Promise<FloorPlan> {
  try {
    await ctx.em.persist(plan).flush();
  } catch (err) {
    mapUniqueViolation(err, UNIQUE);
  }
  return plan;
}

async function applyInput(ctx: Context, plan: FloorPlan, input: FloorPlanUpdateInput, creating: boolean): Promise<void> {
  const p = new Problems();
  const set = (key: keyof FloorPlanUpdateInput) => creating || has(input, key);
  if (set('name')) plan.name = requiredText(p, 'name', input.name, 200);
  if (set('planType')) plan.planType = optionalText(p, 'planType', input.planType, 50);
  if (set('documentNumber')) plan.documentNumber = optionalText(p, 'documentNumber', input.documentNumber, 100);
  if (set('title')) plan.title = optionalText(p, 'title', input.title, 200);
  if (set('description')) plan.description = optionalText(p, 'description', input.description, 20000);
  if (set('imageUrl')) {
    const url = optionalText(p, 'imageUrl', input.imageUrl, 500);
    if (url && !isHttpUrl(url)) p.add('imageUrl', 'url', 'imageUrl must be an http or https address.');
    plan.imageUrl = url || null;
  }
  for (const side of ['width', 'height'] as const) {
    if (!set(side)) continue;
    const v = input[side];
    if (v !== null && v !== undefined && (!Number.isInteger(v) || v < 1 || v > MAX_SIDE)) {
      p.add(side, 'range', `${side} must be a whole number of pixels from 1 to ${MAX_SIDE}.`);
    } else if (plan.imageFile && v !== plan[side]) {
      p.add(side, 'from_image', `${side} comes from the uploaded image and cannot be changed.`);
    }
    plan[side] = v ?? null;
  }
  let locationId: number | null | undefined;
  if (set('locationId')) {
    try {
      locationId = parseOptionalId(input.locationId, 'locationId');
    } catch {
      p.add('locationId', 'id', 'locationId must be a positive whole number.');
    }
  }
  p.throwIfAny();
  if (locationId !== undefined) {
    if (locationId !== null && !(await ctx.em.count(Location, { id: locationId }))) {
      throw new NotFoundError('Location', locationId, 'locationId');
    }
    plan.location = locationId === null ? null : ctx.em.getReference(Location, locationId, { wrapped: true });
  }
}

function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Deletes a plan. A plan with viewers is refused unless `removeViewers` is true, which
 * then deletes its viewers and their pins in the same transaction (and needs those
 * delete permissions too). Assets using it as main plan lose that link.
 */
export async function deleteFloorPlan(ctx: Context, rawId: string, removeViewers: boolean): Promise<number> {
  requirePerm(ctx, 'activos.delete_plano');
  const id = parseId(rawId, 'id');
  let imageFile: string | null = null;
  await ctx.em.transactional(async (em) => {
    const conn = em.getConnection();
    const [row] = await conn.execute<Array<{ image_file: string | null; viewers: string; pins: string }>>(
      `select fp.image_file,
              (select count(*) from activos_visorplano v where v.floor_plan_id = fp.id) as viewers,
              (select count(*) from activos_pinplano p join activos_visorplano v on v.id = p.viewer_id where v.floor_plan_id = fp.id) as pins
       from activos_plano fp where fp.id = ? for update`,
      [id],
    );
    if (!row) throw new NotFoundError('FloorPlan', id, 'id');
    const viewers = Number(row.viewers);
    const pins = Number(row.pins);
    if (viewers > 0) {
      if (!removeViewers) {
        throw new ConflictError(
          `Floor plan ${id} has ${viewers} viewer(s) with ${pins} pin(s); delete them first or pass removeViewers: true.`,
          'removeViewers',
          { viewers, pins },
        );
      }
      requirePerm(ctx, 'activos.delete_visorplano', ...(pins > 0 ? ['activos.delete_pinplano'] : []));
      await conn.execute(
        'delete from activos_pinplano where viewer_id in (select id from activos_visorplano where floor_plan_id = ?)',
        [id],
      );
      await conn.execute('delete from activos_visorplano where floor_plan_id = ?', [id]);
    }
    await conn.execute('delete from activos_plano where id = ?', [id]);
    imageFile = row.image_file;
  });
  if (imageFile) await removePlanImage(ctx.app.config, imageFile, ctx.logger);
  return id;
}
