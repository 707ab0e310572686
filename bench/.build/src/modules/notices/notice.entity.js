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
    get Notice () {
        return Notice;
    },
    get NoticeStatus () {
        return NoticeStatus;
    },
    get NoticeType () {
        return NoticeType;
    }
});
const _core = require("@mikro-orm/core");
const _typegraphql = require("type-graphql");
const _assetentity = require("../assets/asset.entity");
const _userentity = require("../auth/user.entity");
const _locationentity = require("../locations/location.entity");
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
var NoticeType = /*#__PURE__*/ function(NoticeType) {
    NoticeType["BREAKDOWN"] = "BREAKDOWN";
    NoticeType["REQUEST"] = "REQUEST";
    NoticeType["IMPROVEMENT"] = "IMPROVEMENT";
    NoticeType["LEGAL"] = "LEGAL";
    NoticeType["MISUSE"] = "MISUSE";
    return NoticeType;
}({});
(0, _typegraphql.registerEnumType)(NoticeType, {
    name: 'NoticeType'
});
var NoticeStatus = /*#__PURE__*/ function(NoticeStatus) {
    NoticeStatus["OPEN"] = "OPEN";
    NoticeStatus["IN_PROCESS"] = "IN_PROCESS";
    NoticeStatus["CLOSED"] = "CLOSED";
    NoticeStatus["CANCELLED"] = "CANCELLED";
    return NoticeStatus;
}({});
(0, _typegraphql.registerEnumType)(NoticeStatus, {
    name: 'NoticeStatus'
});
let Notice = class Notice {
    get code() {
        return `AV-${this.id}`;
    }
    constructor(){
        this.priority = _workorderenums.Priority.MEDIUM;
        this.type = "BREAKDOWN";
        this.status = "OPEN";
        this.equipmentStopped = false;
        this.diagnosis = '';
        this.actions = '';
        this.createdAt = new Date();
        this.updatedAt = new Date();
    }
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    (0, _core.PrimaryKey)(),
    _ts_metadata("design:type", Number)
], Notice.prototype, "id", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_assetentity.Asset, {
        nullable: true,
        ref: true,
        deleteRule: 'restrict',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", Object)
], Notice.prototype, "asset", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_locationentity.Location, {
        ref: true,
        deleteRule: 'restrict',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Ref === "undefined" ? Object : Ref)
], Notice.prototype, "location", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], Notice.prototype, "description", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_workorderenums.Priority),
    (0, _core.Enum)({
        items: ()=>_workorderenums.Priority,
        nativeEnumName: 'work_order_priority',
        default: _workorderenums.Priority.MEDIUM
    }),
    _ts_metadata("design:type", typeof _workorderenums.Priority === "undefined" ? Object : _workorderenums.Priority)
], Notice.prototype, "priority", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>NoticeType),
    (0, _core.Enum)({
        items: ()=>NoticeType,
        nativeEnumName: 'notice_type',
        default: "BREAKDOWN"
    }),
    _ts_metadata("design:type", String)
], Notice.prototype, "type", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>NoticeStatus),
    (0, _core.Enum)({
        items: ()=>NoticeStatus,
        nativeEnumName: 'notice_status',
        default: "OPEN"
    }),
    _ts_metadata("design:type", String)
], Notice.prototype, "status", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_userentity.User, {
        ref: true,
        deleteRule: 'restrict',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Ref === "undefined" ? Object : Ref)
], Notice.prototype, "requester", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_userentity.User, {
        nullable: true,
        ref: true,
        deleteRule: 'set null',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", Object)
], Notice.prototype, "responsible", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        default: false
    }),
    _ts_metadata("design:type", Boolean)
], Notice.prototype, "equipmentStopped", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true
    }),
    (0, _core.Property)({
        type: 'datetime',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Notice.prototype, "stopStart", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true
    }),
    (0, _core.Property)({
        type: 'datetime',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Notice.prototype, "stopEnd", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'text',
        default: ''
    }),
    _ts_metadata("design:type", String)
], Notice.prototype, "diagnosis", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'text',
        default: ''
    }),
    _ts_metadata("design:type", String)
], Notice.prototype, "actions", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true
    }),
    (0, _core.Property)({
        type: 'datetime',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Notice.prototype, "closedAt", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_userentity.User, {
        nullable: true,
        ref: true,
        deleteRule: 'set null',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", Object)
], Notice.prototype, "closedBy", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'datetime',
        defaultRaw: 'now()'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], Notice.prototype, "createdAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'datetime',
        defaultRaw: 'now()',
        onUpdate: ()=>new Date()
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], Notice.prototype, "updatedAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)({
        description: '`AV-<id>`, as the old system displayed it.'
    }),
    _ts_metadata("design:type", String),
    _ts_metadata("design:paramtypes", [])
], Notice.prototype, "code", null);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Notice.prototype, "assetId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", Number)
], Notice.prototype, "locationId", void 0);
Notice = _ts_decorate([
    (0, _typegraphql.ObjectType)('Notice'),
    (0, _core.Entity)({
        tableName: 'mantenimiento_aviso'
    })
], Notice);
