import { Arg, Ctx, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../context';
import type { AppEvents } from '../../graphql/pubsub';
import { pinChange, pinEvents, workOrderChange, workOrderEvents } from './live.service';
import { PinChange, WorkOrderChange } from './live.types';

/** Live updates over WebSocket (graphql-ws at /graphql). */
@Resolver()
export class LiveResolver {
  @Subscription(() => PinChange, {
    description: 'Pins saved (created, moved, edited) or deleted on a viewer. Needs activos.view_pinplano.',
    subscribe: ({ args, context }) => pinEvents(context as Context, args.viewerId as string),
  })
  pinsChanged(
    @Root() event: AppEvents['pinsChanged'],
    @Arg('viewerId', () => ID) _viewerId: string,
    @Ctx() ctx: Context,
  ): Promise<PinChange> {
    return pinChange(ctx, event);
  }

  @Subscription(() => WorkOrderChange, {
    description:
      'Work orders created or changed, optionally only those at a location (or below it) or of a technician. Needs mantenimiento.view_ordentrabajo.',
    subscribe: ({ args, context }) => workOrderEvents(context as Context, args as { locationId?: string; technicianId?: string }),
  })
  workOrderChanged(
    @Root() event: AppEvents['workOrderChanged'],
    @Arg('locationId', () => ID, { nullable: true }) _locationId: string | null,
    @Arg('technicianId', () => ID, { nullable: true }) _technicianId: string | null,
    @Ctx() ctx: Context,
  ): Promise<WorkOrderChange> {
    return workOrderChange(ctx, event);
  }
}
