import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/pagination';
import { Schedule } from './schedule.entity';

@ObjectType('PlannedOrder')
export class PlannedOrderView {
  @Field({ description: 'YYYY-MM-DD: the cycle the order covers.' })
  cycleDate!: string;

  @Field()
  scheduledStart!: Date;

  @Field()
  scheduledEnd!: Date;

  @Field(() => ID)
  locationId!: number;

  @Field(() => ID, { nullable: true })
  technicianId!: number | null;

  @Field(() => [ID])
  assetIds!: number[];
}

@ObjectType('SchedulePreview')
export class SchedulePreview {
  @Field(() => Int)
  totalOrders!: number;

  @Field(() => Int, { description: '(cycle, asset) pairs the orders would cover.' })
  assetCycles!: number;

  @Field(() => Int, { description: '(cycle, asset) pairs that already have an order.' })
  assetCyclesExisting!: number;

  @Field(() => Int, { description: 'Orders that would find no free window within a year.' })
  unplaced!: number;

  @Field({ description: 'Only the first 500 orders are listed.' })
  truncated!: boolean;

  @Field(() => [PlannedOrderView])
  orders!: PlannedOrderView[];
}

export const ScheduleConnection = Connection(Schedule, 'Schedule');
