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
    get CreateScheduleInput () {
        return CreateScheduleInput;
    },
    get ScheduleAssetInput () {
        return ScheduleAssetInput;
    },
    get SchedulesArgs () {
        return SchedulesArgs;
    },
    get UpdateScheduleInput () {
        return UpdateScheduleInput;
    }
});
const _typegraphql = require("type-graphql");
const _pagination = require("../../graphql/pagination");
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
let ScheduleAssetInput = class ScheduleAssetInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], ScheduleAssetInput.prototype, "assetId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true,
        description: "This asset's orders go to this technician instead of the schedule's."
    }),
    _ts_metadata("design:type", Object)
], ScheduleAssetInput.prototype, "technicianId", void 0);
ScheduleAssetInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], ScheduleAssetInput);
let CreateScheduleInput = class CreateScheduleInput {
    constructor(){
        this.assets = [];
        this.locationIds = [];
        this.priority = _workorderenums.Priority.MEDIUM;
        this.active = true;
    }
};
_ts_decorate([
    (0, _typegraphql.Field)(),
    _ts_metadata("design:type", String)
], CreateScheduleInput.prototype, "name", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], CreateScheduleInput.prototype, "routineId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            ScheduleAssetInput
        ], {
        defaultValue: []
    }),
    _ts_metadata("design:type", Array)
], CreateScheduleInput.prototype, "assets", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            _typegraphql.ID
        ], {
        defaultValue: [],
        description: 'Areas: every asset below them (at generation time) is covered.'
    }),
    _ts_metadata("design:type", Array)
], CreateScheduleInput.prototype, "locationIds", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            _typegraphql.ID
        ], {
        description: 'At least one work calendar.'
    }),
    _ts_metadata("design:type", Array)
], CreateScheduleInput.prototype, "calendarIds", void 0);
_ts_decorate([
    (0, _typegraphql.Field)({
        description: 'YYYY-MM-DD.'
    }),
    _ts_metadata("design:type", String)
], CreateScheduleInput.prototype, "startDate", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'YYYY-MM-DD, on or after startDate.'
    }),
    _ts_metadata("design:type", Object)
], CreateScheduleInput.prototype, "endDate", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], CreateScheduleInput.prototype, "technicianId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_workorderenums.Priority, {
        defaultValue: _workorderenums.Priority.MEDIUM
    }),
    _ts_metadata("design:type", typeof _workorderenums.Priority === "undefined" ? Object : _workorderenums.Priority)
], CreateScheduleInput.prototype, "priority", void 0);
_ts_decorate([
    (0, _typegraphql.Field)({
        defaultValue: true
    }),
    _ts_metadata("design:type", Boolean)
], CreateScheduleInput.prototype, "active", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true,
        description: 'A cumulative measurement point: an order is due each time it advances by meterEvery.'
    }),
    _ts_metadata("design:type", Object)
], CreateScheduleInput.prototype, "meterPointId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'Decimal > 0; given with meterPointId.'
    }),
    _ts_metadata("design:type", Object)
], CreateScheduleInput.prototype, "meterEvery", void 0);
CreateScheduleInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], CreateScheduleInput);
let UpdateScheduleInput = class UpdateScheduleInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UpdateScheduleInput.prototype, "name", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            ScheduleAssetInput
        ], {
        nullable: true,
        description: 'Replaces the assets.'
    }),
    _ts_metadata("design:type", Object)
], UpdateScheduleInput.prototype, "assets", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            _typegraphql.ID
        ], {
        nullable: true,
        description: 'Replaces the areas.'
    }),
    _ts_metadata("design:type", Object)
], UpdateScheduleInput.prototype, "locationIds", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            _typegraphql.ID
        ], {
        nullable: true,
        description: 'Replaces the calendars.'
    }),
    _ts_metadata("design:type", Object)
], UpdateScheduleInput.prototype, "calendarIds", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UpdateScheduleInput.prototype, "endDate", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UpdateScheduleInput.prototype, "technicianId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_workorderenums.Priority, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UpdateScheduleInput.prototype, "priority", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Boolean, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UpdateScheduleInput.prototype, "active", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UpdateScheduleInput.prototype, "meterPointId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UpdateScheduleInput.prototype, "meterEvery", void 0);
UpdateScheduleInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], UpdateScheduleInput);
let SchedulesArgs = class SchedulesArgs extends _pagination.PageArgs {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], SchedulesArgs.prototype, "routineId", void 0);
SchedulesArgs = _ts_decorate([
    (0, _typegraphql.ArgsType)()
], SchedulesArgs);
