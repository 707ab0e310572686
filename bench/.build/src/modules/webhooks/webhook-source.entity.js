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
    get WebhookDelivery () {
        return WebhookDelivery;
    },
    get WebhookSource () {
        return WebhookSource;
    }
});
const _core = require("@mikro-orm/core");
const _typegraphql = require("type-graphql");
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
let WebhookSource = class WebhookSource {
    constructor(){
        this.active = true;
        this.createdAt = new Date();
    }
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    (0, _core.PrimaryKey)(),
    _ts_metadata("design:type", Number)
], WebhookSource.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        length: 100,
        unique: true
    }),
    _ts_metadata("design:type", String)
], WebhookSource.prototype, "name", void 0);
_ts_decorate([
    (0, _core.Property)({
        length: 200
    }),
    _ts_metadata("design:type", String)
], WebhookSource.prototype, "secret", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_userentity.User, {
        ref: true,
        deleteRule: 'restrict',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Ref === "undefined" ? Object : Ref)
], WebhookSource.prototype, "user", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        default: true
    }),
    _ts_metadata("design:type", Boolean)
], WebhookSource.prototype, "active", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'datetime',
        defaultRaw: 'now()'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], WebhookSource.prototype, "createdAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        description: 'The user the source acts as (requester of its notices, author of its readings).'
    }),
    _ts_metadata("design:type", Number)
], WebhookSource.prototype, "userId", void 0);
WebhookSource = _ts_decorate([
    (0, _typegraphql.ObjectType)('WebhookSource'),
    (0, _core.Entity)({
        tableName: 'webhook_source'
    })
], WebhookSource);
let WebhookDelivery = class WebhookDelivery {
    constructor(){
        this.createdAt = new Date();
    }
};
_ts_decorate([
    (0, _core.PrimaryKey)(),
    _ts_metadata("design:type", Number)
], WebhookDelivery.prototype, "id", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>WebhookSource, {
        ref: true,
        deleteRule: 'cascade',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Ref === "undefined" ? Object : Ref)
], WebhookDelivery.prototype, "source", void 0);
_ts_decorate([
    (0, _core.Property)({
        length: 200
    }),
    _ts_metadata("design:type", String)
], WebhookDelivery.prototype, "idempotencyKey", void 0);
_ts_decorate([
    (0, _core.Property)({
        length: 50
    }),
    _ts_metadata("design:type", String)
], WebhookDelivery.prototype, "endpoint", void 0);
_ts_decorate([
    (0, _core.Property)({
        length: 64
    }),
    _ts_metadata("design:type", String)
], WebhookDelivery.prototype, "bodySha256", void 0);
_ts_decorate([
    (0, _core.Property)(),
    _ts_metadata("design:type", Number)
], WebhookDelivery.prototype, "statusCode", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'json'
    }),
    _ts_metadata("design:type", typeof Record === "undefined" ? Object : Record)
], WebhookDelivery.prototype, "response", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'datetime',
        defaultRaw: 'now()'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], WebhookDelivery.prototype, "createdAt", void 0);
WebhookDelivery = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'webhook_delivery'
    }),
    (0, _core.Unique)({
        properties: [
            'source',
            'idempotencyKey'
        ]
    })
], WebhookDelivery);
