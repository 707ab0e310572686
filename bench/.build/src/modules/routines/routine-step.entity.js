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
    get RoutineStep () {
        return RoutineStep;
    },
    get StepAnswerType () {
        return StepAnswerType;
    }
});
const _core = require("@mikro-orm/core");
const _typegraphql = require("type-graphql");
const _routineentity = require("./routine.entity");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for(var i = decorators.length - 1; i >= 0; i--)if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
}
var StepAnswerType = /*#__PURE__*/ function(StepAnswerType) {
    StepAnswerType["INSTRUCTION"] = "INSTRUCTION";
    StepAnswerType["CHECK"] = "CHECK";
    StepAnswerType["NUMBER"] = "NUMBER";
    StepAnswerType["TEXT"] = "TEXT";
    StepAnswerType["MEASUREMENT"] = "MEASUREMENT";
    StepAnswerType["PHOTO"] = "PHOTO";
    StepAnswerType["HEADER"] = "HEADER";
    return StepAnswerType;
}({});
(0, _typegraphql.registerEnumType)(StepAnswerType, {
    name: 'StepAnswerType',
    description: 'What a checklist answer to the step holds; INSTRUCTION and HEADER take none.'
});
let RoutineStep = class RoutineStep {
    constructor(){
        this.answerType = "CHECK";
        this.unit = '';
    }
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    (0, _core.PrimaryKey)(),
    _ts_metadata("design:type", Number)
], RoutineStep.prototype, "id", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_routineentity.Routine, {
        ref: true,
        deleteRule: 'cascade',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Ref === "undefined" ? Object : Ref)
], RoutineStep.prototype, "routine", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int),
    (0, _core.Property)({
        fieldName: 'sort_order'
    }),
    _ts_metadata("design:type", Number)
], RoutineStep.prototype, "order", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'text'
    }),
    _ts_metadata("design:type", String)
], RoutineStep.prototype, "description", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>StepAnswerType),
    (0, _core.Enum)({
        items: ()=>StepAnswerType,
        nativeEnumName: 'routine_step_answer_type',
        default: "CHECK"
    }),
    _ts_metadata("design:type", String)
], RoutineStep.prototype, "answerType", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    (0, _core.Property)({
        length: 100,
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], RoutineStep.prototype, "target", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'Decimal as a string.'
    }),
    (0, _core.Property)({
        type: 'decimal',
        precision: 14,
        scale: 4,
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], RoutineStep.prototype, "min", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'Decimal as a string.'
    }),
    (0, _core.Property)({
        type: 'decimal',
        precision: 14,
        scale: 4,
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], RoutineStep.prototype, "max", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        length: 30,
        default: ''
    }),
    _ts_metadata("design:type", String)
], RoutineStep.prototype, "unit", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'MEASUREMENT steps: the code of the measurement point (on the order\'s asset) the answer is recorded as a reading of.'
    }),
    (0, _core.Property)({
        length: 50,
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], RoutineStep.prototype, "measurementPointCode", void 0);
RoutineStep = _ts_decorate([
    (0, _typegraphql.ObjectType)('RoutineStep'),
    (0, _core.Entity)({
        tableName: 'mantenimiento_pasorutina'
    }),
    (0, _core.Unique)({
        properties: [
            'routine',
            'order'
        ]
    })
], RoutineStep);
