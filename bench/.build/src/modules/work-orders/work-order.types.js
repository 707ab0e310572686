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
    get DeleteWorkOrdersResult () {
        return DeleteWorkOrdersResult;
    },
    get RescheduleResult () {
        return RescheduleResult;
    },
    get SplitWorkOrderResult () {
        return SplitWorkOrderResult;
    },
    get WorkOrderConnection () {
        return WorkOrderConnection;
    },
    get WorkOrderRefusal () {
        return WorkOrderRefusal;
    }
});
const _typegraphql = require("type-graphql");
const _pagination = require("../../graphql/pagination");
const _workorderenums = require("./work-order.enums");
const _workorderentity = require("./work-order.entity");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for(var i = decorators.length - 1; i >= 0; i--)if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
}
const WorkOrderConnection = (0, _pagination.Connection)(_workorderentity.WorkOrder, 'WorkOrder');
let WorkOrderRefusal = class WorkOrderRefusal {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", Number)
], WorkOrderRefusal.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'Null when the order does not exist.'
    }),
    _ts_metadata("design:type", Object)
], WorkOrderRefusal.prototype, "code", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_workorderenums.WorkOrderStatus, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], WorkOrderRefusal.prototype, "status", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    _ts_metadata("design:type", String)
], WorkOrderRefusal.prototype, "reason", void 0);
WorkOrderRefusal = _ts_decorate([
    (0, _typegraphql.ObjectType)({
        description: 'An order a bulk operation left alone, and why.'
    })
], WorkOrderRefusal);
let RescheduleResult = class RescheduleResult {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            _workorderentity.WorkOrder
        ]),
    _ts_metadata("design:type", Array)
], RescheduleResult.prototype, "moved", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            WorkOrderRefusal
        ]),
    _ts_metadata("design:type", Array)
], RescheduleResult.prototype, "notMoved", void 0);
RescheduleResult = _ts_decorate([
    (0, _typegraphql.ObjectType)()
], RescheduleResult);
let DeleteWorkOrdersResult = class DeleteWorkOrdersResult {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            _typegraphql.ID
        ]),
    _ts_metadata("design:type", Array)
], DeleteWorkOrdersResult.prototype, "deletedIds", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            WorkOrderRefusal
        ]),
    _ts_metadata("design:type", Array)
], DeleteWorkOrdersResult.prototype, "notDeleted", void 0);
DeleteWorkOrdersResult = _ts_decorate([
    (0, _typegraphql.ObjectType)()
], DeleteWorkOrdersResult);
let SplitWorkOrderResult = class SplitWorkOrderResult {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_workorderentity.WorkOrder, {
        description: 'The order the asset left.'
    }),
    _ts_metadata("design:type", typeof _workorderentity.WorkOrder === "undefined" ? Object : _workorderentity.WorkOrder)
], SplitWorkOrderResult.prototype, "original", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_workorderentity.WorkOrder, {
        description: 'The new order holding the asset.'
    }),
    _ts_metadata("design:type", typeof _workorderentity.WorkOrder === "undefined" ? Object : _workorderentity.WorkOrder)
], SplitWorkOrderResult.prototype, "created", void 0);
SplitWorkOrderResult = _ts_decorate([
    (0, _typegraphql.ObjectType)()
], SplitWorkOrderResult);
