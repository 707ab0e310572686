import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Asset } from '../assets/asset.entity';
import { User } from '../auth/user.entity';
import { Location } from '../locations/location.entity';
import { Priority } from '../work-orders/work-order.enums';

export enum NoticeType {
  BREAKDOWN = 'BREAKDOWN',
  REQUEST = 'REQUEST',
  IMPROVEMENT = 'IMPROVEMENT',
  LEGAL = 'LEGAL',
  MISUSE = 'MISUSE',
}
registerEnumType(NoticeType, { name: 'NoticeType' });

export enum NoticeStatus {
  OPEN = 'OPEN',
  IN_PROCESS = 'IN_PROCESS',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(NoticeStatus, { name: 'NoticeStatus' });

/** `('OPEN', 'IN_PROCESS')`: notices still being handled, for `status in ...` in SQL (enum constants, nothing from input). */
export const OPEN_NOTICE_STATUS_LIST_SQL = `(${[NoticeStatus.OPEN, NoticeStatus.IN_PROCESS].map((s) => `'${s}'`).join(', ')})`;

/** `mantenimiento_aviso`: a maintenance request, filed by any logged-in user. */
@ObjectType('Notice')
@Entity({ tableName: 'mantenimiento_aviso' })
export class Notice {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Index()
  @ManyToOne(() => Asset, { nullable: true, ref: true, deleteRule: 'restrict', updateRule: 'cascade' })
  asset?: Ref<Asset> | null;

  @Index()
  @ManyToOne(() => Location, { ref: true, deleteRule: 'restrict', updateRule: 'cascade' })
  location!: Ref<Location>;

  @Field()
  @Property({ type: 'text' })
  description!: string;

  @Field(() => Priority)
  @Enum({ items: () => Priority, nativeEnumName: 'work_order_priority', default: Priority.MEDIUM })
  priority: Priority = Priority.MEDIUM;

  @Field(() => NoticeType)
  @Enum({ items: () => NoticeType, nativeEnumName: 'notice_type', default: NoticeType.BREAKDOWN })
  type: NoticeType = NoticeType.BREAKDOWN;

  @Field(() => NoticeStatus)
  @Enum({ items: () => NoticeStatus, nativeEnumName: 'notice_status', default: NoticeStatus.OPEN })
  status: NoticeStatus = NoticeStatus.OPEN;

  @Index()
  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict', updateRule: 'cascade' })
  requester!: Ref<User>;

  @Index()
  @ManyToOne(() => User, { nullable: true, ref: true, deleteRule: 'set null', updateRule: 'cascade' })
  responsible?: Ref<User> | null;

  @Field()
  @Property({ default: false })
  equipmentStopped: boolean = false;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  stopStart?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  stopEnd?: Date | null;

  @Field()
  @Property({ type: 'text', default: '' })
  diagnosis: string = '';

  @Field()
  @Property({ type: 'text', default: '' })
  actions: string = '';

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;

  @Index()
  @ManyToOne(() => User, { nullable: true, ref: true, deleteRule: 'set null', updateRule: 'cascade' })
  closedBy?: Ref<User> | null;

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field({ description: '`AV-<id>`, as the old system displayed it.' })
  get code(): string {
    return `AV-${this.id}`;
  }

  @Field(() => ID, { nullable: true })
  assetId?: number | null;
  @Field(() => ID)
  locationId!: number;
  requesterId!: number;
  responsibleId?: number | null;
  closedById?: number | null;
}
