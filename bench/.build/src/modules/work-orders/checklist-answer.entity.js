"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "ChecklistAnswer", {
    enumerable: true,
    get: function() {
        return ChecklistAnswer;
    }
});
const _core = require("@mikro-orm/core");
const _typegraphql = require("type-graphql");
const _userentity = require("../auth/user.entity");
const _routinestepentity = require("../routines/routine-step.entity");
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
let ChecklistAnswer = class ChecklistAnswer {
    constructor(){
        this.textValue = '';
        this.comment = '';
        this.answeredAt = new Date();
    }
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    (0, _core.PrimaryKey)(),
    _ts_metadata("design:type", Number)
], ChecklistAnswer.prototype, "id", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_workorderentity.WorkOrder, {
        ref: true,
        deleteRule: 'cascade',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Ref === "undefined" ? Object : Ref)
], ChecklistAnswer.prototype, "workOrder", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_routinestepentity.RoutineStep, {
        ref: true,
        deleteRule: 'restrict',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Ref === "undefined" ? Object : Ref)
], ChecklistAnswer.prototype, "step", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Boolean, {
        nullable: true,
        description: 'CHECK steps.'
    }),
    (0, _core.Property)({
        type: 'boolean',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ChecklistAnswer.prototype, "checked", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'NUMBER and MEASUREMENT steps; decimal as a string.'
    }),
    (0, _core.Property)({
        type: 'decimal',
        precision: 14,
        scale: 4,
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ChecklistAnswer.prototype, "numberValue", void 0);
_ts_decorate([
    (0, _typegraphql.Field)({
        description: 'TEXT steps, or the photo URL of PHOTO steps.'
    }),
    (0, _core.Property)({
        type: 'text',
        default: ''
    }),
    _ts_metadata("design:type", String)
], ChecklistAnswer.prototype, "textValue", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'text',
        default: ''
    }),
    _ts_metadata("design:type", String)
], ChecklistAnswer.prototype, "comment", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_userentity.User, {
        nullable: true,
        ref: true,
        deleteRule: 'set null',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", Object)
], ChecklistAnswer.prototype, "answeredBy", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'datetime',
        defaultRaw: 'now()'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], ChecklistAnswer.prototype, "answeredAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", Number)
], ChecklistAnswer.prototype, "stepId", void 0);
ChecklistAnswer = _ts_decorate([
    (0, _typegraphql.ObjectType)('ChecklistAnswer'),
    (0, _core.Entity)({
        tableName: 'mantenimiento_respuestapaso'
    }),
    (0, _core.Unique)({
        properties: [
            'workOrder',
            'step'
        ]
    })
], ChecklistAnswer);
