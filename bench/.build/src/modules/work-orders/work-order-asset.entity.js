"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "WorkOrderAsset", {
    enumerable: true,
    get: function() {
        return WorkOrderAsset;
    }
});
const _core = require("@mikro-orm/core");
const _assetentity = require("../assets/asset.entity");
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
let WorkOrderAsset = class WorkOrderAsset {
};
_ts_decorate([
    (0, _core.ManyToOne)(()=>_workorderentity.WorkOrder, {
        primary: true,
        ref: true,
        deleteRule: 'cascade',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Ref === "undefined" ? Object : Ref)
], WorkOrderAsset.prototype, "workOrder", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_assetentity.Asset, {
        primary: true,
        ref: true,
        deleteRule: 'restrict',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Ref === "undefined" ? Object : Ref)
], WorkOrderAsset.prototype, "asset", void 0);
WorkOrderAsset = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'mantenimiento_ordentrabajo_activos'
    })
], WorkOrderAsset);
