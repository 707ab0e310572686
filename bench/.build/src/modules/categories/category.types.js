"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "CategoryTreeEntry", {
    enumerable: true,
    get: function() {
        return CategoryTreeEntry;
    }
});
const _typegraphql = require("type-graphql");
const _categoryentity = require("./category.entity");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for(var i = decorators.length - 1; i >= 0; i--)if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
}
let CategoryTreeEntry = class CategoryTreeEntry {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        description: '0 for a root.'
    }),
    _ts_metadata("design:type", Number)
], CategoryTreeEntry.prototype, "depth", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_categoryentity.Category),
    _ts_metadata("design:type", typeof _categoryentity.Category === "undefined" ? Object : _categoryentity.Category)
], CategoryTreeEntry.prototype, "category", void 0);
CategoryTreeEntry = _ts_decorate([
    (0, _typegraphql.ObjectType)({
        description: 'One category of the tree, in depth-first order (siblings by name).'
    })
], CategoryTreeEntry);
