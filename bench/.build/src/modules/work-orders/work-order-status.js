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
    get FINAL_STATUSES () {
        return FINAL_STATUSES;
    },
    get OPEN_STATUSES () {
        return OPEN_STATUSES;
    },
    get REOPEN_PERMISSION () {
        return REOPEN_PERMISSION;
    },
    get TRANSITIONS () {
        return TRANSITIONS;
    },
    get assertTransition () {
        return assertTransition;
    },
    get isFinal () {
        return isFinal;
    },
    get transitionProblem () {
        return transitionProblem;
    }
});
const _authuser = require("../auth/auth-user");
const _errors = require("../../errors");
const _workorderenums = require("./work-order.enums");
const REOPEN_PERMISSION = 'mantenimiento.reopen_ordentrabajo';
const TRANSITIONS = {
    [_workorderenums.WorkOrderStatus.PENDING]: [
        _workorderenums.WorkOrderStatus.SCHEDULED,
        _workorderenums.WorkOrderStatus.CANCELLED
    ],
    [_workorderenums.WorkOrderStatus.SCHEDULED]: [
        _workorderenums.WorkOrderStatus.IN_PROGRESS,
        _workorderenums.WorkOrderStatus.CANCELLED
    ],
    [_workorderenums.WorkOrderStatus.IN_PROGRESS]: [
        _workorderenums.WorkOrderStatus.COMPLETED,
        _workorderenums.WorkOrderStatus.CANCELLED
    ],
    [_workorderenums.WorkOrderStatus.COMPLETED]: [
        _workorderenums.WorkOrderStatus.IN_PROGRESS
    ],
    [_workorderenums.WorkOrderStatus.CANCELLED]: []
};
const FINAL_STATUSES = [
    _workorderenums.WorkOrderStatus.COMPLETED,
    _workorderenums.WorkOrderStatus.CANCELLED
];
const OPEN_STATUSES = [
    _workorderenums.WorkOrderStatus.PENDING,
    _workorderenums.WorkOrderStatus.SCHEDULED,
    _workorderenums.WorkOrderStatus.IN_PROGRESS
];
function isFinal(status) {
    return FINAL_STATUSES.includes(status);
}
function transitionProblem(from, to, facts) {
    const base = `Cannot change status from ${from} to ${to}`;
    if (from === to) return `${base}: the order is already ${to}.`;
    if (!TRANSITIONS[from].includes(to)) return `${base}.`;
    if (to === _workorderenums.WorkOrderStatus.COMPLETED && facts.via !== 'close') return `${base}: completing an order needs a closure (closeWorkOrder).`;
    if (to !== _workorderenums.WorkOrderStatus.COMPLETED && facts.via === 'close') return `${base}.`;
    if (from === _workorderenums.WorkOrderStatus.PENDING && to === _workorderenums.WorkOrderStatus.SCHEDULED && !facts.hasTechnician && !facts.hasScheduledStart) {
        return `${base}: assign a technician or a scheduled start first.`;
    }
    return null;
}
function assertTransition(from, to, facts) {
    const problem = transitionProblem(from, to, facts);
    if (problem) {
        throw new _errors.BadUserInputError({
            field: 'status',
            rule: 'transition',
            message: problem
        });
    }
    if (from === _workorderenums.WorkOrderStatus.COMPLETED && to === _workorderenums.WorkOrderStatus.IN_PROGRESS && !(0, _authuser.hasPerm)(facts.user, REOPEN_PERMISSION)) {
        throw new _errors.ForbiddenError(REOPEN_PERMISSION);
    }
}
