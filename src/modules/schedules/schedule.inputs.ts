import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '../../graphql/pagination';
import { Priority } from '../work-orders/work-order.enums';

@InputType()
export class ScheduleAssetInput {
  @Field(() => ID)
  assetId!: string;

  @Field(() => ID, { nullable: true, description: "This asset's orders go to this technician instead of the schedule's." })
  technicianId?: string | null;
}

@InputType()
export class CreateScheduleInput {
  @Field()
  name!: string;

  @Field(() => ID)
  routineId!: string;

  @Field(() => [ScheduleAssetInput], { defaultValue: [] })
  assets!: ScheduleAssetInput[];

  @Field(() => [ID], { defaultValue: [], description: 'Areas: every asset below them (at generation time) is covered.' })
  locationIds!: string[];

  @Field(() => [ID], { description: 'At least one work calendar.' })
  calendarIds!: string[];

  @Field({ description: 'YYYY-MM-DD.' })
  startDate!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, on or after startDate.' })
  endDate?: string | null;

  @Field(() => ID, { nullable: true })
  technicianId?: string | null;

  @Field(() => Priority, { defaultValue: Priority.MEDIUM })
  priority: Priority = Priority.MEDIUM;

  @Field({ defaultValue: true })
  active: boolean = true;

  @Field(() => ID, { nullable: true, description: 'A cumulative measurement point: an order is due each time it advances by meterEvery.' })
  meterPointId?: string | null;

  @Field(() => String, { nullable: true, description: 'Decimal > 0; given with meterPointId.' })
  meterEvery?: string | null;
}

@InputType()
export class UpdateScheduleInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => [ScheduleAssetInput], { nullable: true, description: 'Replaces the assets.' })
  assets?: ScheduleAssetInput[] | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the areas.' })
  locationIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the calendars.' })
  calendarIds?: string[] | null;

  @Field(() => String, { nullable: true })
  endDate?: string | null;

  @Field(() => ID, { nullable: true })
  technicianId?: string | null;

  @Field(() => Priority, { nullable: true })
  priority?: Priority | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;

  @Field(() => ID, { nullable: true })
  meterPointId?: string | null;

  @Field(() => String, { nullable: true })
  meterEvery?: string | null;
}

@ArgsType()
export class SchedulesArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  routineId?: string | null;
}
