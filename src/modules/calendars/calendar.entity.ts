import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** `mantenimiento_calendario`: when preventive work may be done, in its own time zone. */
@ObjectType('WorkCalendar')
@Entity({ tableName: 'mantenimiento_calendario' })
export class WorkCalendar {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Field()
  @Property({ length: 100, unique: true })
  name!: string;

  @Field({ description: 'IANA time zone the windows and blocked dates are read in.' })
  @Property({ length: 64, default: 'UTC' })
  timeZone: string = 'UTC';
}

/** `mantenimiento_calendario_ventana`: a weekday window; an end at or before its start ends the next day. */
@ObjectType('CalendarWindow')
@Entity({ tableName: 'mantenimiento_calendario_ventana' })
export class CalendarWindow {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Index()
  @ManyToOne(() => WorkCalendar, { ref: true, deleteRule: 'cascade', updateRule: 'cascade' })
  calendar!: Ref<WorkCalendar>;

  @Field(() => Int, { description: 'ISO weekday: 1 = Monday .. 7 = Sunday.' })
  @Property({ type: 'smallint' })
  weekday!: number;

  @Field({ description: 'Local time, HH:MM.' })
  @Property({ type: 'time', length: 0 })
  startTime!: string;

  @Field({ description: 'Local time, HH:MM; at or before startTime means the next day.' })
  @Property({ type: 'time', length: 0 })
  endTime!: string;
}

/** `mantenimiento_fechabloqueada`: a local date on which the calendar offers no window. */
@ObjectType('BlockedDate')
@Entity({ tableName: 'mantenimiento_fechabloqueada' })
@Unique({ properties: ['calendar', 'date'] })
export class BlockedDate {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => WorkCalendar, { ref: true, deleteRule: 'cascade', updateRule: 'cascade' })
  calendar!: Ref<WorkCalendar>;

  @Field({ description: 'YYYY-MM-DD.' })
  @Property({ type: 'date' })
  date!: string;

  @Field()
  @Property({ length: 200, default: '' })
  reason: string = '';
}
