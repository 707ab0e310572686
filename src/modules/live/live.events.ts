import type { Context } from '../../context';
import type { PinChangeKind, WorkOrderChangeKind } from '../../graphql/pubsub';

// The publish calls the services make after a successful commit.

export function publishPinChange(ctx: Context, kind: PinChangeKind, viewerId: number, pinId: number): void {
  ctx.app.pubsub.publish('pinsChanged', { kind, viewerId, pinId });
}

type OrderKeys = { id: number; locationId?: number | null; technicianId?: number | null };

/** Publishes the order as read back after the commit, and answers it (`return publishedOrder(...)`). */
export function publishedOrder<T extends OrderKeys>(ctx: Context, kind: WorkOrderChangeKind, order: T): T {
  ctx.app.pubsub.publish('workOrderChanged', {
    kind,
    workOrderId: order.id,
    locationId: order.locationId ?? null,
    technicianId: order.technicianId ?? null,
  });
  return order;
}
