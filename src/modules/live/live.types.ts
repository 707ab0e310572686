import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Pin } from '../floor-plans/pin.entity';
import { WorkOrder } from '../work-orders/work-order.entity';

export enum PinChangeKind {
  SAVED = 'SAVED',
  DELETED = 'DELETED',
}
registerEnumType(PinChangeKind, { name: 'PinChangeKind', description: 'SAVED: created, moved or edited. DELETED: removed.' });

export enum WorkOrderChangeKind {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  STATUS_CHANGED = 'STATUS_CHANGED',
  CLOSED = 'CLOSED',
}
registerEnumType(WorkOrderChangeKind, { name: 'WorkOrderChangeKind' });

@ObjectType('PinChange', { description: 'A pin saved or deleted on a viewer.' })
export class PinChange {
  @Field(() => PinChangeKind)
  kind!: PinChangeKind;

  @Field(() => ID)
  viewerId!: number;

  @Field(() => ID)
  pinId!: number;

  @Field(() => Pin, { nullable: true, description: 'The pin as it is now; null once deleted.' })
  pin!: Pin | null;
}

@ObjectType('WorkOrderChange', { description: 'A work order created or changed.' })
export class WorkOrderChange {
  @Field(() => WorkOrderChangeKind)
  kind!: WorkOrderChangeKind;

  @Field(() => ID)
  workOrderId!: number;

  @Field(() => WorkOrder, { nullable: true, description: 'The order as it is now; null if it no longer exists.' })
  workOrder!: WorkOrder | null;
}
