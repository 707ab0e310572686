import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { PageArgs } from '../../graphql/pagination';
import { Priority, WorkOrderStatus, WorkOrderType } from './work-order.enums';

export enum WorkOrderOrder {
  SCHEDULED_START = 'SCHEDULED_START',
  PRIORITY = 'PRIORITY',
}
registerEnumType(WorkOrderOrder, {
  name: 'WorkOrderOrder',
  description: 'SCHEDULED_START: earliest first, unscheduled last. PRIORITY: most severe first, then by scheduled start.',
});

@InputType()
export class WorkOrderFilter {
  @Field(() => String, { nullable: true, description: 'Substring of the code, descriptions, location name or an asset name.' })
  q?: string | null;

  @Field(() => [WorkOrderStatus], { nullable: true })
  status?: WorkOrderStatus[] | null;

  @Field(() => WorkOrderType, { nullable: true })
  type?: WorkOrderType | null;

  @Field(() => [Priority], { nullable: true })
  priority?: Priority[] | null;

  @Field(() => Date, { nullable: true, description: 'Scheduled start at or after this instant.' })
  scheduledFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Scheduled start before this instant.' })
  scheduledTo?: Date | null;

  @Field(() => ID, { nullable: true })
  assetId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The location and everything below it.' })
  locationId?: string | null;

  @Field(() => ID, { nullable: true })
  technicianId?: string | null;
}

@ArgsType()
export class WorkOrdersArgs extends PageArgs {
  @Field(() => WorkOrderFilter, { nullable: true })
  filter?: WorkOrderFilter | null;

  @Field(() => WorkOrderOrder, { defaultValue: WorkOrderOrder.SCHEDULED_START })
  orderBy: WorkOrderOrder = WorkOrderOrder.SCHEDULED_START;
}

/** Who does an order and when: shared by every input that creates one. */
@InputType()
export abstract class WorkOrderAssignmentInput {
  @Field(() => ID, { nullable: true })
  technicianId?: string | null;

  @Field(() => ID, { nullable: true })
  supervisorId?: string | null;

  @Field(() => [ID], { nullable: true })
  crewIds?: string[] | null;

  @Field(() => Date, { nullable: true })
  scheduledStart?: Date | null;

  @Field(() => Date, { nullable: true })
  scheduledEnd?: Date | null;
}

@InputType()
export class CreateWorkOrderInput extends WorkOrderAssignmentInput {
  @Field(() => WorkOrderType, { defaultValue: WorkOrderType.CORRECTIVE })
  type: WorkOrderType = WorkOrderType.CORRECTIVE;

  @Field(() => Priority, { defaultValue: Priority.MEDIUM })
  priority: Priority = Priority.MEDIUM;

  @Field()
  shortDescription!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => ID)
  locationId!: string;

  @Field(() => [ID], { nullable: true })
  assetIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  routineId?: string | null;


  @Field({ defaultValue: false })
  equipmentStopped: boolean = false;
}

/** Omitted fields stay as they are; null clears an optional one. */
@InputType()
export class UpdateWorkOrderInput {
  @Field(() => Priority, { nullable: true })
  priority?: Priority | null;

  @Field(() => String, { nullable: true })
  shortDescription?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => ID, { nullable: true })
  locationId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the assets.' })
  assetIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  routineId?: string | null;

  @Field(() => ID, { nullable: true })
  technicianId?: string | null;

  @Field(() => ID, { nullable: true })
  supervisorId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the crew.' })
  crewIds?: string[] | null;

  @Field(() => Date, { nullable: true })
  scheduledStart?: Date | null;

  @Field(() => Date, { nullable: true })
  scheduledEnd?: Date | null;

  @Field(() => Boolean, { nullable: true })
  equipmentStopped?: boolean | null;
}

@InputType()
export class ClosureInput {
  @Field()
  actualStart!: Date;

  @Field()
  actualEnd!: Date;

  @Field({ description: 'Decimal, >= 0, at most 2 decimals (e.g. "3.5").' })
  manHours!: string;

  @Field()
  comments!: string;

  @Field(() => String, { nullable: true })
  materials?: string | null;
}

@InputType()
export class ChecklistAnswerInput {
  @Field(() => ID)
  stepId!: string;

  @Field(() => Boolean, { nullable: true, description: 'For CHECK steps.' })
  checked?: boolean | null;

  @Field(() => String, { nullable: true, description: 'For NUMBER and MEASUREMENT steps (decimal).' })
  numberValue?: string | null;

  @Field(() => String, { nullable: true, description: 'For TEXT steps, or the photo URL of PHOTO steps.' })
  textValue?: string | null;

  @Field(() => String, { nullable: true })
  comment?: string | null;
}
