"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "Category", {
    enumerable: true,
    get: function() {
        return Category;
    }
});
const _core = require("@mikro-orm/core");
const _typegraphql = require("type-graphql");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for(var i = decorators.length - 1; i >= 0; i--)if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
}
let Category = class Category {
    constructor(){
        this.icon = 'location';
        this.description = '';
    }
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    (0, _core.PrimaryKey)(),
    _ts_metadata("design:type", Number)
], Category.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        length: 100,
        unique: true
    }),
    _ts_metadata("design:type", String)
], Category.prototype, "name", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>Category, {
        nullable: true,
        ref: true,
        deleteRule: 'restrict',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", Object)
], Category.prototype, "parent", void 0);
_ts_decorate([
    (0, _typegraphql.Field)({
        description: 'Icon name shown on pins and lists.'
    }),
    (0, _core.Property)({
        length: 50,
        default: 'location'
    }),
    _ts_metadata("design:type", String)
], Category.prototype, "icon", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'text',
        default: ''
    }),
    _ts_metadata("design:type", String)
], Category.prototype, "description", void 0);
Category = _ts_decorate([
    (0, _typegraphql.ObjectType)('Category'),
    (0, _core.Entity)({
        tableName: 'activos_categoria'
    })
], Category);
