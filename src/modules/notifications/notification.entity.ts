import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../auth/user.entity';
import { WorkOrder } from '../work-orders/work-order.entity';

export enum NotificationKind {
  INFO = 'INFO',
  SUCCESS = 'SUCCESS',
  WARNING = 'WARNING',
  ERROR = 'ERROR',
}
registerEnumType(NotificationKind, { name: 'NotificationKind' });

/** `mantenimiento_notificacion`: a message for one user. */
@ObjectType('Notification')
@Entity({ tableName: 'mantenimiento_notificacion' })
export class Notification {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Index()
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade', updateRule: 'cascade' })
  user!: Ref<User>;

  @Field()
  @Property({ length: 500 })
  message!: string;

  @Field(() => NotificationKind)
  @Enum({ items: () => NotificationKind, nativeEnumName: 'notification_kind', default: NotificationKind.INFO })
  kind: NotificationKind = NotificationKind.INFO;

  @Field()
  @Property({ default: false })
  read: boolean = false;

  @Index()
  @ManyToOne(() => WorkOrder, { nullable: true, ref: true, deleteRule: 'set null', updateRule: 'cascade' })
  workOrder?: Ref<WorkOrder> | null;

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => ID, { nullable: true, description: 'The order the message is about.' })
  workOrderId?: number | null;

  @Field(() => String, { nullable: true })
  workOrderCode?: string | null;
}
