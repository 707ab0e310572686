import type { Context } from '../../context';
import { ConflictError, NotFoundError, Problems } from '../../errors';
import { parseId } from '../../graphql/ids';
import { has, optionalText, requiredText } from '../../graphql/validation';
import { requirePerm } from './access';
import { FloorPlan } from './floor-plan.entity';
import type { ViewerInput, ViewerUpdateInput } from './floor-plan.inputs';
import { Viewer } from './viewer.entity';
import { viewerById, viewersOfPlanPage } from './viewer.rows';

export async function getViewer(ctx: Context, rawId: string | number): Promise<Viewer> {
  const id = parseId(rawId, 'id');
  const viewer = await viewerById(ctx).load(id);
  if (!viewer) throw new NotFoundError('Viewer', id, 'id');
  return viewer;
}

export async function listViewers(ctx: Context, rawPlanId: string, take: number): Promise<Viewer[]> {
  const planId = parseId(rawPlanId, 'planId');
  if (!(await ctx.em.count(FloorPlan, { id: planId }))) throw new NotFoundError('FloorPlan', planId, 'planId');
  return viewersOfPlanPage(ctx, planId, Math.min(Math.max(take, 1), 200));
}

export async function createViewer(ctx: Context, input: ViewerInput): Promise<Viewer> {
  requirePerm(ctx, 'activos.add_visorplano');
  const planId = parseId(input.floorPlanId, 'floorPlanId');
  const p = new Problems();
  const viewer = new Viewer();
  viewer.name = requiredText(p, 'name', input.name, 200);
  viewer.description = optionalText(p, 'description', input.description, 20000);
  p.throwIfAny();
  if (!(await ctx.em.count(FloorPlan, { id: planId }))) throw new NotFoundError('FloorPlan', planId, 'floorPlanId');
  viewer.floorPlan = ctx.em.getReference(FloorPlan, planId, { wrapped: true });
  await ctx.em.persist(viewer).flush();
  return viewer;
}

export async function updateViewer(ctx: Context, rawId: string, input: ViewerUpdateInput): Promise<Viewer> {
  requirePerm(ctx, 'activos.change_visorplano');
  const id = parseId(rawId, 'id');
  const viewer = await ctx.em.findOne(Viewer, id);
  if (!viewer) throw new NotFoundError('Viewer', id, 'id');
  const p = new Problems();
  if (has(input, 'name')) viewer.name = requiredText(p, 'name', input.name, 200);
  if (has(input, 'description')) viewer.description = optionalText(p, 'description', input.description, 20000);
  p.throwIfAny();
  await ctx.em.flush();
  return viewer;
}

/** A viewer with pins is refused unless `removePins` is true (which needs activos.delete_pinplano). */
export async function deleteViewer(ctx: Context, rawId: string, removePins: boolean): Promise<number> {
  requirePerm(ctx, 'activos.delete_visorplano');
  const id = parseId(rawId, 'id');
  await ctx.em.transactional(async (em) => {
    const conn = em.getConnection();
    const [row] = await conn.execute<Array<{ pins: string }>>(
      'select (select count(*) from activos_pinplano p where p.viewer_id = v.id) as pins from activos_visorplano v where v.id = ? for update',
      [id],
    );
    if (!row) throw new NotFoundError('Viewer', id, 'id');
    const pins = Number(row.pins);
    if (pins > 0) {
      if (!removePins) {
        throw new ConflictError(`Viewer ${id} has ${pins} pin(s); delete them first or pass removePins: true.`, 'removePins', { pins });
      }
      requirePerm(ctx, 'activos.delete_pinplano');
      await conn.execute('delete from activos_pinplano where viewer_id = ?', [id]);
    }
    await conn.execute('delete from activos_visorplano where id = ?', [id]);
  });
  return id;
}
