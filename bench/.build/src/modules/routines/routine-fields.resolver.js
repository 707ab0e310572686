"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "RoutineFieldsResolver", {
    enumerable: true,
    get: function() {
        return RoutineFieldsResolver;
    }
});
const _typegraphql = require("type-graphql");
const _frequencyentity = require("./frequency.entity");
const _routineloaders = require("./routine.loaders");
const _routineentity = require("./routine.entity");
const _routinestepentity = require("./routine-step.entity");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for(var i = decorators.length - 1; i >= 0; i--)if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
}
function _ts_param(paramIndex, decorator) {
    return function(target, key) {
        decorator(target, key, paramIndex);
    };
}
let RoutineFieldsResolver = class RoutineFieldsResolver {
    steps(routine, ctx) {
        return (0, _routineloaders.routineSteps)(ctx).load(routine.id);
    }
    async frequency(routine, ctx) {
        return routine.frequency ? (0, _routineloaders.frequencyById)(ctx).load(routine.frequency.id) : null;
    }
};
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>[
            _routinestepentity.RoutineStep
        ], {
        description: 'The steps, in order.'
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _routineentity.Routine === "undefined" ? Object : _routineentity.Routine,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], RoutineFieldsResolver.prototype, "steps", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_frequencyentity.Frequency, {
        nullable: true
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _routineentity.Routine === "undefined" ? Object : _routineentity.Routine,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", Promise)
], RoutineFieldsResolver.prototype, "frequency", null);
RoutineFieldsResolver = _ts_decorate([
    (0, _typegraphql.Resolver)(()=>_routineentity.Routine)
], RoutineFieldsResolver);
