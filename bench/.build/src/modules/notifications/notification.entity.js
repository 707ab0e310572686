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
    get Notification () {
        return Notification;
    },
    get NotificationKind () {
        return NotificationKind;
    }
});
const _core = require("@mikro-orm/core");
const _typegraphql = require("type-graphql");
const _userentity = require("../auth/user.entity");
const _workorderentity = require("../work-orders/work-order.entity");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for(var i = decorators.length - 1; i >= 0; i--)if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
}
var NotificationKind = /*#__PURE__*/ function(NotificationKind) {
    NotificationKind["INFO"] = "INFO";
    NotificationKind["SUCCESS"] = "SUCCESS";
    NotificationKind["WARNING"] = "WARNING";
    NotificationKind["ERROR"] = "ERROR";
    return NotificationKind;
}({});
(0, _typegraphql.registerEnumType)(NotificationKind, {
    name: 'NotificationKind'
});
let Notification = class Notification {
    constructor(){
        this.kind = "INFO";
        this.read = false;
        this.createdAt = new Date();
    }
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    (0, _core.PrimaryKey)(),
    _ts_metadata("design:type", Number)
], Notification.prototype, "id", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_userentity.User, {
        ref: true,
        deleteRule: 'cascade',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Ref === "undefined" ? Object : Ref)
], Notification.prototype, "user", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        length: 500
    }),
    _ts_metadata("design:type", String)
], Notification.prototype, "message", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>NotificationKind),
    (0, _core.Enum)({
        items: ()=>NotificationKind,
        nativeEnumName: 'notification_kind',
        default: "INFO"
    }),
    _ts_metadata("design:type", String)
], Notification.prototype, "kind", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        default: false
    }),
    _ts_metadata("design:type", Boolean)
], Notification.prototype, "read", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_workorderentity.WorkOrder, {
        nullable: true,
        ref: true,
        deleteRule: 'set null',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", Object)
], Notification.prototype, "workOrder", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'datetime',
        defaultRaw: 'now()'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], Notification.prototype, "createdAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true,
        description: 'The order the message is about.'
    }),
    _ts_metadata("design:type", Object)
], Notification.prototype, "workOrderId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Notification.prototype, "workOrderCode", void 0);
Notification = _ts_decorate([
    (0, _typegraphql.ObjectType)('Notification'),
    (0, _core.Entity)({
        tableName: 'mantenimiento_notificacion'
    })
], Notification);
