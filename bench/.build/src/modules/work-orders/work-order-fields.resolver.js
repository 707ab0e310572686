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
    get WorkOrderClosureFieldsResolver () {
        return WorkOrderClosureFieldsResolver;
    },
    get WorkOrderFieldsResolver () {
        return WorkOrderFieldsResolver;
    },
    get WorkOrderStatusChangeFieldsResolver () {
        return WorkOrderStatusChangeFieldsResolver;
    }
});
const _typegraphql = require("type-graphql");
const _assetentity = require("../assets/asset.entity");
const _assetloaders = require("../assets/asset.loaders");
const _userentity = require("../auth/user.entity");
const _locationentity = require("../locations/location.entity");
const _locationloaders = require("../locations/location.loaders");
const _noticeentity = require("../notices/notice.entity");
const _noticerows = require("../notices/notice.rows");
const _routineentity = require("../routines/routine.entity");
const _routineloaders = require("../routines/routine.loaders");
const _routinestepentity = require("../routines/routine-step.entity");
const _checklistanswerentity = require("./checklist-answer.entity");
const _workorderclosureentity = require("./work-order-closure.entity");
const _workorderentity = require("./work-order.entity");
const _workorderloaders = require("./work-order.loaders");
const _statuschangeentity = require("./status-change.entity");
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
const user = (ctx, id)=>id ? (0, _assetloaders.userById)(ctx).load(id) : Promise.resolve(null);
let WorkOrderFieldsResolver = class WorkOrderFieldsResolver {
    async location(wo, ctx) {
        return await (0, _locationloaders.locationById)(ctx).load(wo.locationId);
    }
    async locationPath(wo, ctx) {
        return (await (0, _locationloaders.locationPath)(ctx).load(wo.locationId)).map((l)=>l.name).join(' / ');
    }
    assets(wo, ctx) {
        return (0, _workorderloaders.workOrderAssets)(ctx).load(wo.id);
    }
    technician(wo, ctx) {
        return user(ctx, wo.technicianId);
    }
    supervisor(wo, ctx) {
        return user(ctx, wo.supervisorId);
    }
    createdBy(wo, ctx) {
        return user(ctx, wo.createdById);
    }
    crew(wo, ctx) {
        return (0, _workorderloaders.workOrderCrew)(ctx).load(wo.id);
    }
    async routine(wo, ctx) {
        return wo.routineId ? (0, _routineloaders.routineById)(ctx).load(wo.routineId) : null;
    }
    async steps(wo, ctx) {
        return wo.routineId ? (0, _routineloaders.routineSteps)(ctx).load(wo.routineId) : [];
    }
    checklist(wo, ctx) {
        return (0, _workorderloaders.workOrderChecklist)(ctx).load(wo.id);
    }
    closure(wo, ctx) {
        return (0, _workorderloaders.workOrderClosure)(ctx).load(wo.id);
    }
    history(wo, ctx) {
        return (0, _workorderloaders.workOrderHistory)(ctx).load(wo.id);
    }
    async notice(wo, ctx) {
        return wo.noticeId ? (0, _noticerows.noticeById)(ctx).load(wo.noticeId) : null;
    }
};
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_locationentity.Location),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _workorderentity.WorkOrder === "undefined" ? Object : _workorderentity.WorkOrder,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", Promise)
], WorkOrderFieldsResolver.prototype, "location", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>String, {
        description: 'Location names from the root, joined with " / ".'
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _workorderentity.WorkOrder === "undefined" ? Object : _workorderentity.WorkOrder,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", Promise)
], WorkOrderFieldsResolver.prototype, "locationPath", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>[
            _assetentity.Asset
        ]),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _workorderentity.WorkOrder === "undefined" ? Object : _workorderentity.WorkOrder,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], WorkOrderFieldsResolver.prototype, "assets", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_userentity.User, {
        nullable: true
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _workorderentity.WorkOrder === "undefined" ? Object : _workorderentity.WorkOrder,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], WorkOrderFieldsResolver.prototype, "technician", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_userentity.User, {
        nullable: true
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _workorderentity.WorkOrder === "undefined" ? Object : _workorderentity.WorkOrder,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], WorkOrderFieldsResolver.prototype, "supervisor", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_userentity.User, {
        nullable: true
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _workorderentity.WorkOrder === "undefined" ? Object : _workorderentity.WorkOrder,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], WorkOrderFieldsResolver.prototype, "createdBy", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>[
            _userentity.User
        ]),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _workorderentity.WorkOrder === "undefined" ? Object : _workorderentity.WorkOrder,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], WorkOrderFieldsResolver.prototype, "crew", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_routineentity.Routine, {
        nullable: true
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _workorderentity.WorkOrder === "undefined" ? Object : _workorderentity.WorkOrder,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", Promise)
], WorkOrderFieldsResolver.prototype, "routine", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>[
            _routinestepentity.RoutineStep
        ], {
        description: "The routine's steps, in order (empty without a routine)."
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _workorderentity.WorkOrder === "undefined" ? Object : _workorderentity.WorkOrder,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", Promise)
], WorkOrderFieldsResolver.prototype, "steps", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>[
            _checklistanswerentity.ChecklistAnswer
        ]),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _workorderentity.WorkOrder === "undefined" ? Object : _workorderentity.WorkOrder,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], WorkOrderFieldsResolver.prototype, "checklist", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_workorderclosureentity.WorkOrderClosure, {
        nullable: true
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _workorderentity.WorkOrder === "undefined" ? Object : _workorderentity.WorkOrder,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], WorkOrderFieldsResolver.prototype, "closure", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>[
            _statuschangeentity.WorkOrderStatusChange
        ], {
        description: 'Status changes, oldest first.'
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _workorderentity.WorkOrder === "undefined" ? Object : _workorderentity.WorkOrder,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], WorkOrderFieldsResolver.prototype, "history", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_noticeentity.Notice, {
        nullable: true
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _workorderentity.WorkOrder === "undefined" ? Object : _workorderentity.WorkOrder,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", Promise)
], WorkOrderFieldsResolver.prototype, "notice", null);
WorkOrderFieldsResolver = _ts_decorate([
    (0, _typegraphql.Resolver)(()=>_workorderentity.WorkOrder)
], WorkOrderFieldsResolver);
let WorkOrderStatusChangeFieldsResolver = class WorkOrderStatusChangeFieldsResolver {
    user(change, ctx) {
        return user(ctx, change.userId);
    }
};
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_userentity.User, {
        nullable: true
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _statuschangeentity.WorkOrderStatusChange === "undefined" ? Object : _statuschangeentity.WorkOrderStatusChange,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], WorkOrderStatusChangeFieldsResolver.prototype, "user", null);
WorkOrderStatusChangeFieldsResolver = _ts_decorate([
    (0, _typegraphql.Resolver)(()=>_statuschangeentity.WorkOrderStatusChange)
], WorkOrderStatusChangeFieldsResolver);
let WorkOrderClosureFieldsResolver = class WorkOrderClosureFieldsResolver {
    closedBy(closure, ctx) {
        return user(ctx, closure.closedById);
    }
};
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_userentity.User, {
        nullable: true
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _workorderclosureentity.WorkOrderClosure === "undefined" ? Object : _workorderclosureentity.WorkOrderClosure,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], WorkOrderClosureFieldsResolver.prototype, "closedBy", null);
WorkOrderClosureFieldsResolver = _ts_decorate([
    (0, _typegraphql.Resolver)(()=>_workorderclosureentity.WorkOrderClosure)
], WorkOrderClosureFieldsResolver);
