"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "FloorPlan", {
    enumerable: true,
    get: function() {
        return FloorPlan;
    }
});
const _core = require("@mikro-orm/core");
const _typegraphql = require("type-graphql");
const _locationentity = require("../locations/location.entity");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for(var i = decorators.length - 1; i >= 0; i--)if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
}
let FloorPlan = class FloorPlan {
    constructor(){
        this.planType = '';
        this.documentNumber = '';
        this.title = '';
        this.description = '';
        this.createdAt = new Date();
        this.updatedAt = new Date();
    }
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    (0, _core.PrimaryKey)(),
    _ts_metadata("design:type", Number)
], FloorPlan.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        length: 200,
        unique: true
    }),
    _ts_metadata("design:type", String)
], FloorPlan.prototype, "name", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_locationentity.Location, {
        nullable: true,
        ref: true,
        deleteRule: 'restrict',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", Object)
], FloorPlan.prototype, "location", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'string',
        length: 100,
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], FloorPlan.prototype, "imageFile", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'Content type of the uploaded image, detected from its bytes.'
    }),
    (0, _core.Property)({
        type: 'string',
        length: 50,
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], FloorPlan.prototype, "imageContentType", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'string',
        length: 500,
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], FloorPlan.prototype, "imageUrl", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        nullable: true,
        description: 'Width in pixels (read from the uploaded image).'
    }),
    (0, _core.Property)({
        type: 'integer',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], FloorPlan.prototype, "width", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        nullable: true,
        description: 'Height in pixels (read from the uploaded image).'
    }),
    (0, _core.Property)({
        type: 'integer',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], FloorPlan.prototype, "height", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        length: 50,
        default: ''
    }),
    _ts_metadata("design:type", String)
], FloorPlan.prototype, "planType", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        length: 100,
        default: ''
    }),
    _ts_metadata("design:type", String)
], FloorPlan.prototype, "documentNumber", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        length: 200,
        default: ''
    }),
    _ts_metadata("design:type", String)
], FloorPlan.prototype, "title", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'text',
        default: ''
    }),
    _ts_metadata("design:type", String)
], FloorPlan.prototype, "description", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'datetime',
        defaultRaw: 'now()'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], FloorPlan.prototype, "createdAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'datetime',
        defaultRaw: 'now()',
        onUpdate: ()=>new Date()
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], FloorPlan.prototype, "updatedAt", void 0);
FloorPlan = _ts_decorate([
    (0, _typegraphql.ObjectType)('FloorPlan'),
    (0, _core.Entity)({
        tableName: 'activos_plano'
    })
], FloorPlan);
