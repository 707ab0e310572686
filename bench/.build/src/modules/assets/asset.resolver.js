"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "AssetResolver", {
    enumerable: true,
    get: function() {
        return AssetResolver;
    }
});
const _typegraphql = require("type-graphql");
const _ids = require("../../graphql/ids");
const _userentity = require("../auth/user.entity");
const _brandentity = require("../brands/brand.entity");
const _brandloaders = require("../brands/brand.loaders");
const _categoryentity = require("../categories/category.entity");
const _categoryloaders = require("../categories/category.loaders");
const _locationentity = require("../locations/location.entity");
const _locationloaders = require("../locations/location.loaders");
const _modelentity = require("../models/model.entity");
const _modelloaders = require("../models/model.loaders");
const _assetentity = require("./asset.entity");
const _assetinputs = require("./asset.inputs");
const _assetloaders = require("./asset.loaders");
const _assetservice = require("./asset.service");
const _assettypes = require("./asset.types");
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
let AssetResolver = class AssetResolver {
    searchAssets(args, ctx) {
        return (0, _assetservice.searchAssets)(ctx, {
            q: args.q,
            categoryId: (0, _ids.parseOptionalId)(args.categoryId, 'categoryId'),
            locationId: (0, _ids.parseOptionalId)(args.locationId, 'locationId'),
            includeDescendants: args.includeDescendants,
            limit: args.limit
        });
    }
    assets(args, ctx) {
        return (0, _assetservice.listAssets)(ctx, args);
    }
    asset(id, ctx) {
        return (0, _assetservice.getAsset)(ctx, id);
    }
    createAsset(input, ctx) {
        return (0, _assetservice.createAsset)(ctx, input);
    }
    updateAsset(id, input, ctx) {
        return (0, _assetservice.updateAsset)(ctx, id, input);
    }
    deleteAsset(id, ctx) {
        return (0, _assetservice.deleteAsset)(ctx, id);
    }
    model(asset, ctx) {
        return (0, _modelloaders.modelById)(ctx).load(asset.model.id);
    }
    async brand(asset, ctx) {
        const model = await (0, _modelloaders.modelById)(ctx).load(asset.model.id);
        return model ? (0, _brandloaders.brandById)(ctx).load(model.brand.id) : null;
    }
    category(asset, ctx) {
        return (0, _categoryloaders.categoryById)(ctx).load(asset.category.id);
    }
    location(asset, ctx) {
        return (0, _locationloaders.locationById)(ctx).load(asset.location.id);
    }
    locationPath(asset, ctx) {
        return (0, _locationloaders.locationPath)(ctx).load(asset.location.id);
    }
    parent(asset, ctx) {
        const parentId = asset.parent?.id;
        return parentId ? (0, _assetloaders.assetById)(ctx).load(parentId) : null;
    }
    components(asset, ctx) {
        return (0, _assetloaders.assetComponents)(ctx).load(asset.id);
    }
    responsible(asset, ctx) {
        const userId = asset.responsible?.id;
        return userId ? (0, _assetloaders.userById)(ctx).load(userId) : null;
    }
};
_ts_decorate([
    (0, _typegraphql.Query)(()=>[
            _assetentity.Asset
        ], {
        description: 'Assets whose name, internal code, serial number or description contains q (any case), by name; ' + 'terms of 1-2 characters match the start of the name or code. At most `limit` (<= 50).'
    }),
    _ts_param(0, (0, _typegraphql.Args)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _assetinputs.SearchAssetsArgs === "undefined" ? Object : _assetinputs.SearchAssetsArgs,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], AssetResolver.prototype, "searchAssets", null);
_ts_decorate([
    (0, _typegraphql.Query)(()=>_assettypes.AssetConnection, {
        description: 'Assets by name (keyset pages: pass pageInfo.endCursor as `after`).'
    }),
    _ts_param(0, (0, _typegraphql.Args)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _assetinputs.AssetsArgs === "undefined" ? Object : _assetinputs.AssetsArgs,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], AssetResolver.prototype, "assets", null);
_ts_decorate([
    (0, _typegraphql.Query)(()=>_assetentity.Asset),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], AssetResolver.prototype, "asset", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_assetentity.Asset),
    _ts_param(0, (0, _typegraphql.Arg)('input')),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _assetinputs.AssetInput === "undefined" ? Object : _assetinputs.AssetInput,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], AssetResolver.prototype, "createAsset", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_assetentity.Asset),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Arg)('input')),
    _ts_param(2, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof _assetinputs.AssetUpdateInput === "undefined" ? Object : _assetinputs.AssetUpdateInput,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], AssetResolver.prototype, "updateAsset", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_typegraphql.ID, {
        description: 'Refused (CONFLICT) while the asset has components or work orders, pins... refer to it.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], AssetResolver.prototype, "deleteAsset", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_modelentity.Model, {
        nullable: true
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _assetentity.Asset === "undefined" ? Object : _assetentity.Asset,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], AssetResolver.prototype, "model", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_brandentity.Brand, {
        nullable: true,
        description: "The model's brand."
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _assetentity.Asset === "undefined" ? Object : _assetentity.Asset,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", Promise)
], AssetResolver.prototype, "brand", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_categoryentity.Category, {
        nullable: true,
        description: "The model's category."
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _assetentity.Asset === "undefined" ? Object : _assetentity.Asset,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], AssetResolver.prototype, "category", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_locationentity.Location, {
        nullable: true
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _assetentity.Asset === "undefined" ? Object : _assetentity.Asset,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], AssetResolver.prototype, "location", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>[
            _locationentity.Location
        ], {
        nullable: true,
        description: "The location's path from the root."
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _assetentity.Asset === "undefined" ? Object : _assetentity.Asset,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], AssetResolver.prototype, "locationPath", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_assetentity.Asset, {
        nullable: true,
        description: 'The asset this one is a component of.'
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _assetentity.Asset === "undefined" ? Object : _assetentity.Asset,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", Object)
], AssetResolver.prototype, "parent", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>[
            _assetentity.Asset
        ], {
        description: 'Direct components, by name (at most 200).'
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _assetentity.Asset === "undefined" ? Object : _assetentity.Asset,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], AssetResolver.prototype, "components", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_userentity.User, {
        nullable: true
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _assetentity.Asset === "undefined" ? Object : _assetentity.Asset,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", Object)
], AssetResolver.prototype, "responsible", null);
AssetResolver = _ts_decorate([
    (0, _typegraphql.Resolver)(()=>_assetentity.Asset)
], AssetResolver);
