"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "preventiveEntities", {
    enumerable: true,
    get: function() {
        return preventiveEntities;
    }
});
const _calendarentity = require("../calendars/calendar.entity");
const _measurementpointentity = require("../meters/measurement-point.entity");
const _readingentity = require("../meters/reading.entity");
const _webhooksourceentity = require("../webhooks/webhook-source.entity");
const _jobentity = require("./job.entity");
const _scheduleentity = require("./schedule.entity");
const preventiveEntities = [
    _calendarentity.WorkCalendar,
    _calendarentity.CalendarWindow,
    _calendarentity.BlockedDate,
    _measurementpointentity.MeasurementPoint,
    _readingentity.Reading,
    _scheduleentity.Schedule,
    _scheduleentity.ScheduleAsset,
    _scheduleentity.ScheduleLocation,
    _scheduleentity.ScheduleCalendar,
    _scheduleentity.ScheduleOrder,
    _jobentity.MaintenanceJob,
    _webhooksourceentity.WebhookSource,
    _webhooksourceentity.WebhookDelivery
];
