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
    get CreateUserInput () {
        return CreateUserInput;
    },
    get UpdateUserInput () {
        return UpdateUserInput;
    },
    get UserConnection () {
        return UserConnection;
    },
    get UserFilter () {
        return UserFilter;
    }
});
const _typegraphql = require("type-graphql");
const _pagination = require("../../graphql/pagination");
const _userentity = require("../auth/user.entity");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for(var i = decorators.length - 1; i >= 0; i--)if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
}
const UserConnection = (0, _pagination.Connection)(_userentity.User, 'User');
let UserFilter = class UserFilter {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'Substring of the username, email, first or last name (case-insensitive).'
    }),
    _ts_metadata("design:type", Object)
], UserFilter.prototype, "q", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Boolean, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UserFilter.prototype, "isActive", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Boolean, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UserFilter.prototype, "isStaff", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Boolean, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UserFilter.prototype, "isSuperuser", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true,
        description: 'Only members of this group.'
    }),
    _ts_metadata("design:type", Object)
], UserFilter.prototype, "groupId", void 0);
UserFilter = _ts_decorate([
    (0, _typegraphql.InputType)({
        description: 'Narrows the user list; every given condition must hold.'
    })
], UserFilter);
let CreateUserInput = class CreateUserInput {
    constructor(){
        this.email = '';
        this.firstName = '';
        this.lastName = '';
    }
};
_ts_decorate([
    (0, _typegraphql.Field)({
        description: '150 characters or fewer: letters, digits and @/./+/-/_ only.'
    }),
    _ts_metadata("design:type", String)
], CreateUserInput.prototype, "username", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        defaultValue: ''
    }),
    _ts_metadata("design:type", String)
], CreateUserInput.prototype, "email", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        defaultValue: ''
    }),
    _ts_metadata("design:type", String)
], CreateUserInput.prototype, "firstName", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        defaultValue: ''
    }),
    _ts_metadata("design:type", String)
], CreateUserInput.prototype, "lastName", void 0);
_ts_decorate([
    (0, _typegraphql.Field)({
        description: 'Checked by the four password validators; every problem is reported at once.'
    }),
    _ts_metadata("design:type", String)
], CreateUserInput.prototype, "password", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Boolean, {
        nullable: true,
        description: 'Superusers only (default true).'
    }),
    _ts_metadata("design:type", Object)
], CreateUserInput.prototype, "isActive", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Boolean, {
        nullable: true,
        description: 'Superusers only (default false).'
    }),
    _ts_metadata("design:type", Object)
], CreateUserInput.prototype, "isStaff", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Boolean, {
        nullable: true,
        description: 'Superusers only (default false).'
    }),
    _ts_metadata("design:type", Object)
], CreateUserInput.prototype, "isSuperuser", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            _typegraphql.ID
        ], {
        nullable: true,
        description: "Groups to join; the caller must hold each group's permissions."
    }),
    _ts_metadata("design:type", Object)
], CreateUserInput.prototype, "groupIds", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            String
        ], {
        nullable: true,
        description: 'Direct permissions as `app.codename`; the caller must hold each.'
    }),
    _ts_metadata("design:type", Object)
], CreateUserInput.prototype, "permissions", void 0);
CreateUserInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], CreateUserInput);
let UpdateUserInput = class UpdateUserInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UpdateUserInput.prototype, "username", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UpdateUserInput.prototype, "email", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UpdateUserInput.prototype, "firstName", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UpdateUserInput.prototype, "lastName", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Boolean, {
        nullable: true,
        description: 'Superusers only. Deactivating ends all the user\'s sessions.'
    }),
    _ts_metadata("design:type", Object)
], UpdateUserInput.prototype, "isActive", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Boolean, {
        nullable: true,
        description: 'Superusers only.'
    }),
    _ts_metadata("design:type", Object)
], UpdateUserInput.prototype, "isStaff", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Boolean, {
        nullable: true,
        description: 'Superusers only.'
    }),
    _ts_metadata("design:type", Object)
], UpdateUserInput.prototype, "isSuperuser", void 0);
UpdateUserInput = _ts_decorate([
    (0, _typegraphql.InputType)({
        description: 'Only the given fields change.'
    })
], UpdateUserInput);
