"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "Permission", {
    enumerable: true,
    get: function() {
        return Permission;
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
let Permission = class Permission {
    get key() {
        return `${this.appLabel}.${this.codename}`;
    }
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    (0, _core.PrimaryKey)(),
    _ts_metadata("design:type", Number)
], Permission.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        length: 100
    }),
    _ts_metadata("design:type", String)
], Permission.prototype, "appLabel", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        length: 100
    }),
    _ts_metadata("design:type", String)
], Permission.prototype, "codename", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        length: 255
    }),
    _ts_metadata("design:type", String)
], Permission.prototype, "name", void 0);
_ts_decorate([
    (0, _typegraphql.Field)({
        description: 'The permission as `app_label.codename`, e.g. `activos.view_activo`.'
    }),
    _ts_metadata("design:type", String),
    _ts_metadata("design:paramtypes", [])
], Permission.prototype, "key", null);
Permission = _ts_decorate([
    (0, _typegraphql.ObjectType)('Permission'),
    (0, _core.Entity)({
        tableName: 'auth_permission'
    }),
    (0, _core.Unique)({
        properties: [
            'appLabel',
            'codename'
        ]
    })
], Permission);
