import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity';
import { WorkOrderStatus } from './work-order.enums';
import { WorkOrder } from './work-order.entity';

/** `mantenimiento_historialestado`: who moved an order, when, from where to where, why. */
@ObjectType('WorkOrderStatusChange')
@Entity({ tableName: 'mantenimiento_historialestado' })
export class WorkOrderStatusChange {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Index()
  @ManyToOne(() => WorkOrder, { ref: true, deleteRule: 'cascade', updateRule: 'cascade' })
  workOrder!: Ref<WorkOrder>;

  @Index()
  @ManyToOne(() => User, { nullable: true, ref: true, deleteRule: 'set null', updateRule: 'cascade' })
  user?: Ref<User> | null;

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Date = new Date();

  @Field(() => WorkOrderStatus, { nullable: true, description: 'Null for the creation entry.' })
  @Enum({ items: () => WorkOrderStatus, nativeEnumName: 'work_order_status', nullable: true })
  fromStatus?: WorkOrderStatus | null;

  @Field(() => WorkOrderStatus, { description: 'Equal to fromStatus for a reschedule.' })
  @Enum({ items: () => WorkOrderStatus, nativeEnumName: 'work_order_status' })
  toStatus!: WorkOrderStatus;

  @Field()
  @Property({ type: 'text', default: '' })
  reason: string = '';

  userId?: number | null;
}
