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
    get NotificationConnection () {
        return NotificationConnection;
    },
    get NotificationResolver () {
        return NotificationResolver;
    }
});
const _typegraphql = require("type-graphql");
const _pagination = require("../../graphql/pagination");
const _notificationentity = require("./notification.entity");
const _notificationservice = require("./notification.service");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for(var i = decorators.length - 1; i >= 0; i--)if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
}
function _ts_param(paramIndex, decorator) {
    return function(target, key) {
        decorator(target, key, paramIndex);
    };
}
const NotificationConnection = (0, _pagination.Connection)(_notificationentity.Notification, 'Notification');
let MyNotificationsArgs = class MyNotificationsArgs extends _pagination.PageArgs {
    constructor(...args){
        super(...args), this.unreadOnly = false;
    }
};
_ts_decorate([
    (0, _typegraphql.Field)({
        defaultValue: false
    }),
    _ts_metadata("design:type", Boolean)
], MyNotificationsArgs.prototype, "unreadOnly", void 0);
MyNotificationsArgs = _ts_decorate([
    (0, _typegraphql.ArgsType)()
], MyNotificationsArgs);
let NotificationResolver = class NotificationResolver {
    myNotifications(args, ctx) {
        return (0, _notificationservice.myNotifications)(ctx, args);
    }
    myUnreadNotificationCount(ctx) {
        return (0, _notificationservice.unreadCount)(ctx);
    }
    markNotificationsRead(ids, all, ctx) {
        return (0, _notificationservice.markRead)(ctx, ids, all);
    }
};
_ts_decorate([
    (0, _typegraphql.Query)(()=>NotificationConnection, {
        description: "The caller's notifications, newest first."
    }),
    _ts_param(0, (0, _typegraphql.Args)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof MyNotificationsArgs === "undefined" ? Object : MyNotificationsArgs,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], NotificationResolver.prototype, "myNotifications", null);
_ts_decorate([
    (0, _typegraphql.Query)(()=>_typegraphql.Int),
    _ts_param(0, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], NotificationResolver.prototype, "myUnreadNotificationCount", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_typegraphql.Int, {
        description: "Marks the caller's own notifications read (the ids, or all); returns how many changed."
    }),
    _ts_param(0, (0, _typegraphql.Arg)('ids', ()=>[
            _typegraphql.ID
        ], {
        nullable: true
    })),
    _ts_param(1, (0, _typegraphql.Arg)('all', {
        defaultValue: false
    })),
    _ts_param(2, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        Object,
        Boolean,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], NotificationResolver.prototype, "markNotificationsRead", null);
NotificationResolver = _ts_decorate([
    (0, _typegraphql.Resolver)(()=>_notificationentity.Notification)
], NotificationResolver);
