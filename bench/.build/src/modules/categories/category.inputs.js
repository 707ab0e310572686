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
    get CategoryInput () {
        return CategoryInput;
    },
    get CategoryUpdateInput () {
        return CategoryUpdateInput;
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
let CategoryInput = class CategoryInput {
};
_ts_decorate([
    (0, _typegraphql.Field)({
        description: 'Unique, 1 to 100 characters.'
    }),
    _ts_metadata("design:type", String)
], CategoryInput.prototype, "name", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true,
        description: 'Parent category; null for a root.'
    }),
    _ts_metadata("design:type", Object)
], CategoryInput.prototype, "parentId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'Icon name; default "location".'
    }),
    _ts_metadata("design:type", Object)
], CategoryInput.prototype, "icon", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], CategoryInput.prototype, "description", void 0);
CategoryInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], CategoryInput);
let CategoryUpdateInput = class CategoryUpdateInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], CategoryUpdateInput.prototype, "name", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], CategoryUpdateInput.prototype, "parentId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], CategoryUpdateInput.prototype, "icon", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], CategoryUpdateInput.prototype, "description", void 0);
CategoryUpdateInput = _ts_decorate([
    (0, _typegraphql.InputType)({
        description: 'Only the fields given change; parentId null makes it a root.'
    })
], CategoryUpdateInput);
