"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "Viewer", {
    enumerable: true,
    get: function() {
        return Viewer;
    }
});
const _core = require("@mikro-orm/core");
const _typegraphql = require("type-graphql");
const _floorplanentity = require("./floor-plan.entity");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for(var i = decorators.length - 1; i >= 0; i--)if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
}
let Viewer = class Viewer {
    constructor(){
        this.description = '';
        this.createdAt = new Date();
        this.updatedAt = new Date();
    }
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    (0, _core.PrimaryKey)(),
    _ts_metadata("design:type", Number)
], Viewer.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        length: 200
    }),
    _ts_metadata("design:type", String)
], Viewer.prototype, "name", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_floorplanentity.FloorPlan, {
        ref: true,
        deleteRule: 'restrict',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Ref === "undefined" ? Object : Ref)
], Viewer.prototype, "floorPlan", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'text',
        default: ''
    }),
    _ts_metadata("design:type", String)
], Viewer.prototype, "description", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'datetime',
        defaultRaw: 'now()'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], Viewer.prototype, "createdAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'datetime',
        defaultRaw: 'now()',
        onUpdate: ()=>new Date()
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], Viewer.prototype, "updatedAt", void 0);
Viewer = _ts_decorate([
    (0, _typegraphql.ObjectType)('Viewer'),
    (0, _core.Entity)({
        tableName: 'activos_visorplano'
    })
], Viewer);
