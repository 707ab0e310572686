"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "WorkOrder", {
    enumerable: true,
    get: function() {
        return WorkOrder;
    }
});
const _core = require("@mikro-orm/core");
const _typegraphql = require("type-graphql");
const _assetentity = require("../assets/asset.entity");
const _userentity = require("../auth/user.entity");
const _locationentity = require("../locations/location.entity");
const _noticeentity = require("../notices/notice.entity");
const _routineentity = require("../routines/routine.entity");
const _workorderassetentity = require("./work-order-asset.entity");
const _workorderenums = require("./work-order.enums");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for(var i = decorators.length - 1; i >= 0; i--)if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
}
let WorkOrder = class WorkOrder {
    get priorityRank() {
        return _workorderenums.PRIORITY_RANK[this.priority];
    }
    constructor(){
        this.type = _workorderenums.WorkOrderType.CORRECTIVE;
        this.priority = _workorderenums.Priority.MEDIUM;
        this.status = _workorderenums.WorkOrderStatus.PENDING;
        this.crew = new _core.Collection(this);
        this.assets = new _core.Collection(this);
        this.description = '';
        this.notes = '';
        this.equipmentStopped = false;
        this.version = 1;
        this.createdAt = new Date();
        this.updatedAt = new Date();
    }
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    (0, _core.PrimaryKey)(),
    _ts_metadata("design:type", Number)
], WorkOrder.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)({
        description: '`OT-000000042`, or `OTNP-2026-00007` for unscheduled orders.'
    }),
    (0, _core.Property)({
        length: 30,
        unique: true
    }),
    _ts_metadata("design:type", String)
], WorkOrder.prototype, "code", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_workorderenums.WorkOrderType),
    (0, _core.Enum)({
        items: ()=>_workorderenums.WorkOrderType,
        nativeEnumName: 'work_order_type',
        default: _workorderenums.WorkOrderType.CORRECTIVE
    }),
    _ts_metadata("design:type", typeof _workorderenums.WorkOrderType === "undefined" ? Object : _workorderenums.WorkOrderType)
], WorkOrder.prototype, "type", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_workorderenums.Priority),
    (0, _core.Enum)({
        items: ()=>_workorderenums.Priority,
        nativeEnumName: 'work_order_priority',
        default: _workorderenums.Priority.MEDIUM
    }),
    _ts_metadata("design:type", typeof _workorderenums.Priority === "undefined" ? Object : _workorderenums.Priority)
], WorkOrder.prototype, "priority", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_workorderenums.WorkOrderStatus),
    (0, _core.Enum)({
        items: ()=>_workorderenums.WorkOrderStatus,
        nativeEnumName: 'work_order_status',
        default: _workorderenums.WorkOrderStatus.PENDING
    }),
    _ts_metadata("design:type", typeof _workorderenums.WorkOrderStatus === "undefined" ? Object : _workorderenums.WorkOrderStatus)
], WorkOrder.prototype, "status", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_routineentity.Routine, {
        nullable: true,
        ref: true,
        deleteRule: 'restrict',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", Object)
], WorkOrder.prototype, "routine", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_noticeentity.Notice, {
        nullable: true,
        ref: true,
        deleteRule: 'restrict',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", Object)
], WorkOrder.prototype, "notice", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_userentity.User, {
        nullable: true,
        ref: true,
        deleteRule: 'set null',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", Object)
], WorkOrder.prototype, "technician", void 0);
_ts_decorate([
    (0, _core.ManyToMany)({
        entity: ()=>_userentity.User,
        pivotTable: 'mantenimiento_ordentrabajo_crew',
        joinColumn: 'work_order_id',
        inverseJoinColumn: 'user_id'
    })
], WorkOrder.prototype, "crew", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_userentity.User, {
        nullable: true,
        ref: true,
        deleteRule: 'set null',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", Object)
], WorkOrder.prototype, "supervisor", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_locationentity.Location, {
        ref: true,
        deleteRule: 'restrict',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Ref === "undefined" ? Object : Ref)
], WorkOrder.prototype, "location", void 0);
_ts_decorate([
    (0, _core.ManyToMany)({
        entity: ()=>_assetentity.Asset,
        pivotEntity: ()=>_workorderassetentity.WorkOrderAsset
    })
], WorkOrder.prototype, "assets", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true
    }),
    (0, _core.Property)({
        type: 'datetime',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], WorkOrder.prototype, "scheduledStart", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true
    }),
    (0, _core.Property)({
        type: 'datetime',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], WorkOrder.prototype, "scheduledEnd", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true
    }),
    (0, _core.Property)({
        type: 'datetime',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], WorkOrder.prototype, "startedAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        length: 200
    }),
    _ts_metadata("design:type", String)
], WorkOrder.prototype, "shortDescription", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'text',
        default: ''
    }),
    _ts_metadata("design:type", String)
], WorkOrder.prototype, "description", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'text',
        default: ''
    }),
    _ts_metadata("design:type", String)
], WorkOrder.prototype, "notes", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        default: false
    }),
    _ts_metadata("design:type", Boolean)
], WorkOrder.prototype, "equipmentStopped", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        description: 'Send it back with every change; a stale one is refused with CONFLICT.'
    }),
    (0, _core.Property)({
        version: true,
        default: 1
    }),
    _ts_metadata("design:type", Number)
], WorkOrder.prototype, "version", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'datetime',
        defaultRaw: 'now()'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], WorkOrder.prototype, "createdAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'datetime',
        defaultRaw: 'now()',
        onUpdate: ()=>new Date()
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], WorkOrder.prototype, "updatedAt", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_userentity.User, {
        nullable: true,
        ref: true,
        deleteRule: 'set null',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", Object)
], WorkOrder.prototype, "createdBy", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        description: 'Severity rank: 1 LOW ... 4 CRITICAL.'
    }),
    _ts_metadata("design:type", Number),
    _ts_metadata("design:paramtypes", [])
], WorkOrder.prototype, "priorityRank", null);
WorkOrder = _ts_decorate([
    (0, _typegraphql.ObjectType)('WorkOrder'),
    (0, _core.Entity)({
        tableName: 'mantenimiento_ordentrabajo'
    })
], WorkOrder);
