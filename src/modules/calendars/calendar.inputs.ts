import { Field, InputType, Int } from 'type-graphql';

@InputType()
export class CalendarWindowInput {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday .. 7 = Sunday.' })
  weekday!: number;

  @Field({ description: 'HH:MM, local time.' })
  startTime!: string;

  @Field({ description: 'HH:MM; at or before startTime means the window ends the next day.' })
  endTime!: string;
}

@InputType()
export class WorkCalendarInput {
  @Field()
  name!: string;

  @Field({ defaultValue: 'UTC' })
  timeZone: string = 'UTC';

  @Field(() => [CalendarWindowInput])
  windows!: CalendarWindowInput[];
}
