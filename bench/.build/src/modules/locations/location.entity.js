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
    get Location () {
        return Location;
    },
    get LocationType () {
        return LocationType;
    }
});
const _core = require("@mikro-orm/core");
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
var LocationType = /*#__PURE__*/ function(LocationType) {
    LocationType["BUILDING"] = "BUILDING";
    LocationType["LEVEL"] = "LEVEL";
    LocationType["SPACE"] = "SPACE";
    LocationType["WAREHOUSE"] = "WAREHOUSE";
    LocationType["OTHER"] = "OTHER";
    return LocationType;
}({});
(0, _typegraphql.registerEnumType)(LocationType, {
    name: 'LocationType',
    description: 'Old codes: EDIFICIO, NIVEL, ESPACIO, BODEGA, OTRO.'
});
let Location = class Location {
    constructor(){
        this.type = "OTHER";
        this.description = '';
        this.sortOrder = 0;
        this.isWarehouse = false;
    }
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    (0, _core.PrimaryKey)(),
    _ts_metadata("design:type", Number)
], Location.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        length: 150
    }),
    _ts_metadata("design:type", String)
], Location.prototype, "name", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>Location, {
        nullable: true,
        ref: true,
        deleteRule: 'restrict',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", Object)
], Location.prototype, "parent", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>LocationType),
    (0, _core.Enum)({
        items: ()=>LocationType,
        nativeEnumName: 'location_type',
        default: "OTHER"
    }),
    _ts_metadata("design:type", String)
], Location.prototype, "type", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    (0, _core.Property)({
        length: 100,
        nullable: true,
        unique: true
    }),
    _ts_metadata("design:type", Object)
], Location.prototype, "qrCode", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'text',
        default: ''
    }),
    _ts_metadata("design:type", String)
], Location.prototype, "description", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int),
    (0, _core.Property)({
        default: 0
    }),
    _ts_metadata("design:type", Number)
], Location.prototype, "sortOrder", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        default: false
    }),
    _ts_metadata("design:type", Boolean)
], Location.prototype, "isWarehouse", void 0);
Location = _ts_decorate([
    (0, _typegraphql.ObjectType)('Location'),
    (0, _core.Entity)({
        tableName: 'activos_ubicacion'
    })
], Location);
