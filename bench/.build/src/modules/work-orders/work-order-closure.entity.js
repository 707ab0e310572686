"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "WorkOrderClosure", {
    enumerable: true,
    get: function() {
        return WorkOrderClosure;
    }
});
const _core = require("@mikro-orm/core");
const _typegraphql = require("type-graphql");
const _userentity = require("../auth/user.entity");
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
let WorkOrderClosure = class WorkOrderClosure {
    constructor(){
        this.materials = '';
        this.closedAt = new Date();
    }
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    (0, _core.PrimaryKey)(),
    _ts_metadata("design:type", Number)
], WorkOrderClosure.prototype, "id", void 0);
_ts_decorate([
    (0, _core.OneToOne)(()=>_workorderentity.WorkOrder, {
        owner: true,
        ref: true,
        deleteRule: 'cascade',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Ref === "undefined" ? Object : Ref)
], WorkOrderClosure.prototype, "workOrder", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'datetime'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], WorkOrderClosure.prototype, "actualStart", void 0);
_ts_decorate([
    (0, _typegraphql.Field)({
        description: 'Never before actualStart.'
    }),
    (0, _core.Property)({
        type: 'datetime'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], WorkOrderClosure.prototype, "actualEnd", void 0);
_ts_decorate([
    (0, _typegraphql.Field)({
        description: 'Decimal as a string, >= 0.'
    }),
    (0, _core.Property)({
        type: 'decimal',
        precision: 10,
        scale: 2
    }),
    _ts_metadata("design:type", String)
], WorkOrderClosure.prototype, "manHours", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], WorkOrderClosure.prototype, "comments", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'text',
        default: ''
    }),
    _ts_metadata("design:type", String)
], WorkOrderClosure.prototype, "materials", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_userentity.User, {
        nullable: true,
        ref: true,
        deleteRule: 'set null',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", Object)
], WorkOrderClosure.prototype, "closedBy", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'datetime',
        defaultRaw: 'now()'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], WorkOrderClosure.prototype, "closedAt", void 0);
WorkOrderClosure = _ts_decorate([
    (0, _typegraphql.ObjectType)('WorkOrderClosure'),
    (0, _core.Entity)({
        tableName: 'mantenimiento_cierreordentrabajo'
    })
], WorkOrderClosure);
