"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "WorkOrderResolver", {
    enumerable: true,
    get: function() {
        return WorkOrderResolver;
    }
});
const _typegraphql = require("type-graphql");
const _errors = require("../../errors");
const _ids = require("../../graphql/ids");
const _workorderbulkservice = require("./work-order-bulk.service");
const _workorderentity = require("./work-order.entity");
const _workorderenums = require("./work-order.enums");
const _workorderinputs = require("./work-order.inputs");
const _workorderrows = require("./work-order.rows");
const _workordersearch = require("./work-order.search");
const _workorderservice = require("./work-order.service");
const _workordertypes = require("./work-order.types");
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
let WorkOrderResolver = class WorkOrderResolver {
    workOrders(args, ctx) {
        return (0, _workordersearch.searchWorkOrders)(ctx, args);
    }
    async workOrder(id, ctx) {
        const order = await (0, _workorderrows.workOrderById)(ctx).load((0, _ids.parseId)(id));
        if (!order) throw new _errors.NotFoundError('WorkOrder', id);
        return order;
    }
    createWorkOrder(input, ctx) {
        return (0, _workorderservice.createWorkOrder)(ctx, input);
    }
    updateWorkOrder(id, version, input, ctx) {
        return (0, _workorderservice.updateWorkOrder)(ctx, id, version, input);
    }
    changeWorkOrderStatus(id, status, version, reason, ctx) {
        return (0, _workorderservice.changeWorkOrderStatus)(ctx, id, status, version, reason);
    }
    closeWorkOrder(id, version, closure, checklist, ctx) {
        return (0, _workorderservice.closeWorkOrder)(ctx, id, version, closure, checklist);
    }
    rescheduleWorkOrders(ids, date, reason, timeZone, ctx) {
        return (0, _workorderbulkservice.rescheduleWorkOrders)(ctx, ids, date, reason, timeZone);
    }
    splitWorkOrder(id, assetId, version, ctx) {
        return (0, _workorderbulkservice.splitWorkOrder)(ctx, id, assetId, version);
    }
    mergeWorkOrders(ids, ctx) {
        return (0, _workorderbulkservice.mergeWorkOrders)(ctx, ids);
    }
    deleteWorkOrders(ids, ctx) {
        return (0, _workorderbulkservice.deleteWorkOrders)(ctx, ids);
    }
};
_ts_decorate([
    (0, _typegraphql.Query)(()=>_workordertypes.WorkOrderConnection, {
        description: 'Work orders, filtered; keyset pages ordered by scheduled start or by priority.'
    }),
    _ts_param(0, (0, _typegraphql.Args)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _workorderinputs.WorkOrdersArgs === "undefined" ? Object : _workorderinputs.WorkOrdersArgs,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], WorkOrderResolver.prototype, "workOrders", null);
_ts_decorate([
    (0, _typegraphql.Query)(()=>_workorderentity.WorkOrder),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", Promise)
], WorkOrderResolver.prototype, "workOrder", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_workorderentity.WorkOrder, {
        description: 'Code from the database; SCHEDULED when a technician or a start is given, else PENDING.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('input')),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _workorderinputs.CreateWorkOrderInput === "undefined" ? Object : _workorderinputs.CreateWorkOrderInput,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], WorkOrderResolver.prototype, "createWorkOrder", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_workorderentity.WorkOrder, {
        description: 'Changes fields, crew and assets of a non-final order; `version` must be the current one.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Arg)('version', ()=>_typegraphql.Int)),
    _ts_param(2, (0, _typegraphql.Arg)('input')),
    _ts_param(3, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        Number,
        typeof _workorderinputs.UpdateWorkOrderInput === "undefined" ? Object : _workorderinputs.UpdateWorkOrderInput,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], WorkOrderResolver.prototype, "updateWorkOrder", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_workorderentity.WorkOrder, {
        description: 'Moves an order through the status machine. COMPLETED needs closeWorkOrder; COMPLETED -> IN_PROGRESS needs mantenimiento.reopen_ordentrabajo.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Arg)('status', ()=>_workorderenums.WorkOrderStatus)),
    _ts_param(2, (0, _typegraphql.Arg)('version', ()=>_typegraphql.Int)),
    _ts_param(3, (0, _typegraphql.Arg)('reason', ()=>String, {
        nullable: true
    })),
    _ts_param(4, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof _workorderenums.WorkOrderStatus === "undefined" ? Object : _workorderenums.WorkOrderStatus,
        Number,
        Object,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], WorkOrderResolver.prototype, "changeWorkOrderStatus", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_workorderentity.WorkOrder, {
        description: 'Completes an IN_PROGRESS order with its closure and checklist answers.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Arg)('version', ()=>_typegraphql.Int)),
    _ts_param(2, (0, _typegraphql.Arg)('closure', ()=>_workorderinputs.ClosureInput)),
    _ts_param(3, (0, _typegraphql.Arg)('checklist', ()=>[
            _workorderinputs.ChecklistAnswerInput
        ], {
        defaultValue: []
    })),
    _ts_param(4, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        Number,
        typeof _workorderinputs.ClosureInput === "undefined" ? Object : _workorderinputs.ClosureInput,
        Array,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], WorkOrderResolver.prototype, "closeWorkOrder", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_workordertypes.RescheduleResult, {
        description: 'Moves orders to `date` keeping time of day (in `timeZone`) and duration, in one transaction; reports what did not move and why.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('ids', ()=>[
            _typegraphql.ID
        ])),
    _ts_param(1, (0, _typegraphql.Arg)('date', {
        description: 'YYYY-MM-DD'
    })),
    _ts_param(2, (0, _typegraphql.Arg)('reason')),
    _ts_param(3, (0, _typegraphql.Arg)('timeZone', {
        defaultValue: 'UTC',
        description: 'IANA zone whose wall-clock time of day is kept.'
    })),
    _ts_param(4, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        Array,
        String,
        String,
        String,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], WorkOrderResolver.prototype, "rescheduleWorkOrders", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_workordertypes.SplitWorkOrderResult, {
        description: 'Moves one of the order\'s assets (it needs two or more) into a new order.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Arg)('assetId', ()=>_typegraphql.ID)),
    _ts_param(2, (0, _typegraphql.Arg)('version', ()=>_typegraphql.Int)),
    _ts_param(3, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        String,
        Number,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], WorkOrderResolver.prototype, "splitWorkOrder", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_workorderentity.WorkOrder, {
        description: 'Merges into the first id: same routine and location, none final. The others become CANCELLED "merged into <code>" and are kept.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('ids', ()=>[
            _typegraphql.ID
        ])),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        Array,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], WorkOrderResolver.prototype, "mergeWorkOrders", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_workordertypes.DeleteWorkOrdersResult, {
        description: 'Deletes PENDING and SCHEDULED orders; reports the others with the reason.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('ids', ()=>[
            _typegraphql.ID
        ])),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        Array,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], WorkOrderResolver.prototype, "deleteWorkOrders", null);
WorkOrderResolver = _ts_decorate([
    (0, _typegraphql.Resolver)(()=>_workorderentity.WorkOrder)
], WorkOrderResolver);
