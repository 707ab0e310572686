import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { PageArgs } from '../../graphql/pagination';

@InputType()
export class CreateMeasurementPointInput {
  @Field(() => ID)
  assetId!: string;

  @Field()
  name!: string;

  @Field()
  code!: string;

  @Field()
  unit!: string;

  @Field({ defaultValue: false })
  cumulative: boolean = false;

  @Field(() => String, { nullable: true })
  target?: string | null;

  @Field(() => String, { nullable: true })
  tolerance?: string | null;

  @Field(() => String, { nullable: true })
  rolloverValue?: string | null;

  @Field({ defaultValue: false })
  openNotice: boolean = false;
}

@InputType()
export class UpdateMeasurementPointInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  unit?: string | null;

  @Field(() => String, { nullable: true })
  target?: string | null;

  @Field(() => String, { nullable: true })
  tolerance?: string | null;

  @Field(() => String, { nullable: true })
  rolloverValue?: string | null;

  @Field(() => Boolean, { nullable: true })
  openNotice?: boolean | null;
}

@InputType()
export class ReadingInput {
  @Field(() => ID)
  pointId!: string;

  @Field({ description: 'Decimal, at most 4 decimals.' })
  value!: string;

  @Field(() => Date, { nullable: true, description: 'Defaults to now.' })
  readAt?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'The counter was reset or replaced at this reading.' })
  reset?: boolean | null;
}

@ArgsType()
export class ReadingsArgs extends PageArgs {
  @Field(() => ID)
  pointId!: string;

  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  to?: Date | null;
}

export enum Granularity {
  DAY = 'day',
  MONTH = 'month',
}
registerEnumType(Granularity, { name: 'Granularity' });

@ArgsType()
export class ConsumptionArgs {
  @Field(() => ID, { nullable: true, description: 'One asset, or:' })
  assetId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Every asset of the location and below it.' })
  locationId?: string | null;

  @Field({ description: 'Start of the period (inclusive).' })
  from!: Date;

  @Field({ description: 'End of the period (exclusive).' })
  to!: Date;

  @Field(() => Granularity, { defaultValue: Granularity.DAY })
  granularity: Granularity = Granularity.DAY;

  @Field({ defaultValue: 'UTC', description: 'IANA zone the days and months are cut in.' })
  timeZone: string = 'UTC';
}
