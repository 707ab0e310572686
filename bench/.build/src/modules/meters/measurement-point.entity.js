"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "MeasurementPoint", {
    enumerable: true,
    get: function() {
        return MeasurementPoint;
    }
});
const _core = require("@mikro-orm/core");
const _typegraphql = require("type-graphql");
const _assetentity = require("../assets/asset.entity");
const _noticeentity = require("../notices/notice.entity");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for(var i = decorators.length - 1; i >= 0; i--)if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
}
let MeasurementPoint = class MeasurementPoint {
    constructor(){
        this.cumulative = false;
        this.openNotice = false;
        this.createdAt = new Date();
    }
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    (0, _core.PrimaryKey)(),
    _ts_metadata("design:type", Number)
], MeasurementPoint.prototype, "id", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_assetentity.Asset, {
        ref: true,
        deleteRule: 'restrict',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Ref === "undefined" ? Object : Ref)
], MeasurementPoint.prototype, "asset", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        length: 200
    }),
    _ts_metadata("design:type", String)
], MeasurementPoint.prototype, "name", void 0);
_ts_decorate([
    (0, _typegraphql.Field)({
        description: 'Unique per asset; routine MEASUREMENT steps and webhooks refer to it.'
    }),
    (0, _core.Property)({
        length: 50
    }),
    _ts_metadata("design:type", String)
], MeasurementPoint.prototype, "code", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        length: 30
    }),
    _ts_metadata("design:type", String)
], MeasurementPoint.prototype, "unit", void 0);
_ts_decorate([
    (0, _typegraphql.Field)({
        description: 'A counter (energy, operating hours): consumption is the advance. Else each reading is an amount for its interval.'
    }),
    (0, _core.Property)({
        default: false
    }),
    _ts_metadata("design:type", Boolean)
], MeasurementPoint.prototype, "cumulative", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'Decimal as a string.'
    }),
    (0, _core.Property)({
        type: 'decimal',
        precision: 18,
        scale: 4,
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], MeasurementPoint.prototype, "target", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'Allowed distance from target (decimal); out of it a reading raises an alert.'
    }),
    (0, _core.Property)({
        type: 'decimal',
        precision: 18,
        scale: 4,
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], MeasurementPoint.prototype, "tolerance", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'Counter wraps to 0 at this value (decimal).'
    }),
    (0, _core.Property)({
        type: 'decimal',
        precision: 18,
        scale: 4,
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], MeasurementPoint.prototype, "rolloverValue", void 0);
_ts_decorate([
    (0, _typegraphql.Field)({
        description: 'An out-of-tolerance reading also opens a notice (one open at a time).'
    }),
    (0, _core.Property)({
        default: false
    }),
    _ts_metadata("design:type", Boolean)
], MeasurementPoint.prototype, "openNotice", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_noticeentity.Notice, {
        nullable: true,
        ref: true,
        deleteRule: 'set null',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", Object)
], MeasurementPoint.prototype, "lastNotice", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'datetime',
        defaultRaw: 'now()'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], MeasurementPoint.prototype, "createdAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", Number)
], MeasurementPoint.prototype, "assetId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true,
        description: 'The notice opened by the latest alert.'
    }),
    _ts_metadata("design:type", Object)
], MeasurementPoint.prototype, "lastNoticeId", void 0);
MeasurementPoint = _ts_decorate([
    (0, _typegraphql.ObjectType)('MeasurementPoint'),
    (0, _core.Entity)({
        tableName: 'mantenimiento_puntomedida'
    }),
    (0, _core.Unique)({
        properties: [
            'asset',
            'code'
        ]
    })
], MeasurementPoint);
