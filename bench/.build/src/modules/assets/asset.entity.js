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
    get Asset () {
        return Asset;
    },
    get AssetState () {
        return AssetState;
    }
});
const _core = require("@mikro-orm/core");
const _typegraphql = require("type-graphql");
const _userentity = require("../auth/user.entity");
const _categoryentity = require("../categories/category.entity");
const _floorplanentity = require("../floor-plans/floor-plan.entity");
const _locationentity = require("../locations/location.entity");
const _modelentity = require("../models/model.entity");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for(var i = decorators.length - 1; i >= 0; i--)if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
}
var AssetState = /*#__PURE__*/ function(AssetState) {
    AssetState["OPERATIONAL"] = "OPERATIONAL";
    AssetState["MAINTENANCE"] = "MAINTENANCE";
    AssetState["REPAIR"] = "REPAIR";
    AssetState["OUT_OF_SERVICE"] = "OUT_OF_SERVICE";
    AssetState["OBSOLETE"] = "OBSOLETE";
    return AssetState;
}({});
(0, _typegraphql.registerEnumType)(AssetState, {
    name: 'AssetState',
    description: 'Old codes: OPERATIVO, MANTENIMIENTO, REPARACION, FUERA_SERVICIO, OBSOLETO.'
});
let Asset = class Asset {
    constructor(){
        this.serialNumber = '';
        this.reference = '';
        this.description = '';
        this.state = "OPERATIONAL";
        this.createdAt = new Date();
        this.updatedAt = new Date();
    }
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    (0, _core.PrimaryKey)(),
    _ts_metadata("design:type", Number)
], Asset.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        length: 200
    }),
    _ts_metadata("design:type", String)
], Asset.prototype, "name", void 0);
_ts_decorate([
    (0, _typegraphql.Field)({
        description: 'Digits only, unique.'
    }),
    (0, _core.Property)({
        length: 30,
        unique: true
    }),
    _ts_metadata("design:type", String)
], Asset.prototype, "internalCode", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'RFID tag, unique when present.'
    }),
    (0, _core.Property)({
        length: 64,
        nullable: true,
        unique: true
    }),
    _ts_metadata("design:type", Object)
], Asset.prototype, "epc", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        length: 100,
        default: ''
    }),
    _ts_metadata("design:type", String)
], Asset.prototype, "serialNumber", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        length: 100,
        default: ''
    }),
    _ts_metadata("design:type", String)
], Asset.prototype, "reference", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_modelentity.Model, {
        ref: true,
        deleteRule: 'restrict',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Ref === "undefined" ? Object : Ref)
], Asset.prototype, "model", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_categoryentity.Category, {
        ref: true,
        deleteRule: 'restrict',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Ref === "undefined" ? Object : Ref)
], Asset.prototype, "category", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'text',
        default: ''
    }),
    _ts_metadata("design:type", String)
], Asset.prototype, "description", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'ISO date (YYYY-MM-DD).'
    }),
    (0, _core.Property)({
        type: 'date',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Asset.prototype, "purchaseDate", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'Decimal amount as a string, e.g. "1250.00".'
    }),
    (0, _core.Property)({
        type: 'decimal',
        precision: 14,
        scale: 2,
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Asset.prototype, "cost", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>AssetState),
    (0, _core.Enum)({
        items: ()=>AssetState,
        nativeEnumName: 'asset_state',
        default: "OPERATIONAL"
    }),
    _ts_metadata("design:type", String)
], Asset.prototype, "state", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_userentity.User, {
        nullable: true,
        ref: true,
        deleteRule: 'set null',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", Object)
], Asset.prototype, "responsible", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>Asset, {
        nullable: true,
        ref: true,
        deleteRule: 'restrict',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", Object)
], Asset.prototype, "parent", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_locationentity.Location, {
        ref: true,
        deleteRule: 'restrict',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Ref === "undefined" ? Object : Ref)
], Asset.prototype, "location", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'datetime',
        defaultRaw: 'now()'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], Asset.prototype, "createdAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'datetime',
        defaultRaw: 'now()',
        onUpdate: ()=>new Date()
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], Asset.prototype, "updatedAt", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_floorplanentity.FloorPlan, {
        nullable: true,
        ref: true,
        deleteRule: 'set null',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", Object)
], Asset.prototype, "mainFloorPlan", void 0);
Asset = _ts_decorate([
    (0, _typegraphql.ObjectType)('Asset'),
    (0, _core.Entity)({
        tableName: 'activos_activo'
    })
], Asset);
