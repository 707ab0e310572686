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
    get PRIORITY_RANK () {
        return PRIORITY_RANK;
    },
    get Priority () {
        return Priority;
    },
    get WorkOrderStatus () {
        return WorkOrderStatus;
    },
    get WorkOrderType () {
        return WorkOrderType;
    }
});
const _typegraphql = require("type-graphql");
var WorkOrderType = /*#__PURE__*/ function(WorkOrderType) {
    WorkOrderType["PREVENTIVE"] = "PREVENTIVE";
    WorkOrderType["CORRECTIVE"] = "CORRECTIVE";
    WorkOrderType["UNSCHEDULED"] = "UNSCHEDULED";
    return WorkOrderType;
}({});
(0, _typegraphql.registerEnumType)(WorkOrderType, {
    name: 'WorkOrderType',
    description: 'Old codes: PREVENTIVA, CORRECTIVA, NO_PROGRAMADA.'
});
var Priority = /*#__PURE__*/ function(Priority) {
    Priority["LOW"] = "LOW";
    Priority["MEDIUM"] = "MEDIUM";
    Priority["HIGH"] = "HIGH";
    Priority["CRITICAL"] = "CRITICAL";
    return Priority;
}({});
(0, _typegraphql.registerEnumType)(Priority, {
    name: 'Priority',
    description: 'Ranked by severity: LOW < MEDIUM < HIGH < CRITICAL.'
});
const PRIORITY_RANK = {
    LOW: 1,
    MEDIUM: 2,
    HIGH: 3,
    CRITICAL: 4
};
var WorkOrderStatus = /*#__PURE__*/ function(WorkOrderStatus) {
    WorkOrderStatus["PENDING"] = "PENDING";
    WorkOrderStatus["SCHEDULED"] = "SCHEDULED";
    WorkOrderStatus["IN_PROGRESS"] = "IN_PROGRESS";
    WorkOrderStatus["COMPLETED"] = "COMPLETED";
    WorkOrderStatus["CANCELLED"] = "CANCELLED";
    return WorkOrderStatus;
}({});
(0, _typegraphql.registerEnumType)(WorkOrderStatus, {
    name: 'WorkOrderStatus',
    description: 'Old codes: ESPERA, PROGRAMADA, EJECUCION, REALIZADA, CANCELADA.'
});
