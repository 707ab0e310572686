import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../auth/user.entity';
import { WorkOrder } from '../work-orders/work-order.entity';
import { MeasurementPoint } from './measurement-point.entity';

export enum ReadingSource {
  MANUAL = 'MANUAL',
  WORK_ORDER = 'WORK_ORDER',
  BULK = 'BULK',
  WEBHOOK = 'WEBHOOK',
}
registerEnumType(ReadingSource, { name: 'ReadingSource' });

/** `mantenimiento_lectura`: one value of a point at a time. */
@ObjectType('Reading')
@Entity({ tableName: 'mantenimiento_lectura' })
@Index({ properties: ['point', 'readAt'] })
export class Reading {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => MeasurementPoint, { ref: true, deleteRule: 'restrict', updateRule: 'cascade' })
  point!: Ref<MeasurementPoint>;

  @Field({ description: 'Decimal as a string.' })
  @Property({ type: 'decimal', precision: 18, scale: 4 })
  value!: string;

  @Field()
  @Property({ type: 'datetime' })
  readAt!: Date;

  @Field(() => ReadingSource)
  @Enum({ items: () => ReadingSource, default: ReadingSource.MANUAL })
  source: ReadingSource = ReadingSource.MANUAL;

  @Field({ description: 'The counter was reset or replaced: it counts again from zero at this reading.' })
  @Property({ default: false })
  reset: boolean = false;

  @Field()
  @Property({ default: false })
  outOfTolerance: boolean = false;

  @Index()
  @ManyToOne(() => User, { nullable: true, ref: true, deleteRule: 'set null', updateRule: 'cascade' })
  technician?: Ref<User> | null;

  @Index()
  @ManyToOne(() => WorkOrder, { nullable: true, ref: true, deleteRule: 'set null', updateRule: 'cascade' })
  workOrder?: Ref<WorkOrder> | null;

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => ID)
  pointId!: number;

  @Field(() => ID, { nullable: true })
  technicianId?: number | null;

  @Field(() => ID, { nullable: true })
  workOrderId?: number | null;
}
