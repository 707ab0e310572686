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
    get NoticeConnection () {
        return NoticeConnection;
    },
    get NoticeFieldsResolver () {
        return NoticeFieldsResolver;
    },
    get NoticeResolver () {
        return NoticeResolver;
    }
});
const _typegraphql = require("type-graphql");
const _pagination = require("../../graphql/pagination");
const _assetentity = require("../assets/asset.entity");
const _assetloaders = require("../assets/asset.loaders");
const _userentity = require("../auth/user.entity");
const _locationentity = require("../locations/location.entity");
const _locationloaders = require("../locations/location.loaders");
const _workorderentity = require("../work-orders/work-order.entity");
const _workorderrows = require("../work-orders/work-order.rows");
const _noticeentity = require("./notice.entity");
const _noticeinputs = require("./notice.inputs");
const _noticerows = require("./notice.rows");
const _noticeservice = require("./notice.service");
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
const NoticeConnection = (0, _pagination.Connection)(_noticeentity.Notice, 'Notice');
let NoticeResolver = class NoticeResolver {
    notices(args, ctx) {
        return (0, _noticeservice.listNotices)(ctx, args);
    }
    notice(id, ctx) {
        return (0, _noticeservice.getNotice)(ctx, id);
    }
    createNotice(input, ctx) {
        return (0, _noticeservice.createNotice)(ctx, input);
    }
    updateNotice(id, input, ctx) {
        return (0, _noticeservice.updateNotice)(ctx, id, input);
    }
    createWorkOrderFromNotice(id, input, ctx) {
        return (0, _noticeservice.createWorkOrderFromNotice)(ctx, id, input);
    }
};
_ts_decorate([
    (0, _typegraphql.Query)(()=>NoticeConnection, {
        description: 'Newest first. Staff with mantenimiento.view_aviso see all; others their own.'
    }),
    _ts_param(0, (0, _typegraphql.Args)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _noticeinputs.NoticesArgs === "undefined" ? Object : _noticeinputs.NoticesArgs,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], NoticeResolver.prototype, "notices", null);
_ts_decorate([
    (0, _typegraphql.Query)(()=>_noticeentity.Notice, {
        description: "Someone else's notice is NOT_FOUND unless the caller sees all notices."
    }),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], NoticeResolver.prototype, "notice", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_noticeentity.Notice, {
        description: 'Files a maintenance request; open to every logged-in user.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('input')),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _noticeinputs.CreateNoticeInput === "undefined" ? Object : _noticeinputs.CreateNoticeInput,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], NoticeResolver.prototype, "createNotice", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_noticeentity.Notice),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Arg)('input')),
    _ts_param(2, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof _noticeinputs.UpdateNoticeInput === "undefined" ? Object : _noticeinputs.UpdateNoticeInput,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], NoticeResolver.prototype, "updateNotice", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_workorderentity.WorkOrder, {
        description: 'The corrective order of an OPEN notice (at most one); the notice goes IN_PROCESS.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Arg)('input', ()=>_noticeinputs.WorkOrderFromNoticeInput, {
        defaultValue: {}
    })),
    _ts_param(2, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof _noticeinputs.WorkOrderFromNoticeInput === "undefined" ? Object : _noticeinputs.WorkOrderFromNoticeInput,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], NoticeResolver.prototype, "createWorkOrderFromNotice", null);
NoticeResolver = _ts_decorate([
    (0, _typegraphql.Resolver)(()=>_noticeentity.Notice)
], NoticeResolver);
const user = (ctx, id)=>id ? (0, _assetloaders.userById)(ctx).load(id) : Promise.resolve(null);
let NoticeFieldsResolver = class NoticeFieldsResolver {
    asset(n, ctx) {
        return n.assetId ? (0, _assetloaders.assetById)(ctx).load(n.assetId) : Promise.resolve(null);
    }
    async location(n, ctx) {
        return await (0, _locationloaders.locationById)(ctx).load(n.locationId);
    }
    async requester(n, ctx) {
        return await user(ctx, n.requesterId);
    }
    responsible(n, ctx) {
        return user(ctx, n.responsibleId);
    }
    closedBy(n, ctx) {
        return user(ctx, n.closedById);
    }
    async workOrder(n, ctx) {
        const id = await (0, _noticerows.noticeWorkOrderId)(ctx).load(n.id);
        return id ? (0, _workorderrows.workOrderById)(ctx).load(id) : null;
    }
};
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_assetentity.Asset, {
        nullable: true
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _noticeentity.Notice === "undefined" ? Object : _noticeentity.Notice,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], NoticeFieldsResolver.prototype, "asset", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_locationentity.Location),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _noticeentity.Notice === "undefined" ? Object : _noticeentity.Notice,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", Promise)
], NoticeFieldsResolver.prototype, "location", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_userentity.User),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _noticeentity.Notice === "undefined" ? Object : _noticeentity.Notice,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", Promise)
], NoticeFieldsResolver.prototype, "requester", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_userentity.User, {
        nullable: true
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _noticeentity.Notice === "undefined" ? Object : _noticeentity.Notice,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], NoticeFieldsResolver.prototype, "responsible", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_userentity.User, {
        nullable: true
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _noticeentity.Notice === "undefined" ? Object : _noticeentity.Notice,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], NoticeFieldsResolver.prototype, "closedBy", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_workorderentity.WorkOrder, {
        nullable: true,
        description: 'The live (not cancelled) order made from the notice.'
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _noticeentity.Notice === "undefined" ? Object : _noticeentity.Notice,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", Promise)
], NoticeFieldsResolver.prototype, "workOrder", null);
NoticeFieldsResolver = _ts_decorate([
    (0, _typegraphql.Resolver)(()=>_noticeentity.Notice)
], NoticeFieldsResolver);
