"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "User", {
    enumerable: true,
    get: function() {
        return User;
    }
});
const _core = require("@mikro-orm/core");
const _typegraphql = require("type-graphql");
const _groupentity = require("./group.entity");
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
let User = class User {
    get displayName() {
        const full = `${this.firstName} ${this.lastName}`.trim();
        return full || this.username;
    }
    constructor(){
        this.isSuperuser = false;
        this.firstName = '';
        this.lastName = '';
        this.email = '';
        this.isStaff = false;
        this.isActive = true;
        this.dateJoined = new Date();
        this.groups = new _core.Collection(this);
        this.userPermissions = new _core.Collection(this);
    }
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    (0, _core.PrimaryKey)(),
    _ts_metadata("design:type", Number)
], User.prototype, "id", void 0);
_ts_decorate([
    (0, _core.Property)({
        length: 128,
        hidden: true,
        lazy: true
    }),
    _ts_metadata("design:type", String)
], User.prototype, "password", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true
    }),
    (0, _core.Property)({
        type: 'datetime',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], User.prototype, "lastLogin", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        default: false
    }),
    _ts_metadata("design:type", Boolean)
], User.prototype, "isSuperuser", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        length: 150,
        unique: true
    }),
    _ts_metadata("design:type", String)
], User.prototype, "username", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        length: 150,
        default: ''
    }),
    _ts_metadata("design:type", String)
], User.prototype, "firstName", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        length: 150,
        default: ''
    }),
    _ts_metadata("design:type", String)
], User.prototype, "lastName", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        length: 254,
        default: ''
    }),
    _ts_metadata("design:type", String)
], User.prototype, "email", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        default: false
    }),
    _ts_metadata("design:type", Boolean)
], User.prototype, "isStaff", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        default: true
    }),
    _ts_metadata("design:type", Boolean)
], User.prototype, "isActive", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'datetime',
        defaultRaw: 'now()'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], User.prototype, "dateJoined", void 0);
_ts_decorate([
    (0, _core.ManyToMany)({
        entity: ()=>_groupentity.Group,
        pivotTable: 'auth_user_groups',
        joinColumn: 'user_id',
        inverseJoinColumn: 'group_id'
    })
], User.prototype, "groups", void 0);
_ts_decorate([
    (0, _core.ManyToMany)({
        entity: ()=>_permissionentity.Permission,
        pivotTable: 'auth_user_user_permissions',
        joinColumn: 'user_id',
        inverseJoinColumn: 'permission_id'
    })
], User.prototype, "userPermissions", void 0);
_ts_decorate([
    (0, _typegraphql.Field)({
        description: 'First and last name, or the username when both are empty.'
    }),
    _ts_metadata("design:type", String),
    _ts_metadata("design:paramtypes", [])
], User.prototype, "displayName", null);
User = _ts_decorate([
    (0, _typegraphql.ObjectType)('User'),
    (0, _core.Entity)({
        tableName: 'auth_user'
    })
], User);
