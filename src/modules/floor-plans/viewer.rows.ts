import { asEntity, stub, toDate } from '../../db/as-entity';
import { queryNamed } from '../../db/prepared';
import type { Context } from '../../context';
import { rowsById, rowsGroupedBy } from '../../graphql/loaders';
import type { FloorPlan } from './floor-plan.entity';
import { Viewer } from './viewer.entity';

// Viewers read as plain rows (no entity hydration: MikroORM's findOne cost more CPU than
// the rest of a viewer's read), as Viewer instances whose plan is an `{ id }` stub.
// Writes load a managed entity instead (updateViewer).

const VIEWER_COLUMNS = 'v.id, v.name, v.floor_plan_id, v.description, v.created_at, v.updated_at';

interface ViewerRow {
  id: number;
  name: string;
  floor_plan_id: number;
  description: string;
  created_at: string | Date;
  updated_at: string | Date;
}

function toViewer(r: ViewerRow): Viewer {
  return asEntity(Viewer, {
    id: r.id,
    name: r.name,
    floorPlan: stub<FloorPlan>(r.floor_plan_id)!,
    description: r.description,
    createdAt: toDate(r.created_at),
    updatedAt: toDate(r.updated_at),
  });
}

/** Viewers by id (also run by the benchmark's limit server). */
export const VIEWERS_BY_ID_SQL = `select ${VIEWER_COLUMNS} from activos_visorplano v where v.id = any(?::int[])`;

/** Viewers by id, batched per request. */
export function viewerById(ctx: Context) {
  return rowsById<ViewerRow, Viewer>(ctx, 'viewer.byId', VIEWERS_BY_ID_SQL, toViewer);
}

/** The viewers of many plans (one statement), each plan's by name. */
export function viewersOfPlan(ctx: Context) {
  return rowsGroupedBy<ViewerRow, Viewer>(
    ctx,
    'floorPlan.viewers',
    `select ${VIEWER_COLUMNS} from activos_visorplano v where v.floor_plan_id = any(?::int[]) order by v.floor_plan_id, v.name, v.id`,
    (r) => r.floor_plan_id,
    toViewer,
  );
}

/** One plan's viewers by name, at most `take`. */
export async function viewersOfPlanPage(ctx: Context, planId: number, take: number): Promise<Viewer[]> {
  const rows = await queryNamed<ViewerRow>(
    ctx.app.pool,
    'viewers of a plan, a page',
    `select ${VIEWER_COLUMNS} from activos_visorplano v where v.floor_plan_id = ? order by v.name, v.id limit ?`,
    [planId, take],
  );
  return rows.map(toViewer);
}
