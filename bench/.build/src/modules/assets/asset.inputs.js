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
    get AssetFilter () {
        return AssetFilter;
    },
    get AssetInput () {
        return AssetInput;
    },
    get AssetUpdateInput () {
        return AssetUpdateInput;
    },
    get AssetsArgs () {
        return AssetsArgs;
    },
    get SearchAssetsArgs () {
        return SearchAssetsArgs;
    }
});
const _typegraphql = require("type-graphql");
const _pagination = require("../../graphql/pagination");
const _assetentity = require("./asset.entity");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for(var i = decorators.length - 1; i >= 0; i--)if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
}
let AssetInput = class AssetInput {
};
_ts_decorate([
    (0, _typegraphql.Field)({
        description: '1 to 200 characters.'
    }),
    _ts_metadata("design:type", String)
], AssetInput.prototype, "name", void 0);
_ts_decorate([
    (0, _typegraphql.Field)({
        description: 'Digits only, unique, at most 30.'
    }),
    _ts_metadata("design:type", String)
], AssetInput.prototype, "internalCode", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'RFID tag; unique when given.'
    }),
    _ts_metadata("design:type", Object)
], AssetInput.prototype, "epc", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AssetInput.prototype, "serialNumber", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AssetInput.prototype, "reference", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        description: "The asset's category is its model's category."
    }),
    _ts_metadata("design:type", String)
], AssetInput.prototype, "modelId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], AssetInput.prototype, "locationId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true,
        description: 'The asset this one is a component of.'
    }),
    _ts_metadata("design:type", Object)
], AssetInput.prototype, "parentId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AssetInput.prototype, "responsibleId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AssetInput.prototype, "description", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'YYYY-MM-DD.'
    }),
    _ts_metadata("design:type", Object)
], AssetInput.prototype, "purchaseDate", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'Decimal amount, e.g. "1250.00".'
    }),
    _ts_metadata("design:type", Object)
], AssetInput.prototype, "cost", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_assetentity.AssetState, {
        nullable: true,
        description: 'Default OPERATIONAL.'
    }),
    _ts_metadata("design:type", Object)
], AssetInput.prototype, "state", void 0);
AssetInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], AssetInput);
let AssetUpdateInput = class AssetUpdateInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AssetUpdateInput.prototype, "name", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AssetUpdateInput.prototype, "internalCode", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AssetUpdateInput.prototype, "epc", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AssetUpdateInput.prototype, "serialNumber", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AssetUpdateInput.prototype, "reference", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AssetUpdateInput.prototype, "modelId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AssetUpdateInput.prototype, "locationId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AssetUpdateInput.prototype, "parentId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AssetUpdateInput.prototype, "responsibleId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AssetUpdateInput.prototype, "description", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AssetUpdateInput.prototype, "purchaseDate", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AssetUpdateInput.prototype, "cost", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_assetentity.AssetState, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AssetUpdateInput.prototype, "state", void 0);
AssetUpdateInput = _ts_decorate([
    (0, _typegraphql.InputType)({
        description: 'Only the fields given change; null clears optional fields.'
    })
], AssetUpdateInput);
let AssetFilter = class AssetFilter {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'Same matching as searchAssets.'
    }),
    _ts_metadata("design:type", Object)
], AssetFilter.prototype, "q", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_assetentity.AssetState, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AssetFilter.prototype, "state", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AssetFilter.prototype, "categoryId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Boolean, {
        nullable: true,
        defaultValue: false,
        description: 'Include the subcategories of categoryId.'
    }),
    _ts_metadata("design:type", Object)
], AssetFilter.prototype, "includeSubcategories", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AssetFilter.prototype, "modelId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true,
        description: 'This location and everything below it.'
    }),
    _ts_metadata("design:type", Object)
], AssetFilter.prototype, "locationId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AssetFilter.prototype, "responsibleId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true,
        description: 'Components of this asset.'
    }),
    _ts_metadata("design:type", Object)
], AssetFilter.prototype, "parentId", void 0);
AssetFilter = _ts_decorate([
    (0, _typegraphql.InputType)()
], AssetFilter);
let AssetsArgs = class AssetsArgs extends _pagination.PageArgs {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>AssetFilter, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AssetsArgs.prototype, "filter", void 0);
AssetsArgs = _ts_decorate([
    (0, _typegraphql.ArgsType)()
], AssetsArgs);
let SearchAssetsArgs = class SearchAssetsArgs {
    constructor(){
        this.q = '';
        this.includeDescendants = false;
        this.limit = 50;
    }
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        defaultValue: '',
        description: 'Substring of name, internal code, serial number or description, any case; 1-2 characters match a prefix of name or code.'
    }),
    _ts_metadata("design:type", String)
], SearchAssetsArgs.prototype, "q", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], SearchAssetsArgs.prototype, "categoryId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], SearchAssetsArgs.prototype, "locationId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)({
        defaultValue: false,
        description: 'Also match below categoryId and locationId.'
    }),
    _ts_metadata("design:type", Boolean)
], SearchAssetsArgs.prototype, "includeDescendants", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        defaultValue: 50,
        description: '1 to 50.'
    }),
    _ts_metadata("design:type", Number)
], SearchAssetsArgs.prototype, "limit", void 0);
SearchAssetsArgs = _ts_decorate([
    (0, _typegraphql.ArgsType)()
], SearchAssetsArgs);
