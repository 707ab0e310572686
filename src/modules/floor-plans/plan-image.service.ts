import type { Context } from '../../context';
import { BadUserInputError, NotFoundError } from '../../errors';
import { parseId } from '../../graphql/ids';
import { requirePerm } from './access';
import { FloorPlan } from './floor-plan.entity';
import { inspectPlanImage, PlanImageError, type PlanImageInfo } from './plan-image';
import { removePlanImage, writePlanImage } from './plan-image.storage';

/**
 * Stores an uploaded plan image: typed and measured from its bytes, written under a new
 * random name, then linked to the plan. A bad file is refused before anything is
 * written; a failed update removes the new file; the replaced file is removed last.
 */
export async function storePlanImage(ctx: Context, rawId: string, bytes: Buffer): Promise<FloorPlan> {
  requirePerm(ctx, 'activos.change_plano');
  const id = parseId(rawId, 'id');
  let info: PlanImageInfo;
  try {
    info = inspectPlanImage(bytes);
  } catch (err) {
    if (err instanceof PlanImageError) throw new BadUserInputError({ field: 'image', rule: err.rule, message: err.message });
    throw err;
  }
  if (!(await ctx.em.count(FloorPlan, { id }))) throw new NotFoundError('FloorPlan', id, 'id');

  const config = ctx.app.config;
  const name = await writePlanImage(config, bytes, info.ext);
  let previous: string | null = null;
  try {
    await ctx.em.transactional(async (em) => {
      const conn = em.getConnection();
      const [row] = await conn.execute<Array<{ image_file: string | null }>>(
        'select image_file from activos_plano where id = ? for update',
        [id],
      );
      if (!row) throw new NotFoundError('FloorPlan', id, 'id');
      previous = row.image_file;
      await conn.execute(
        `update activos_plano set image_file = ?, image_content_type = ?, width = ?, height = ?, updated_at = now() where id = ?`,
        [name, info.contentType, info.width, info.height, id],
      );
    });
  } catch (err) {
    await removePlanImage(config, name, ctx.logger);
    throw err;
  }
  if (previous && previous !== name) await removePlanImage(config, previous, ctx.logger);
  const plan = await ctx.em.findOneOrFail(FloorPlan, id, { refresh: true });
  return plan;
}
