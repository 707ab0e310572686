"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "CategoryResolver", {
    enumerable: true,
    get: function() {
        return CategoryResolver;
    }
});
const _typegraphql = require("type-graphql");
const _categoryentity = require("./category.entity");
const _categoryinputs = require("./category.inputs");
const _categoryloaders = require("./category.loaders");
const _categoryservice = require("./category.service");
const _categorytypes = require("./category.types");
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
let CategoryResolver = class CategoryResolver {
    categoryTree(ctx) {
        return (0, _categoryservice.categoryTree)(ctx);
    }
    category(id, ctx) {
        return (0, _categoryservice.getCategory)(ctx, id);
    }
    createCategory(input, ctx) {
        return (0, _categoryservice.createCategory)(ctx, input);
    }
    updateCategory(id, input, ctx) {
        return (0, _categoryservice.updateCategory)(ctx, id, input);
    }
    deleteCategory(id, ctx) {
        return (0, _categoryservice.deleteCategory)(ctx, id);
    }
    parent(category, ctx) {
        const parentId = category.parent?.id;
        return parentId ? (0, _categoryloaders.categoryById)(ctx).load(parentId) : null;
    }
    children(category, ctx) {
        return (0, _categoryloaders.categoryChildren)(ctx).load(category.id);
    }
    path(category, ctx) {
        return (0, _categoryloaders.categoryPath)(ctx).load(category.id);
    }
};
_ts_decorate([
    (0, _typegraphql.Query)(()=>[
            _categorytypes.CategoryTreeEntry
        ], {
        description: 'Every category, depth-first (siblings by name), with its depth.'
    }),
    _ts_param(0, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], CategoryResolver.prototype, "categoryTree", null);
_ts_decorate([
    (0, _typegraphql.Query)(()=>_categoryentity.Category),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], CategoryResolver.prototype, "category", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_categoryentity.Category),
    _ts_param(0, (0, _typegraphql.Arg)('input')),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _categoryinputs.CategoryInput === "undefined" ? Object : _categoryinputs.CategoryInput,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], CategoryResolver.prototype, "createCategory", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_categoryentity.Category, {
        description: 'Moving a category under itself or its own descendant is refused.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Arg)('input')),
    _ts_param(2, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof _categoryinputs.CategoryUpdateInput === "undefined" ? Object : _categoryinputs.CategoryUpdateInput,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], CategoryResolver.prototype, "updateCategory", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_typegraphql.ID, {
        description: 'Refused (CONFLICT) while the category has subcategories, models or assets.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], CategoryResolver.prototype, "deleteCategory", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_categoryentity.Category, {
        nullable: true
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _categoryentity.Category === "undefined" ? Object : _categoryentity.Category,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", Object)
], CategoryResolver.prototype, "parent", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>[
            _categoryentity.Category
        ], {
        description: 'Direct subcategories, by name.'
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _categoryentity.Category === "undefined" ? Object : _categoryentity.Category,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], CategoryResolver.prototype, "children", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>[
            _categoryentity.Category
        ], {
        description: 'From the root down to this category.'
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _categoryentity.Category === "undefined" ? Object : _categoryentity.Category,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], CategoryResolver.prototype, "path", null);
CategoryResolver = _ts_decorate([
    (0, _typegraphql.Resolver)(()=>_categoryentity.Category)
], CategoryResolver);
