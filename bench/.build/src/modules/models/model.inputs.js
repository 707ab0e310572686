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
    get ModelInput () {
        return ModelInput;
    },
    get ModelUpdateInput () {
        return ModelUpdateInput;
    },
    get SearchModelsArgs () {
        return SearchModelsArgs;
    }
});
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
let ModelInput = class ModelInput {
};
_ts_decorate([
    (0, _typegraphql.Field)({
        description: '1 to 150 characters, unique within its brand.'
    }),
    _ts_metadata("design:type", String)
], ModelInput.prototype, "name", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], ModelInput.prototype, "brandId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        description: "The category of every asset of this model."
    }),
    _ts_metadata("design:type", String)
], ModelInput.prototype, "categoryId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ModelInput.prototype, "description", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'http(s) URL or a path starting with "/".'
    }),
    _ts_metadata("design:type", Object)
], ModelInput.prototype, "imageUrl", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ModelInput.prototype, "averagePrice", void 0);
ModelInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], ModelInput);
let ModelUpdateInput = class ModelUpdateInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ModelUpdateInput.prototype, "name", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ModelUpdateInput.prototype, "brandId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ModelUpdateInput.prototype, "categoryId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ModelUpdateInput.prototype, "description", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ModelUpdateInput.prototype, "imageUrl", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ModelUpdateInput.prototype, "averagePrice", void 0);
ModelUpdateInput = _ts_decorate([
    (0, _typegraphql.InputType)({
        description: "Only the fields given change. A new category is applied to the model's assets too."
    })
], ModelUpdateInput);
let SearchModelsArgs = class SearchModelsArgs {
    constructor(){
        this.q = '';
        this.limit = 50;
    }
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        defaultValue: '',
        description: 'Substring of the model or brand name, any case.'
    }),
    _ts_metadata("design:type", String)
], SearchModelsArgs.prototype, "q", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        defaultValue: 50,
        description: '1 to 50.'
    }),
    _ts_metadata("design:type", Number)
], SearchModelsArgs.prototype, "limit", void 0);
SearchModelsArgs = _ts_decorate([
    (0, _typegraphql.ArgsType)()
], SearchModelsArgs);
