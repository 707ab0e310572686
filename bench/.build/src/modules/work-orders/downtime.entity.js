"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "Downtime", {
    enumerable: true,
    get: function() {
        return Downtime;
    }
});
const _core = require("@mikro-orm/core");
const _typegraphql = require("type-graphql");
const _assetentity = require("../assets/asset.entity");
const _noticeentity = require("../notices/notice.entity");
const _workorderentity = require("./work-order.entity");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for(var i = decorators.length - 1; i >= 0; i--)if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
}
let Downtime = class Downtime {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    (0, _core.PrimaryKey)(),
    _ts_metadata("design:type", Number)
], Downtime.prototype, "id", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_assetentity.Asset, {
        ref: true,
        deleteRule: 'restrict',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Ref === "undefined" ? Object : Ref)
], Downtime.prototype, "asset", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_workorderentity.WorkOrder, {
        nullable: true,
        ref: true,
        deleteRule: 'cascade',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", Object)
], Downtime.prototype, "workOrder", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_noticeentity.Notice, {
        nullable: true,
        ref: true,
        deleteRule: 'cascade',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", Object)
], Downtime.prototype, "notice", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'datetime'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], Downtime.prototype, "startedAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true,
        description: 'Null while the asset is still stopped.'
    }),
    (0, _core.Property)({
        type: 'datetime',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Downtime.prototype, "endedAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Downtime.prototype, "workOrderId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Downtime.prototype, "noticeId", void 0);
Downtime = _ts_decorate([
    (0, _typegraphql.ObjectType)('Downtime'),
    (0, _core.Entity)({
        tableName: 'mantenimiento_parada'
    })
], Downtime);
