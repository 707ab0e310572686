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
    get BlockedDate () {
        return BlockedDate;
    },
    get CalendarWindow () {
        return CalendarWindow;
    },
    get WorkCalendar () {
        return WorkCalendar;
    }
});
const _core = require("@mikro-orm/core");
const _typegraphql = require("type-graphql");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for(var i = decorators.length - 1; i >= 0; i--)if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
}
let WorkCalendar = class WorkCalendar {
    constructor(){
        this.timeZone = 'UTC';
    }
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    (0, _core.PrimaryKey)(),
    _ts_metadata("design:type", Number)
], WorkCalendar.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        length: 100,
        unique: true
    }),
    _ts_metadata("design:type", String)
], WorkCalendar.prototype, "name", void 0);
_ts_decorate([
    (0, _typegraphql.Field)({
        description: 'IANA time zone the windows and blocked dates are read in.'
    }),
    (0, _core.Property)({
        length: 64,
        default: 'UTC'
    }),
    _ts_metadata("design:type", String)
], WorkCalendar.prototype, "timeZone", void 0);
WorkCalendar = _ts_decorate([
    (0, _typegraphql.ObjectType)('WorkCalendar'),
    (0, _core.Entity)({
        tableName: 'mantenimiento_calendario'
    })
], WorkCalendar);
let CalendarWindow = class CalendarWindow {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    (0, _core.PrimaryKey)(),
    _ts_metadata("design:type", Number)
], CalendarWindow.prototype, "id", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>WorkCalendar, {
        ref: true,
        deleteRule: 'cascade',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Ref === "undefined" ? Object : Ref)
], CalendarWindow.prototype, "calendar", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        description: 'ISO weekday: 1 = Monday .. 7 = Sunday.'
    }),
    (0, _core.Property)({
        type: 'smallint'
    }),
    _ts_metadata("design:type", Number)
], CalendarWindow.prototype, "weekday", void 0);
_ts_decorate([
    (0, _typegraphql.Field)({
        description: 'Local time, HH:MM.'
    }),
    (0, _core.Property)({
        type: 'time',
        length: 0
    }),
    _ts_metadata("design:type", String)
], CalendarWindow.prototype, "startTime", void 0);
_ts_decorate([
    (0, _typegraphql.Field)({
        description: 'Local time, HH:MM; at or before startTime means the next day.'
    }),
    (0, _core.Property)({
        type: 'time',
        length: 0
    }),
    _ts_metadata("design:type", String)
], CalendarWindow.prototype, "endTime", void 0);
CalendarWindow = _ts_decorate([
    (0, _typegraphql.ObjectType)('CalendarWindow'),
    (0, _core.Entity)({
        tableName: 'mantenimiento_calendario_ventana'
    })
], CalendarWindow);
let BlockedDate = class BlockedDate {
    constructor(){
        this.reason = '';
    }
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    (0, _core.PrimaryKey)(),
    _ts_metadata("design:type", Number)
], BlockedDate.prototype, "id", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>WorkCalendar, {
        ref: true,
        deleteRule: 'cascade',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Ref === "undefined" ? Object : Ref)
], BlockedDate.prototype, "calendar", void 0);
_ts_decorate([
    (0, _typegraphql.Field)({
        description: 'YYYY-MM-DD.'
    }),
    (0, _core.Property)({
        type: 'date'
    }),
    _ts_metadata("design:type", String)
], BlockedDate.prototype, "date", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        length: 200,
        default: ''
    }),
    _ts_metadata("design:type", String)
], BlockedDate.prototype, "reason", void 0);
BlockedDate = _ts_decorate([
    (0, _typegraphql.ObjectType)('BlockedDate'),
    (0, _core.Entity)({
        tableName: 'mantenimiento_fechabloqueada'
    }),
    (0, _core.Unique)({
        properties: [
            'calendar',
            'date'
        ]
    })
], BlockedDate);
