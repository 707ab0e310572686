import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '../../graphql/pagination';
import { Priority } from '../work-orders/work-order.enums';
import { WorkOrderAssignmentInput } from '../work-orders/work-order.inputs';
import { NoticeStatus, NoticeType } from './notice.entity';

@InputType()
export class CreateNoticeInput {
  @Field(() => ID, { nullable: true, description: "Defaults to the asset's location." })
  locationId?: string | null;

  @Field(() => ID, { nullable: true })
  assetId?: string | null;

  @Field()
  description!: string;

  @Field(() => Priority, { defaultValue: Priority.MEDIUM })
  priority: Priority = Priority.MEDIUM;

  @Field(() => NoticeType, { defaultValue: NoticeType.BREAKDOWN })
  type: NoticeType = NoticeType.BREAKDOWN;

  @Field({ defaultValue: false, description: 'The equipment is stopped (marks the asset stopped while the notice is open).' })
  equipmentStopped: boolean = false;

  @Field(() => Date, { nullable: true })
  stopStart?: Date | null;

  @Field(() => Date, { nullable: true })
  stopEnd?: Date | null;
}

/** Omitted fields stay as they are. */
@InputType()
export class UpdateNoticeInput {
  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Priority, { nullable: true })
  priority?: Priority | null;

  @Field(() => NoticeType, { nullable: true })
  type?: NoticeType | null;

  @Field(() => NoticeStatus, { nullable: true, description: 'OPEN -> IN_PROCESS; OPEN or IN_PROCESS -> CLOSED or CANCELLED (not while its order is open).' })
  status?: NoticeStatus | null;

  @Field(() => ID, { nullable: true })
  responsibleId?: string | null;

  @Field(() => Boolean, { nullable: true })
  equipmentStopped?: boolean | null;

  @Field(() => Date, { nullable: true })
  stopStart?: Date | null;

  @Field(() => Date, { nullable: true })
  stopEnd?: Date | null;

  @Field(() => String, { nullable: true })
  diagnosis?: string | null;

  @Field(() => String, { nullable: true })
  actions?: string | null;
}

@InputType()
export class NoticeFilter {
  @Field(() => [NoticeStatus], { nullable: true })
  status?: NoticeStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Substring of the description.' })
  q?: string | null;

  @Field(() => ID, { nullable: true })
  assetId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The location and everything below it.' })
  locationId?: string | null;

  @Field({ defaultValue: false, description: 'Only the notices the caller filed.' })
  mine: boolean = false;
}

@ArgsType()
export class NoticesArgs extends PageArgs {
  @Field(() => NoticeFilter, { nullable: true })
  filter?: NoticeFilter | null;
}

@InputType({ description: 'The order made from a notice: location, assets and equipment stop come from the notice.' })
export class WorkOrderFromNoticeInput extends WorkOrderAssignmentInput {
  @Field(() => String, { nullable: true, description: 'Defaults to the start of the notice description.' })
  shortDescription?: string | null;

  @Field(() => Priority, { nullable: true, description: "Defaults to the notice's priority." })
  priority?: Priority | null;
}
