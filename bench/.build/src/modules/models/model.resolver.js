"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "ModelResolver", {
    enumerable: true,
    get: function() {
        return ModelResolver;
    }
});
const _typegraphql = require("type-graphql");
const _brandentity = require("../brands/brand.entity");
const _brandloaders = require("../brands/brand.loaders");
const _categoryentity = require("../categories/category.entity");
const _categoryloaders = require("../categories/category.loaders");
const _modelentity = require("./model.entity");
const _modelinputs = require("./model.inputs");
const _modelservice = require("./model.service");
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
let ModelResolver = class ModelResolver {
    searchModels(args, ctx) {
        return (0, _modelservice.searchModels)(ctx, args);
    }
    model(id, ctx) {
        return (0, _modelservice.getModel)(ctx, id);
    }
    createModel(input, ctx) {
        return (0, _modelservice.createModel)(ctx, input);
    }
    updateModel(id, input, ctx) {
        return (0, _modelservice.updateModel)(ctx, id, input);
    }
    deleteModel(id, ctx) {
        return (0, _modelservice.deleteModel)(ctx, id);
    }
    brand(model, ctx) {
        return (0, _brandloaders.brandById)(ctx).load(model.brand.id);
    }
    category(model, ctx) {
        return (0, _categoryloaders.categoryById)(ctx).load(model.category.id);
    }
};
_ts_decorate([
    (0, _typegraphql.Query)(()=>[
            _modelentity.Model
        ], {
        description: 'Models whose name or brand name contains q (any case), by name; at most 50.'
    }),
    _ts_param(0, (0, _typegraphql.Args)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _modelinputs.SearchModelsArgs === "undefined" ? Object : _modelinputs.SearchModelsArgs,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], ModelResolver.prototype, "searchModels", null);
_ts_decorate([
    (0, _typegraphql.Query)(()=>_modelentity.Model),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], ModelResolver.prototype, "model", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_modelentity.Model),
    _ts_param(0, (0, _typegraphql.Arg)('input')),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _modelinputs.ModelInput === "undefined" ? Object : _modelinputs.ModelInput,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], ModelResolver.prototype, "createModel", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_modelentity.Model),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Arg)('input')),
    _ts_param(2, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof _modelinputs.ModelUpdateInput === "undefined" ? Object : _modelinputs.ModelUpdateInput,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], ModelResolver.prototype, "updateModel", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_typegraphql.ID, {
        description: 'Refused (CONFLICT) while assets of the model exist.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], ModelResolver.prototype, "deleteModel", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_brandentity.Brand, {
        nullable: true
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _modelentity.Model === "undefined" ? Object : _modelentity.Model,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], ModelResolver.prototype, "brand", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_categoryentity.Category, {
        nullable: true
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _modelentity.Model === "undefined" ? Object : _modelentity.Model,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], ModelResolver.prototype, "category", null);
ModelResolver = _ts_decorate([
    (0, _typegraphql.Resolver)(()=>_modelentity.Model)
], ModelResolver);
