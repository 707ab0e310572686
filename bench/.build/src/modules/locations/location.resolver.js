"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
function _export(target, all) {
    for(var name in all)Object.defineProperty(target, name, {
        enumerable: true,
        get: Object.getOwnPropertyDescriptor(all, name).get
    });
}
_export(exports, {
    get CategoryCountResolver () {
        return CategoryCountResolver;
    },
    get LocationResolver () {
        return LocationResolver;
    }
});
const _typegraphql = require("type-graphql");
const _categoryentity = require("../categories/category.entity");
const _categoryloaders = require("../categories/category.loaders");
const _locationentity = require("./location.entity");
const _locationinputs = require("./location.inputs");
const _locationloaders = require("./location.loaders");
const _locationservice = require("./location.service");
const _locationtypes = require("./location.types");
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
let LocationResolver = class LocationResolver {
    locationRoots(ctx) {
        return (0, _locationservice.locationRoots)(ctx);
    }
    location(id, ctx) {
        return (0, _locationservice.getLocation)(ctx, id);
    }
    createLocation(input, ctx) {
        return (0, _locationservice.createLocation)(ctx, input);
    }
    updateLocation(id, input, ctx) {
        return (0, _locationservice.updateLocation)(ctx, id, input);
    }
    deleteLocation(id, ctx) {
        return (0, _locationservice.deleteLocation)(ctx, id);
    }
    parent(location, ctx) {
        const parentId = location.parent?.id;
        return parentId ? (0, _locationloaders.locationById)(ctx).load(parentId) : null;
    }
    children(location, ctx) {
        return (0, _locationloaders.locationChildren)(ctx).load(location.id);
    }
    hasChildren(location, ctx) {
        return (0, _locationloaders.locationHasChildren)(ctx).load(location.id);
    }
    path(location, ctx) {
        return (0, _locationloaders.locationPath)(ctx).load(location.id);
    }
    async fullPath(location, ctx) {
        const path = await (0, _locationloaders.locationPath)(ctx).load(location.id);
        return path.map((l)=>l.name).join(' / ');
    }
    stats(location, ctx) {
        return (0, _locationloaders.locationStats)(ctx).load(location.id);
    }
};
_ts_decorate([
    (0, _typegraphql.Query)(()=>[
            _locationentity.Location
        ], {
        description: 'Top-level locations, by sort order and name.'
    }),
    _ts_param(0, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], LocationResolver.prototype, "locationRoots", null);
_ts_decorate([
    (0, _typegraphql.Query)(()=>_locationentity.Location),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], LocationResolver.prototype, "location", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_locationentity.Location),
    _ts_param(0, (0, _typegraphql.Arg)('input')),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _locationinputs.LocationInput === "undefined" ? Object : _locationinputs.LocationInput,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], LocationResolver.prototype, "createLocation", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_locationentity.Location, {
        description: 'Moving a location under itself or its own descendant is refused.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Arg)('input')),
    _ts_param(2, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof _locationinputs.LocationUpdateInput === "undefined" ? Object : _locationinputs.LocationUpdateInput,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], LocationResolver.prototype, "updateLocation", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_typegraphql.ID, {
        description: 'Refused (CONFLICT) while sub-locations, assets, notices or work orders refer to it.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], LocationResolver.prototype, "deleteLocation", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_locationentity.Location, {
        nullable: true
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _locationentity.Location === "undefined" ? Object : _locationentity.Location,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", Object)
], LocationResolver.prototype, "parent", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>[
            _locationentity.Location
        ], {
        description: 'Direct sub-locations, by sort order and name.'
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _locationentity.Location === "undefined" ? Object : _locationentity.Location,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], LocationResolver.prototype, "children", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>Boolean),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _locationentity.Location === "undefined" ? Object : _locationentity.Location,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], LocationResolver.prototype, "hasChildren", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>[
            _locationentity.Location
        ], {
        description: 'From the root down to this location.'
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _locationentity.Location === "undefined" ? Object : _locationentity.Location,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], LocationResolver.prototype, "path", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>String, {
        description: 'Names from the root, joined by " / ".'
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _locationentity.Location === "undefined" ? Object : _locationentity.Location,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", Promise)
], LocationResolver.prototype, "fullPath", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_locationtypes.LocationStats, {
        description: 'Assets in this location and everything below it.'
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _locationentity.Location === "undefined" ? Object : _locationentity.Location,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], LocationResolver.prototype, "stats", null);
LocationResolver = _ts_decorate([
    (0, _typegraphql.Resolver)(()=>_locationentity.Location)
], LocationResolver);
let CategoryCountResolver = class CategoryCountResolver {
    category(row, ctx) {
        return (0, _categoryloaders.categoryById)(ctx).load(row.categoryId);
    }
};
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_categoryentity.Category, {
        nullable: true
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _locationtypes.CategoryCount === "undefined" ? Object : _locationtypes.CategoryCount,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], CategoryCountResolver.prototype, "category", null);
CategoryCountResolver = _ts_decorate([
    (0, _typegraphql.Resolver)(()=>_locationtypes.CategoryCount)
], CategoryCountResolver);
