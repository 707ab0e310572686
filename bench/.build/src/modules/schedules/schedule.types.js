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
    get PlannedOrderView () {
        return PlannedOrderView;
    },
    get ScheduleConnection () {
        return ScheduleConnection;
    },
    get SchedulePreview () {
        return SchedulePreview;
    }
});
const _typegraphql = require("type-graphql");
const _pagination = require("../../graphql/pagination");
const _scheduleentity = require("./schedule.entity");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for(var i = decorators.length - 1; i >= 0; i--)if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
}
let PlannedOrderView = class PlannedOrderView {
};
_ts_decorate([
    (0, _typegraphql.Field)({
        description: 'YYYY-MM-DD: the cycle the order covers.'
    }),
    _ts_metadata("design:type", String)
], PlannedOrderView.prototype, "cycleDate", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], PlannedOrderView.prototype, "scheduledStart", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], PlannedOrderView.prototype, "scheduledEnd", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", Number)
], PlannedOrderView.prototype, "locationId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], PlannedOrderView.prototype, "technicianId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            _typegraphql.ID
        ]),
    _ts_metadata("design:type", Array)
], PlannedOrderView.prototype, "assetIds", void 0);
PlannedOrderView = _ts_decorate([
    (0, _typegraphql.ObjectType)('PlannedOrder')
], PlannedOrderView);
let SchedulePreview = class SchedulePreview {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int),
    _ts_metadata("design:type", Number)
], SchedulePreview.prototype, "totalOrders", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        description: '(cycle, asset) pairs the orders would cover.'
    }),
    _ts_metadata("design:type", Number)
], SchedulePreview.prototype, "assetCycles", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        description: '(cycle, asset) pairs that already have an order.'
    }),
    _ts_metadata("design:type", Number)
], SchedulePreview.prototype, "assetCyclesExisting", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        description: 'Orders that would find no free window within a year.'
    }),
    _ts_metadata("design:type", Number)
], SchedulePreview.prototype, "unplaced", void 0);
_ts_decorate([
    (0, _typegraphql.Field)({
        description: 'Only the first 500 orders are listed.'
    }),
    _ts_metadata("design:type", Boolean)
], SchedulePreview.prototype, "truncated", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            PlannedOrderView
        ]),
    _ts_metadata("design:type", Array)
], SchedulePreview.prototype, "orders", void 0);
SchedulePreview = _ts_decorate([
    (0, _typegraphql.ObjectType)('SchedulePreview')
], SchedulePreview);
const ScheduleConnection = (0, _pagination.Connection)(_scheduleentity.Schedule, 'Schedule');
