"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "Routine", {
    enumerable: true,
    get: function() {
        return Routine;
    }
});
const _core = require("@mikro-orm/core");
const _typegraphql = require("type-graphql");
const _categoryentity = require("../categories/category.entity");
const _locationentity = require("../locations/location.entity");
const _frequencyentity = require("./frequency.entity");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for(var i = decorators.length - 1; i >= 0; i--)if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
}
let Routine = class Routine {
    constructor(){
        this.technicianCount = 1;
        this.tools = '';
        this.invasive = false;
    }
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    (0, _core.PrimaryKey)(),
    _ts_metadata("design:type", Number)
], Routine.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        length: 50,
        unique: true
    }),
    _ts_metadata("design:type", String)
], Routine.prototype, "code", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        length: 200
    }),
    _ts_metadata("design:type", String)
], Routine.prototype, "name", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_locationentity.Location, {
        nullable: true,
        ref: true,
        deleteRule: 'restrict',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", Object)
], Routine.prototype, "location", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_categoryentity.Category, {
        nullable: true,
        ref: true,
        deleteRule: 'restrict',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", Object)
], Routine.prototype, "category", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_frequencyentity.Frequency, {
        nullable: true,
        ref: true,
        deleteRule: 'restrict',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", Object)
], Routine.prototype, "frequency", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        nullable: true
    }),
    (0, _core.Property)({
        type: 'integer',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Routine.prototype, "estimatedDurationMinutes", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int),
    (0, _core.Property)({
        default: 1
    }),
    _ts_metadata("design:type", Number)
], Routine.prototype, "technicianCount", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'text',
        default: ''
    }),
    _ts_metadata("design:type", String)
], Routine.prototype, "tools", void 0);
_ts_decorate([
    (0, _typegraphql.Field)({
        description: 'The routine needs the equipment stopped.'
    }),
    (0, _core.Property)({
        default: false
    }),
    _ts_metadata("design:type", Boolean)
], Routine.prototype, "invasive", void 0);
Routine = _ts_decorate([
    (0, _typegraphql.ObjectType)('Routine'),
    (0, _core.Entity)({
        tableName: 'mantenimiento_rutina'
    })
], Routine);
