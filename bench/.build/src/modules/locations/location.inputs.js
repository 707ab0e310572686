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
    get LocationInput () {
        return LocationInput;
    },
    get LocationUpdateInput () {
        return LocationUpdateInput;
    }
});
const _typegraphql = require("type-graphql");
const _locationentity = require("./location.entity");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for(var i = decorators.length - 1; i >= 0; i--)if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
}
let LocationInput = class LocationInput {
};
_ts_decorate([
    (0, _typegraphql.Field)({
        description: '1 to 150 characters, unique among its siblings.'
    }),
    _ts_metadata("design:type", String)
], LocationInput.prototype, "name", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true,
        description: 'Parent location; null for a root.'
    }),
    _ts_metadata("design:type", Object)
], LocationInput.prototype, "parentId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_locationentity.LocationType, {
        nullable: true,
        description: 'Default OTHER.'
    }),
    _ts_metadata("design:type", Object)
], LocationInput.prototype, "type", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'Unique when given.'
    }),
    _ts_metadata("design:type", Object)
], LocationInput.prototype, "qrCode", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], LocationInput.prototype, "description", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], LocationInput.prototype, "sortOrder", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Boolean, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], LocationInput.prototype, "isWarehouse", void 0);
LocationInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], LocationInput);
let LocationUpdateInput = class LocationUpdateInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], LocationUpdateInput.prototype, "name", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], LocationUpdateInput.prototype, "parentId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_locationentity.LocationType, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], LocationUpdateInput.prototype, "type", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'Blank or null removes it.'
    }),
    _ts_metadata("design:type", Object)
], LocationUpdateInput.prototype, "qrCode", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], LocationUpdateInput.prototype, "description", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], LocationUpdateInput.prototype, "sortOrder", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Boolean, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], LocationUpdateInput.prototype, "isWarehouse", void 0);
LocationUpdateInput = _ts_decorate([
    (0, _typegraphql.InputType)({
        description: 'Only the fields given change; parentId null makes it a root.'
    })
], LocationUpdateInput);
