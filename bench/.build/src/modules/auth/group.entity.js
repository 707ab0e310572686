"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "Group", {
    enumerable: true,
    get: function() {
        return Group;
    }
});
const _core = require("@mikro-orm/core");
const _typegraphql = require("type-graphql");
const _permissionentity = require("./permission.entity");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for(var i = decorators.length - 1; i >= 0; i--)if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
}
let Group = class Group {
    constructor(){
        this.permissions = new _core.Collection(this);
    }
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    (0, _core.PrimaryKey)(),
    _ts_metadata("design:type", Number)
], Group.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        length: 150,
        unique: true
    }),
    _ts_metadata("design:type", String)
], Group.prototype, "name", void 0);
_ts_decorate([
    (0, _core.ManyToMany)({
        entity: ()=>_permissionentity.Permission,
        pivotTable: 'auth_group_permissions',
        joinColumn: 'group_id',
        inverseJoinColumn: 'permission_id'
    })
], Group.prototype, "permissions", void 0);
Group = _ts_decorate([
    (0, _typegraphql.ObjectType)('Group'),
    (0, _core.Entity)({
        tableName: 'auth_group'
    })
], Group);
