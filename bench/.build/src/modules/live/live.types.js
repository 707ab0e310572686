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
    get PinChange () {
        return PinChange;
    },
    get PinChangeKind () {
        return PinChangeKind;
    },
    get WorkOrderChange () {
        return WorkOrderChange;
    },
    get WorkOrderChangeKind () {
        return WorkOrderChangeKind;
    }
});
const _typegraphql = require("type-graphql");
const _pinentity = require("../floor-plans/pin.entity");
const _workorderentity = require("../work-orders/work-order.entity");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for(var i = decorators.length - 1; i >= 0; i--)if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
}
var PinChangeKind = /*#__PURE__*/ function(PinChangeKind) {
    PinChangeKind["SAVED"] = "SAVED";
    PinChangeKind["DELETED"] = "DELETED";
    return PinChangeKind;
}({});
(0, _typegraphql.registerEnumType)(PinChangeKind, {
    name: 'PinChangeKind',
    description: 'SAVED: created, moved or edited. DELETED: removed.'
});
var WorkOrderChangeKind = /*#__PURE__*/ function(WorkOrderChangeKind) {
    WorkOrderChangeKind["CREATED"] = "CREATED";
    WorkOrderChangeKind["UPDATED"] = "UPDATED";
    WorkOrderChangeKind["STATUS_CHANGED"] = "STATUS_CHANGED";
    WorkOrderChangeKind["CLOSED"] = "CLOSED";
    return WorkOrderChangeKind;
}({});
(0, _typegraphql.registerEnumType)(WorkOrderChangeKind, {
    name: 'WorkOrderChangeKind'
});
let PinChange = class PinChange {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>PinChangeKind),
    _ts_metadata("design:type", String)
], PinChange.prototype, "kind", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", Number)
], PinChange.prototype, "viewerId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", Number)
], PinChange.prototype, "pinId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_pinentity.Pin, {
        nullable: true,
        description: 'The pin as it is now; null once deleted.'
    }),
    _ts_metadata("design:type", Object)
], PinChange.prototype, "pin", void 0);
PinChange = _ts_decorate([
    (0, _typegraphql.ObjectType)('PinChange', {
        description: 'A pin saved or deleted on a viewer.'
    })
], PinChange);
let WorkOrderChange = class WorkOrderChange {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>WorkOrderChangeKind),
    _ts_metadata("design:type", String)
], WorkOrderChange.prototype, "kind", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", Number)
], WorkOrderChange.prototype, "workOrderId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_workorderentity.WorkOrder, {
        nullable: true,
        description: 'The order as it is now; null if it no longer exists.'
    }),
    _ts_metadata("design:type", Object)
], WorkOrderChange.prototype, "workOrder", void 0);
WorkOrderChange = _ts_decorate([
    (0, _typegraphql.ObjectType)('WorkOrderChange', {
        description: 'A work order created or changed.'
    })
], WorkOrderChange);
