import { WorkCalendarResolver } from '../calendars/calendar.resolver';
import { AssetMeterFieldsResolver, MeterResolver } from '../meters/meter.resolver';
import { RoutineResolver } from '../routines/routine.resolver';
import { WebhookSourceResolver } from '../webhooks/webhook-source.resolver';
import { ScheduleResolver } from './schedule.resolver';

/** Routines, calendars, schedules, meters and webhook sources, registered together. */
export const preventiveResolvers = [RoutineResolver, WorkCalendarResolver, ScheduleResolver, MeterResolver, AssetMeterFieldsResolver, WebhookSourceResolver];
