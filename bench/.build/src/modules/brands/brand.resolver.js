"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "BrandResolver", {
    enumerable: true,
    get: function() {
        return BrandResolver;
    }
});
const _typegraphql = require("type-graphql");
const _brandentity = require("./brand.entity");
const _brandinputs = require("./brand.inputs");
const _brandservice = require("./brand.service");
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
let BrandResolver = class BrandResolver {
    brand(id, ctx) {
        return (0, _brandservice.getBrand)(ctx, id);
    }
    createBrand(input, ctx) {
        return (0, _brandservice.createBrand)(ctx, input);
    }
    updateBrand(id, input, ctx) {
        return (0, _brandservice.updateBrand)(ctx, id, input);
    }
    deleteBrand(id, ctx) {
        return (0, _brandservice.deleteBrand)(ctx, id);
    }
};
_ts_decorate([
    (0, _typegraphql.Query)(()=>_brandentity.Brand),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], BrandResolver.prototype, "brand", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_brandentity.Brand),
    _ts_param(0, (0, _typegraphql.Arg)('input')),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _brandinputs.BrandInput === "undefined" ? Object : _brandinputs.BrandInput,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], BrandResolver.prototype, "createBrand", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_brandentity.Brand),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Arg)('input')),
    _ts_param(2, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof _brandinputs.BrandInput === "undefined" ? Object : _brandinputs.BrandInput,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], BrandResolver.prototype, "updateBrand", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_typegraphql.ID, {
        description: 'Refused (CONFLICT) while models of the brand exist.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], BrandResolver.prototype, "deleteBrand", null);
BrandResolver = _ts_decorate([
    (0, _typegraphql.Resolver)(()=>_brandentity.Brand)
], BrandResolver);
