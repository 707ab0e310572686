"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "Model", {
    enumerable: true,
    get: function() {
        return Model;
    }
});
const _core = require("@mikro-orm/core");
const _typegraphql = require("type-graphql");
const _brandentity = require("../brands/brand.entity");
const _categoryentity = require("../categories/category.entity");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for(var i = decorators.length - 1; i >= 0; i--)if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
}
let Model = class Model {
    constructor(){
        this.description = '';
    }
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    (0, _core.PrimaryKey)(),
    _ts_metadata("design:type", Number)
], Model.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        length: 150
    }),
    _ts_metadata("design:type", String)
], Model.prototype, "name", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_brandentity.Brand, {
        ref: true,
        deleteRule: 'restrict',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Ref === "undefined" ? Object : Ref)
], Model.prototype, "brand", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_categoryentity.Category, {
        ref: true,
        deleteRule: 'restrict',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Ref === "undefined" ? Object : Ref)
], Model.prototype, "category", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'text',
        default: ''
    }),
    _ts_metadata("design:type", String)
], Model.prototype, "description", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    (0, _core.Property)({
        length: 500,
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Model.prototype, "imageUrl", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float, {
        nullable: true
    }),
    (0, _core.Property)({
        type: 'decimal',
        precision: 14,
        scale: 2,
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Model.prototype, "averagePrice", void 0);
Model = _ts_decorate([
    (0, _typegraphql.ObjectType)('Model'),
    (0, _core.Entity)({
        tableName: 'activos_modelo'
    }),
    (0, _core.Unique)({
        properties: [
            'brand',
            'name'
        ]
    })
], Model);
