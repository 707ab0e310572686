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
    get DEFAULT_PIN_COLOR () {
        return DEFAULT_PIN_COLOR;
    },
    get Pin () {
        return Pin;
    }
});
const _core = require("@mikro-orm/core");
const _typegraphql = require("type-graphql");
const _assetentity = require("../assets/asset.entity");
const _locationentity = require("../locations/location.entity");
const _viewerentity = require("./viewer.entity");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for(var i = decorators.length - 1; i >= 0; i--)if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
}
const DEFAULT_PIN_COLOR = '#FF0000';
let Pin = class Pin {
    constructor(){
        this.width = 0;
        this.height = 0;
        this.color = DEFAULT_PIN_COLOR;
        this.note = '';
        this.createdAt = new Date();
        this.updatedAt = new Date();
    }
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    (0, _core.PrimaryKey)(),
    _ts_metadata("design:type", Number)
], Pin.prototype, "id", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_viewerentity.Viewer, {
        ref: true,
        deleteRule: 'restrict',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Ref === "undefined" ? Object : Ref)
], Pin.prototype, "viewer", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_assetentity.Asset, {
        nullable: true,
        ref: true,
        deleteRule: 'restrict',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", Object)
], Pin.prototype, "asset", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    (0, _core.Property)({
        type: 'integer',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Pin.prototype, "noticeId", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_locationentity.Location, {
        nullable: true,
        ref: true,
        deleteRule: 'restrict',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", Object)
], Pin.prototype, "location", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float, {
        description: 'Pixels from the left edge of the plan.'
    }),
    (0, _core.Property)({
        type: 'double'
    }),
    _ts_metadata("design:type", Number)
], Pin.prototype, "x", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float, {
        description: 'Pixels from the top edge of the plan.'
    }),
    (0, _core.Property)({
        type: 'double'
    }),
    _ts_metadata("design:type", Number)
], Pin.prototype, "y", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float, {
        description: '0 for a point pin, > 0 for a rectangular area.'
    }),
    (0, _core.Property)({
        type: 'double',
        default: 0
    }),
    _ts_metadata("design:type", Number)
], Pin.prototype, "width", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float, {
        description: '0 for a point pin, > 0 for a rectangular area.'
    }),
    (0, _core.Property)({
        type: 'double',
        default: 0
    }),
    _ts_metadata("design:type", Number)
], Pin.prototype, "height", void 0);
_ts_decorate([
    (0, _typegraphql.Field)({
        description: 'Hex color `#RRGGBB`.'
    }),
    (0, _core.Property)({
        length: 7,
        default: DEFAULT_PIN_COLOR
    }),
    _ts_metadata("design:type", String)
], Pin.prototype, "color", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'text',
        default: ''
    }),
    _ts_metadata("design:type", String)
], Pin.prototype, "note", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'datetime',
        defaultRaw: 'now()'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], Pin.prototype, "createdAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'datetime',
        defaultRaw: 'now()',
        onUpdate: ()=>new Date()
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], Pin.prototype, "updatedAt", void 0);
Pin = _ts_decorate([
    (0, _typegraphql.ObjectType)('Pin'),
    (0, _core.Entity)({
        tableName: 'activos_pinplano'
    })
], Pin);
