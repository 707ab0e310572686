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
    get LEGACY_STATUS () {
        return LEGACY_STATUS;
    },
    get LEGACY_TYPE () {
        return LEGACY_TYPE;
    },
    get legacyStatus () {
        return legacyStatus;
    },
    get legacyType () {
        return legacyType;
    },
    get parseLegacyStatus () {
        return parseLegacyStatus;
    },
    get parseLegacyType () {
        return parseLegacyType;
    }
});
const _workorderenums = require("./work-order.enums");
const LEGACY_STATUS = {
    ESPERA: _workorderenums.WorkOrderStatus.PENDING,
    PROGRAMADA: _workorderenums.WorkOrderStatus.SCHEDULED,
    EJECUCION: _workorderenums.WorkOrderStatus.IN_PROGRESS,
    REALIZADA: _workorderenums.WorkOrderStatus.COMPLETED,
    CANCELADA: _workorderenums.WorkOrderStatus.CANCELLED
};
const LEGACY_TYPE = {
    PREVENTIVA: _workorderenums.WorkOrderType.PREVENTIVE,
    CORRECTIVA: _workorderenums.WorkOrderType.CORRECTIVE,
    NO_PROGRAMADA: _workorderenums.WorkOrderType.UNSCHEDULED
};
const STATUS_TO_LEGACY = Object.fromEntries(Object.entries(LEGACY_STATUS).map(([k, v])=>[
        v,
        k
    ]));
const TYPE_TO_LEGACY = Object.fromEntries(Object.entries(LEGACY_TYPE).map(([k, v])=>[
        v,
        k
    ]));
const legacyStatus = (s)=>STATUS_TO_LEGACY[s];
const legacyType = (t)=>TYPE_TO_LEGACY[t];
function parseLegacyStatus(value) {
    const v = value.trim().toUpperCase();
    return LEGACY_STATUS[v] ?? Object.values(_workorderenums.WorkOrderStatus).find((s)=>s === v);
}
function parseLegacyType(value) {
    const v = value.trim().toUpperCase();
    return LEGACY_TYPE[v] ?? Object.values(_workorderenums.WorkOrderType).find((s)=>s === v);
}
