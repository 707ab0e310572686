import { Entity, Enum, Index, ManyToOne, PrimaryKey, PrimaryKeyProp, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Asset } from '../assets/asset.entity';
import { User } from '../auth/user.entity';
import { WorkCalendar } from '../calendars/calendar.entity';
import { Location } from '../locations/location.entity';
import { MeasurementPoint } from '../meters/measurement-point.entity';
import { Routine } from '../routines/routine.entity';
import { WorkOrder } from '../work-orders/work-order.entity';
import { Priority } from '../work-orders/work-order.enums';

/**
 * `mantenimiento_programacion`: a routine applied to assets and/or areas on work
 * calendars, every `interval` days of the routine's frequency from the start date, and
 * optionally whenever a cumulative meter advances by `meterEvery`.
 */
@ObjectType('Schedule')
@Entity({ tableName: 'mantenimiento_programacion' })
export class Schedule {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Field()
  @Property({ length: 200 })
  name!: string;

  @Index()
  @ManyToOne(() => Routine, { ref: true, deleteRule: 'restrict', updateRule: 'cascade' })
  routine!: Ref<Routine>;

  @Field({ description: 'YYYY-MM-DD: the first cycle.' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: no cycle after it.' })
  @Property({ type: 'date', nullable: true })
  endDate?: string | null;

  @Index()
  @ManyToOne(() => User, { nullable: true, ref: true, deleteRule: 'set null', updateRule: 'cascade' })
  technician?: Ref<User> | null;

  @Field(() => Priority)
  @Enum({ items: () => Priority, nativeEnumName: 'work_order_priority', default: Priority.MEDIUM })
  priority: Priority = Priority.MEDIUM;

  @Field()
  @Property({ default: true })
  active: boolean = true;

  @Field(() => Int, { description: 'Days the cycles moved since the start, because orders were completed early or late.' })
  @Property({ default: 0 })
  offsetDays: number = 0;

  @Index()
  @ManyToOne(() => MeasurementPoint, { nullable: true, ref: true, deleteRule: 'restrict', updateRule: 'cascade' })
  meterPoint?: Ref<MeasurementPoint> | null;

  @Field(() => String, { nullable: true, description: 'Decimal: an order is due each time the meter advances this much.' })
  @Property({ type: 'decimal', precision: 18, scale: 4, nullable: true })
  meterEvery?: string | null;

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt: Date = new Date();

  @Field(() => ID)
  routineId!: number;

  @Field(() => ID, { nullable: true })
  technicianId?: number | null;

  @Field(() => ID, { nullable: true })
  meterPointId?: number | null;
}

/** `mantenimiento_programacion_activos`: an asset of a schedule, with an optional technician of its own. */
@Entity({ tableName: 'mantenimiento_programacion_activos' })
export class ScheduleAsset {
  @ManyToOne(() => Schedule, { primary: true, ref: true, deleteRule: 'cascade', updateRule: 'cascade' })
  schedule!: Ref<Schedule>;

  @Index()
  @ManyToOne(() => Asset, { primary: true, ref: true, deleteRule: 'restrict', updateRule: 'cascade' })
  asset!: Ref<Asset>;

  @Index()
  @ManyToOne(() => User, { nullable: true, ref: true, deleteRule: 'set null', updateRule: 'cascade' })
  technician?: Ref<User> | null;

  [PrimaryKeyProp]?: ['schedule', 'asset'];
}

/** `mantenimiento_programacion_ubicaciones`: an area; every asset in its subtree is covered. */
@Entity({ tableName: 'mantenimiento_programacion_ubicaciones' })
export class ScheduleLocation {
  @ManyToOne(() => Schedule, { primary: true, ref: true, deleteRule: 'cascade', updateRule: 'cascade' })
  schedule!: Ref<Schedule>;

  @Index()
  @ManyToOne(() => Location, { primary: true, ref: true, deleteRule: 'restrict', updateRule: 'cascade' })
  location!: Ref<Location>;

  [PrimaryKeyProp]?: ['schedule', 'location'];
}

@Entity({ tableName: 'mantenimiento_programacion_calendarios' })
export class ScheduleCalendar {
  @ManyToOne(() => Schedule, { primary: true, ref: true, deleteRule: 'cascade', updateRule: 'cascade' })
  schedule!: Ref<Schedule>;

  @Index()
  @ManyToOne(() => WorkCalendar, { primary: true, ref: true, deleteRule: 'restrict', updateRule: 'cascade' })
  calendar!: Ref<WorkCalendar>;

  [PrimaryKeyProp]?: ['schedule', 'calendar'];
}

/** `mantenimiento_programacion_orden`: which order covers (schedule, cycle date, asset); unique. */
@Entity({ tableName: 'mantenimiento_programacion_orden' })
@Unique({ name: 'mantenimiento_programacion_orden_cycle_unique', properties: ['schedule', 'cycleDate', 'asset'] })
export class ScheduleOrder {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Schedule, { ref: true, deleteRule: 'cascade', updateRule: 'cascade' })
  schedule!: Ref<Schedule>;

  @Property({ type: 'date' })
  cycleDate!: string;

  @Index()
  @ManyToOne(() => Asset, { ref: true, deleteRule: 'restrict', updateRule: 'cascade' })
  asset!: Ref<Asset>;

  @Index()
  @ManyToOne(() => WorkOrder, { ref: true, deleteRule: 'cascade', updateRule: 'cascade' })
  workOrder!: Ref<WorkOrder>;

  @Enum({ items: ['CALENDAR', 'METER'], default: 'CALENDAR' })
  trigger: 'CALENDAR' | 'METER' = 'CALENDAR';

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
