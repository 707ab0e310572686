import { BlockedDate, CalendarWindow, WorkCalendar } from '../calendars/calendar.entity';
import { MeasurementPoint } from '../meters/measurement-point.entity';
import { Reading } from '../meters/reading.entity';
import { WebhookDelivery, WebhookSource } from '../webhooks/webhook-source.entity';
import { MaintenanceJob } from './job.entity';
import { Schedule, ScheduleAsset, ScheduleCalendar, ScheduleLocation, ScheduleOrder } from './schedule.entity';

/** Preventive maintenance, meters and webhooks, registered together. */
export const preventiveEntities = [
  WorkCalendar,
  CalendarWindow,
  BlockedDate,
  MeasurementPoint,
  Reading,
  Schedule,
  ScheduleAsset,
  ScheduleLocation,
  ScheduleCalendar,
  ScheduleOrder,
  MaintenanceJob,
  WebhookSource,
  WebhookDelivery,
];
