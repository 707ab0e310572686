import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/pagination';
import { Reading } from './reading.entity';

@ObjectType('ReadingsRecorded')
export class ReadingsRecorded {
  @Field(() => Int)
  stored!: number;

  @Field(() => Int)
  outOfTolerance!: number;

  @Field(() => Int)
  noticesOpened!: number;

  @Field(() => Int, { description: 'Meter-based preventive orders the readings made due.' })
  ordersCreated!: number;
}

@ObjectType('ConsumptionBucket')
export class ConsumptionBucket {
  @Field({ description: 'First local day of the bucket, YYYY-MM-DD.' })
  period!: string;

  @Field()
  unit!: string;

  @Field({ description: 'Decimal: the advance of cumulative meters plus the sum of interval meters.' })
  consumption!: string;

  @Field(() => Int)
  readings!: number;

  @Field(() => Int)
  points!: number;
}

export const ReadingConnection = Connection(Reading, 'Reading');
