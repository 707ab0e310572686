import { Collection, Entity, Enum, Index, ManyToMany, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Asset } from '../assets/asset.entity';
import { User } from '../auth/user.entity';
import { Location } from '../locations/location.entity';
import { Notice } from '../notices/notice.entity';
import { Routine } from '../routines/routine.entity';
import { WorkOrderAsset } from './work-order-asset.entity';
import { Priority, PRIORITY_RANK, WorkOrderStatus, WorkOrderType } from './work-order.enums';

/**
 * `mantenimiento_ordentrabajo`. Reads build instances from SQL rows and carry the
 * foreign keys in the `*Id` fields; relations resolve through batched loaders.
 */
@ObjectType('WorkOrder')
@Entity({ tableName: 'mantenimiento_ordentrabajo' })
export class WorkOrder {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Field({ description: '`OT-000000042`, or `OTNP-2026-00007` for unscheduled orders.' })
  @Property({ length: 30, unique: true })
  code!: string;

  @Field(() => WorkOrderType)
  @Enum({ items: () => WorkOrderType, nativeEnumName: 'work_order_type', default: WorkOrderType.CORRECTIVE })
  type: WorkOrderType = WorkOrderType.CORRECTIVE;

  @Field(() => Priority)
  @Enum({ items: () => Priority, nativeEnumName: 'work_order_priority', default: Priority.MEDIUM })
  priority: Priority = Priority.MEDIUM;

  @Field(() => WorkOrderStatus)
  @Enum({ items: () => WorkOrderStatus, nativeEnumName: 'work_order_status', default: WorkOrderStatus.PENDING })
  status: WorkOrderStatus = WorkOrderStatus.PENDING;

  @Index()
  @ManyToOne(() => Routine, { nullable: true, ref: true, deleteRule: 'restrict', updateRule: 'cascade' })
  routine?: Ref<Routine> | null;

  @Index()
  @ManyToOne(() => Notice, { nullable: true, ref: true, deleteRule: 'restrict', updateRule: 'cascade' })
  notice?: Ref<Notice> | null;

  @Index()
  @ManyToOne(() => User, { nullable: true, ref: true, deleteRule: 'set null', updateRule: 'cascade' })
  technician?: Ref<User> | null;

  @ManyToMany({
    entity: () => User,
    pivotTable: 'mantenimiento_ordentrabajo_crew',
    joinColumn: 'work_order_id',
    inverseJoinColumn: 'user_id',
  })
  crew = new Collection<User>(this);

  @Index()
  @ManyToOne(() => User, { nullable: true, ref: true, deleteRule: 'set null', updateRule: 'cascade' })
  supervisor?: Ref<User> | null;

  @Index()
  @ManyToOne(() => Location, { ref: true, deleteRule: 'restrict', updateRule: 'cascade' })
  location!: Ref<Location>;

  @ManyToMany({
    entity: () => Asset,
    pivotEntity: () => WorkOrderAsset,
  })
  assets = new Collection<Asset>(this);

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  scheduledStart?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  scheduledEnd?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  startedAt?: Date | null;

  @Field()
  @Property({ length: 200 })
  shortDescription!: string;

  @Field()
  @Property({ type: 'text', default: '' })
  description: string = '';

  @Field()
  @Property({ type: 'text', default: '' })
  notes: string = '';

  @Field()
  @Property({ default: false })
  equipmentStopped: boolean = false;

  @Field(() => Int, { description: 'Send it back with every change; a stale one is refused with CONFLICT.' })
  @Property({ version: true, default: 1 })
  version: number = 1;

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Index()
  @ManyToOne(() => User, { nullable: true, ref: true, deleteRule: 'set null', updateRule: 'cascade' })
  createdBy?: Ref<User> | null;

  @Field(() => Int, { description: 'Severity rank: 1 LOW ... 4 CRITICAL.' })
  get priorityRank(): number {
    return PRIORITY_RANK[this.priority];
  }

  // Foreign keys of instances read with SQL (not mapped by the ORM).
  routineId?: number | null;
  noticeId?: number | null;
  technicianId?: number | null;
  supervisorId?: number | null;
  locationId!: number;
  createdById?: number | null;
}
