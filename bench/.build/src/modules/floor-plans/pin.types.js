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
    get PinAsset () {
        return PinAsset;
    },
    get PinLocation () {
        return PinLocation;
    }
});
const _typegraphql = require("type-graphql");
const _assetentity = require("../assets/asset.entity");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for(var i = decorators.length - 1; i >= 0; i--)if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
}
let PinAsset = class PinAsset {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", Number)
], PinAsset.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    _ts_metadata("design:type", String)
], PinAsset.prototype, "name", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    _ts_metadata("design:type", String)
], PinAsset.prototype, "internalCode", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_assetentity.AssetState),
    _ts_metadata("design:type", typeof _assetentity.AssetState === "undefined" ? Object : _assetentity.AssetState)
], PinAsset.prototype, "state", void 0);
_ts_decorate([
    (0, _typegraphql.Field)({
        description: "The asset category's icon."
    }),
    _ts_metadata("design:type", String)
], PinAsset.prototype, "categoryIcon", void 0);
PinAsset = _ts_decorate([
    (0, _typegraphql.ObjectType)('PinAsset', {
        description: 'The asset a pin marks (use `asset(id)` for the full record).'
    })
], PinAsset);
let PinLocation = class PinLocation {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", Number)
], PinLocation.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    _ts_metadata("design:type", String)
], PinLocation.prototype, "name", void 0);
PinLocation = _ts_decorate([
    (0, _typegraphql.ObjectType)('PinLocation')
], PinLocation);
