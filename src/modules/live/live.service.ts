import type { Context } from '../../context';
import { NotFoundError } from '../../errors';
import { parseId, parseOptionalId } from '../../graphql/ids';
import { Loaders } from '../../graphql/loaders';
import type { AppEvents } from '../../graphql/pubsub';
import { subtreeIdsSql } from '../../db/tree';
import { requirePerm } from '../floor-plans/access';
import { pinsByIds } from '../floor-plans/pin.queries';
import { readWorkOrder } from '../work-orders/work-order.rows';
import { PinChange, PinChangeKind, WorkOrderChange, WorkOrderChangeKind } from './live.types';

// The permission is checked when the subscription starts (graphql-shield checks the
// payload fields on every event too), so a refused caller gets its error at once.

/** Events of one viewer's pins; NOT_FOUND when the viewer does not exist. */
export async function pinEvents(ctx: Context, viewerIdArg: string): Promise<AsyncIterableIterator<AppEvents['pinsChanged']>> {
  requirePerm(ctx, 'activos.view_pinplano');
  const viewerId = parseId(viewerIdArg, 'viewerId');
  const [row] = await ctx.em.execute<Array<{ id: number }>>('select id from activos_visorplano where id = ?', [viewerId]);
  if (!row) throw new NotFoundError('Viewer', viewerId, 'viewerId');
  return perEvent(ctx, ctx.app.pubsub.subscribe('pinsChanged', (e) => e.viewerId === viewerId));
}

export async function pinChange(ctx: Context, event: AppEvents['pinsChanged']): Promise<PinChange> {
  const pin = event.kind === 'DELETED' ? null : ((await pinsByIds(ctx, [event.pinId]))[0] ?? null);
  return Object.assign(new PinChange(), {
    kind: event.kind === 'DELETED' || !pin ? PinChangeKind.DELETED : PinChangeKind.SAVED,
    viewerId: event.viewerId,
    pinId: event.pinId,
    pin,
  });
}

/** Orders created or changed, optionally within a location (and below it) or of one technician. */
export async function workOrderEvents(
  ctx: Context,
  args: { locationId?: string | null; technicianId?: string | null },
): Promise<AsyncIterableIterator<AppEvents['workOrderChanged']>> {
  requirePerm(ctx, 'mantenimiento.view_ordentrabajo');
  const locationId = parseOptionalId(args.locationId, 'locationId');
  const technicianId = parseOptionalId(args.technicianId, 'technicianId');
  let locations: Set<number> | null = null;
  if (locationId !== null) {
    const rows = await ctx.em.execute<Array<{ id: number }>>(`select id from ${subtreeIdsSql('activos_ubicacion')} s`, [locationId]);
    if (!rows.length) throw new NotFoundError('Location', locationId, 'locationId');
    locations = new Set(rows.map((r) => r.id));
  }
  return perEvent(
    ctx,
    ctx.app.pubsub.subscribe(
      'workOrderChanged',
      (e) => (locations === null || (e.locationId !== null && locations.has(e.locationId))) && (technicianId === null || e.technicianId === technicianId),
    ),
  );
}

export async function workOrderChange(ctx: Context, event: AppEvents['workOrderChanged']): Promise<WorkOrderChange> {
  let workOrder = null;
  try {
    workOrder = await readWorkOrder(ctx.em, event.workOrderId);
  } catch (err) {
    if (!(err instanceof NotFoundError)) throw err;
  }
  return Object.assign(new WorkOrderChange(), {
    kind: WorkOrderChangeKind[event.kind],
    workOrderId: event.workOrderId,
    workOrder,
  });
}

/**
 * A subscription lives for hours on one context: every event gets a fresh EntityManager
 * and fresh loaders, so nothing read for an earlier event is served stale. `return()`
 * reaches the source at once, even while it waits for the next event.
 */
function perEvent<T>(ctx: Context, source: AsyncIterableIterator<T>): AsyncIterableIterator<T> {
  return {
    async next() {
      const r = await source.next();
      if (!r.done) {
        ctx.em = ctx.app.orm.em.fork();
        ctx.loaders = new Loaders();
      }
      return r;
    },
    return: () => source.return!(),
    throw: (err?: unknown) => source.throw!(err),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
