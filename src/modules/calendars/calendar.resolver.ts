import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { groupBy } from '../../graphql/loaders';
import { BlockedDate, CalendarWindow, WorkCalendar } from './calendar.entity';
import { WorkCalendarInput } from './calendar.inputs';
import * as calendars from './calendar.service';

@Resolver(() => WorkCalendar)
export class WorkCalendarResolver {
  @Query(() => [WorkCalendar])
  workCalendars(@Ctx() ctx: Context): Promise<WorkCalendar[]> {
    return calendars.listCalendars(ctx);
  }

  @Query(() => WorkCalendar)
  workCalendar(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<WorkCalendar> {
    return calendars.getCalendar(ctx, id);
  }

  @FieldResolver(() => [CalendarWindow])
  windows(@Root() calendar: WorkCalendar, @Ctx() ctx: Context): Promise<CalendarWindow[]> {
    return ctx.loaders
      .get<number, CalendarWindow[]>('calendars.windows', async (ids) => groupBy(ids, await calendars.windowsOf(ctx, ids), (w) => w.calendar.id))
      .load(calendar.id);
  }

  @FieldResolver(() => [BlockedDate], { description: 'Blocked dates, optionally between two dates (YYYY-MM-DD, inclusive); at most 5000.' })
  blockedDates(
    @Root() calendar: WorkCalendar,
    @Arg('from', () => String, { nullable: true }) from: string | null,
    @Arg('to', () => String, { nullable: true }) to: string | null,
    @Ctx() ctx: Context,
  ): Promise<BlockedDate[]> {
    const f = calendars.assertDate('from', from);
    const t = calendars.assertDate('to', to);
    return calendars.blockedDatesOf(ctx, [calendar.id], f, t);
  }

  @Mutation(() => WorkCalendar)
  createWorkCalendar(@Arg('input') input: WorkCalendarInput, @Ctx() ctx: Context): Promise<WorkCalendar> {
    return calendars.createCalendar(ctx, input);
  }

  @Mutation(() => WorkCalendar, { description: 'Replaces the name, zone and windows.' })
  updateWorkCalendar(@Arg('id', () => ID) id: string, @Arg('input') input: WorkCalendarInput, @Ctx() ctx: Context): Promise<WorkCalendar> {
    return calendars.updateCalendar(ctx, id, input);
  }

  @Mutation(() => Boolean, { description: 'Refused while schedules use it.' })
  deleteWorkCalendar(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return calendars.deleteCalendar(ctx, id);
  }

  @Mutation(() => WorkCalendar, { description: 'Blocks local dates (YYYY-MM-DD): no window opens on them.' })
  addBlockedDates(
    @Arg('calendarId', () => ID) calendarId: string,
    @Arg('dates', () => [String]) dates: string[],
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
  ): Promise<WorkCalendar> {
    return calendars.addBlockedDates(ctx, calendarId, dates, reason);
  }

  @Mutation(() => WorkCalendar)
  removeBlockedDates(@Arg('calendarId', () => ID) calendarId: string, @Arg('dates', () => [String]) dates: string[], @Ctx() ctx: Context): Promise<WorkCalendar> {
    return calendars.removeBlockedDates(ctx, calendarId, dates);
  }
}
