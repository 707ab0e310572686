"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
function _export(target, all) {
    for(var name in all)Object.defineProperty(target, name, {
        enumerable: true,
        get: Object.getOwnPropertyDescriptor(all, name).get
    });
}
_export(exports, {
    get Schedule () {
        return Schedule;
    },
    get ScheduleAsset () {
        return ScheduleAsset;
    },
    get ScheduleCalendar () {
        return ScheduleCalendar;
    },
    get ScheduleLocation () {
        return ScheduleLocation;
    },
    get ScheduleOrder () {
        return ScheduleOrder;
    }
});
const _core = require("@mikro-orm/core");
const _typegraphql = require("type-graphql");
const _assetentity = require("../assets/asset.entity");
const _userentity = require("../auth/user.entity");
const _calendarentity = require("../calendars/calendar.entity");
const _locationentity = require("../locations/location.entity");
const _measurementpointentity = require("../meters/measurement-point.entity");
const _routineentity = require("../routines/routine.entity");
const _workorderentity = require("../work-orders/work-order.entity");
const _workorderenums = require("../work-orders/work-order.enums");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for(var i = decorators.length - 1; i >= 0; i--)if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
}
let Schedule = class Schedule {
    constructor(){
        this.priority = _workorderenums.Priority.MEDIUM;
        this.active = true;
        this.offsetDays = 0;
        this.createdAt = new Date();
        this.updatedAt = new Date();
    }
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    (0, _core.PrimaryKey)(),
    _ts_metadata("design:type", Number)
], Schedule.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        length: 200
    }),
    _ts_metadata("design:type", String)
], Schedule.prototype, "name", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_routineentity.Routine, {
        ref: true,
        deleteRule: 'restrict',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Ref === "undefined" ? Object : Ref)
], Schedule.prototype, "routine", void 0);
_ts_decorate([
    (0, _typegraphql.Field)({
        description: 'YYYY-MM-DD: the first cycle.'
    }),
    (0, _core.Property)({
        type: 'date'
    }),
    _ts_metadata("design:type", String)
], Schedule.prototype, "startDate", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'YYYY-MM-DD: no cycle after it.'
    }),
    (0, _core.Property)({
        type: 'date',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Schedule.prototype, "endDate", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_userentity.User, {
        nullable: true,
        ref: true,
        deleteRule: 'set null',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", Object)
], Schedule.prototype, "technician", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_workorderenums.Priority),
    (0, _core.Enum)({
        items: ()=>_workorderenums.Priority,
        nativeEnumName: 'work_order_priority',
        default: _workorderenums.Priority.MEDIUM
    }),
    _ts_metadata("design:type", typeof _workorderenums.Priority === "undefined" ? Object : _workorderenums.Priority)
], Schedule.prototype, "priority", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        default: true
    }),
    _ts_metadata("design:type", Boolean)
], Schedule.prototype, "active", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        description: 'Days the cycles moved since the start, because orders were completed early or late.'
    }),
    (0, _core.Property)({
        default: 0
    }),
    _ts_metadata("design:type", Number)
], Schedule.prototype, "offsetDays", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_measurementpointentity.MeasurementPoint, {
        nullable: true,
        ref: true,
        deleteRule: 'restrict',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", Object)
], Schedule.prototype, "meterPoint", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'Decimal: an order is due each time the meter advances this much.'
    }),
    (0, _core.Property)({
        type: 'decimal',
        precision: 18,
        scale: 4,
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Schedule.prototype, "meterEvery", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'datetime',
        defaultRaw: 'now()'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], Schedule.prototype, "createdAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'datetime',
        defaultRaw: 'now()'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], Schedule.prototype, "updatedAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", Number)
], Schedule.prototype, "routineId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Schedule.prototype, "technicianId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Schedule.prototype, "meterPointId", void 0);
Schedule = _ts_decorate([
    (0, _typegraphql.ObjectType)('Schedule'),
    (0, _core.Entity)({
        tableName: 'mantenimiento_programacion'
    })
], Schedule);
let ScheduleAsset = class ScheduleAsset {
};
_ts_decorate([
    (0, _core.ManyToOne)(()=>Schedule, {
        primary: true,
        ref: true,
        deleteRule: 'cascade',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Ref === "undefined" ? Object : Ref)
], ScheduleAsset.prototype, "schedule", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_assetentity.Asset, {
        primary: true,
        ref: true,
        deleteRule: 'restrict',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Ref === "undefined" ? Object : Ref)
], ScheduleAsset.prototype, "asset", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_userentity.User, {
        nullable: true,
        ref: true,
        deleteRule: 'set null',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", Object)
], ScheduleAsset.prototype, "technician", void 0);
ScheduleAsset = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'mantenimiento_programacion_activos'
    })
], ScheduleAsset);
let ScheduleLocation = class ScheduleLocation {
};
_ts_decorate([
    (0, _core.ManyToOne)(()=>Schedule, {
        primary: true,
        ref: true,
        deleteRule: 'cascade',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Ref === "undefined" ? Object : Ref)
], ScheduleLocation.prototype, "schedule", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_locationentity.Location, {
        primary: true,
        ref: true,
        deleteRule: 'restrict',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Ref === "undefined" ? Object : Ref)
], ScheduleLocation.prototype, "location", void 0);
ScheduleLocation = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'mantenimiento_programacion_ubicaciones'
    })
], ScheduleLocation);
let ScheduleCalendar = class ScheduleCalendar {
};
_ts_decorate([
    (0, _core.ManyToOne)(()=>Schedule, {
        primary: true,
        ref: true,
        deleteRule: 'cascade',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Ref === "undefined" ? Object : Ref)
], ScheduleCalendar.prototype, "schedule", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_calendarentity.WorkCalendar, {
        primary: true,
        ref: true,
        deleteRule: 'restrict',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Ref === "undefined" ? Object : Ref)
], ScheduleCalendar.prototype, "calendar", void 0);
ScheduleCalendar = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'mantenimiento_programacion_calendarios'
    })
], ScheduleCalendar);
let ScheduleOrder = class ScheduleOrder {
    constructor(){
        this.trigger = 'CALENDAR';
        this.createdAt = new Date();
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)(),
    _ts_metadata("design:type", Number)
], ScheduleOrder.prototype, "id", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>Schedule, {
        ref: true,
        deleteRule: 'cascade',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Ref === "undefined" ? Object : Ref)
], ScheduleOrder.prototype, "schedule", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'date'
    }),
    _ts_metadata("design:type", String)
], ScheduleOrder.prototype, "cycleDate", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_assetentity.Asset, {
        ref: true,
        deleteRule: 'restrict',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Ref === "undefined" ? Object : Ref)
], ScheduleOrder.prototype, "asset", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_workorderentity.WorkOrder, {
        ref: true,
        deleteRule: 'cascade',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Ref === "undefined" ? Object : Ref)
], ScheduleOrder.prototype, "workOrder", void 0);
_ts_decorate([
    (0, _core.Enum)({
        items: [
            'CALENDAR',
            'METER'
        ],
        default: 'CALENDAR'
    }),
    _ts_metadata("design:type", String)
], ScheduleOrder.prototype, "trigger", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'datetime',
        defaultRaw: 'now()'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], ScheduleOrder.prototype, "createdAt", void 0);
ScheduleOrder = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'mantenimiento_programacion_orden'
    }),
    (0, _core.Unique)({
        name: 'mantenimiento_programacion_orden_cycle_unique',
        properties: [
            'schedule',
            'cycleDate',
            'asset'
        ]
    })
], ScheduleOrder);
