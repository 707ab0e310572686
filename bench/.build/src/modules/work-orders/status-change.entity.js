"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "WorkOrderStatusChange", {
    enumerable: true,
    get: function() {
        return WorkOrderStatusChange;
    }
});
const _core = require("@mikro-orm/core");
const _typegraphql = require("type-graphql");
const _userentity = require("../auth/user.entity");
const _workorderenums = require("./work-order.enums");
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
let WorkOrderStatusChange = class WorkOrderStatusChange {
    constructor(){
        this.at = new Date();
        this.reason = '';
    }
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    (0, _core.PrimaryKey)(),
    _ts_metadata("design:type", Number)
], WorkOrderStatusChange.prototype, "id", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_workorderentity.WorkOrder, {
        ref: true,
        deleteRule: 'cascade',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Ref === "undefined" ? Object : Ref)
], WorkOrderStatusChange.prototype, "workOrder", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_userentity.User, {
        nullable: true,
        ref: true,
        deleteRule: 'set null',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", Object)
], WorkOrderStatusChange.prototype, "user", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'datetime',
        defaultRaw: 'now()'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], WorkOrderStatusChange.prototype, "at", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_workorderenums.WorkOrderStatus, {
        nullable: true,
        description: 'Null for the creation entry.'
    }),
    (0, _core.Enum)({
        items: ()=>_workorderenums.WorkOrderStatus,
        nativeEnumName: 'work_order_status',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], WorkOrderStatusChange.prototype, "fromStatus", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_workorderenums.WorkOrderStatus, {
        description: 'Equal to fromStatus for a reschedule.'
    }),
    (0, _core.Enum)({
        items: ()=>_workorderenums.WorkOrderStatus,
        nativeEnumName: 'work_order_status'
    }),
    _ts_metadata("design:type", typeof _workorderenums.WorkOrderStatus === "undefined" ? Object : _workorderenums.WorkOrderStatus)
], WorkOrderStatusChange.prototype, "toStatus", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'text',
        default: ''
    }),
    _ts_metadata("design:type", String)
], WorkOrderStatusChange.prototype, "reason", void 0);
WorkOrderStatusChange = _ts_decorate([
    (0, _typegraphql.ObjectType)('WorkOrderStatusChange'),
    (0, _core.Entity)({
        tableName: 'mantenimiento_historialestado'
    })
], WorkOrderStatusChange);
