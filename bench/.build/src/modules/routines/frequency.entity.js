"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "Frequency", {
    enumerable: true,
    get: function() {
        return Frequency;
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
let Frequency = class Frequency {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    (0, _core.PrimaryKey)(),
    _ts_metadata("design:type", Number)
], Frequency.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        length: 100,
        unique: true
    }),
    _ts_metadata("design:type", String)
], Frequency.prototype, "name", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int),
    (0, _core.Property)(),
    _ts_metadata("design:type", Number)
], Frequency.prototype, "intervalDays", void 0);
Frequency = _ts_decorate([
    (0, _typegraphql.ObjectType)('Frequency'),
    (0, _core.Entity)({
        tableName: 'mantenimiento_frecuencia'
    })
], Frequency);
