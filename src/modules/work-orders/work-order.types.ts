import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/pagination';
import { WorkOrderStatus } from './work-order.enums';
import { WorkOrder } from './work-order.entity';

export const WorkOrderConnection = Connection(WorkOrder, 'WorkOrder');

@ObjectType({ description: 'An order a bulk operation left alone, and why.' })
export class WorkOrderRefusal {
  @Field(() => ID)
  id!: number;

  @Field(() => String, { nullable: true, description: 'Null when the order does not exist.' })
  code!: string | null;

  @Field(() => WorkOrderStatus, { nullable: true })
  status!: WorkOrderStatus | null;

  @Field()
  reason!: string;
}

@ObjectType()
export class RescheduleResult {
  @Field(() => [WorkOrder])
  moved!: WorkOrder[];

  @Field(() => [WorkOrderRefusal])
  notMoved!: WorkOrderRefusal[];
}

@ObjectType()
export class DeleteWorkOrdersResult {
  @Field(() => [ID])
  deletedIds!: number[];

  @Field(() => [WorkOrderRefusal])
  notDeleted!: WorkOrderRefusal[];
}

@ObjectType()
export class SplitWorkOrderResult {
  @Field(() => WorkOrder, { description: 'The order the asset left.' })
  original!: WorkOrder;

  @Field(() => WorkOrder, { description: 'The new order holding the asset.' })
  created!: WorkOrder;
}
