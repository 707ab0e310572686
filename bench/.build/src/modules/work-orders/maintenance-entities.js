"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "maintenanceEntities", {
    enumerable: true,
    get: function() {
        return maintenanceEntities;
    }
});
const _noticeentity = require("../notices/notice.entity");
const _notificationentity = require("../notifications/notification.entity");
const _frequencyentity = require("../routines/frequency.entity");
const _routineentity = require("../routines/routine.entity");
const _routinestepentity = require("../routines/routine-step.entity");
const _checklistanswerentity = require("./checklist-answer.entity");
const _downtimeentity = require("./downtime.entity");
const _workorderassetentity = require("./work-order-asset.entity");
const _workordercodecounterentity = require("./work-order-code-counter.entity");
const _workorderclosureentity = require("./work-order-closure.entity");
const _workorderentity = require("./work-order.entity");
const _statuschangeentity = require("./status-change.entity");
const maintenanceEntities = [
    _frequencyentity.Frequency,
    _routineentity.Routine,
    _routinestepentity.RoutineStep,
    _noticeentity.Notice,
    _workorderentity.WorkOrder,
    _workorderassetentity.WorkOrderAsset,
    _workordercodecounterentity.WorkOrderCodeCounter,
    _workorderclosureentity.WorkOrderClosure,
    _checklistanswerentity.ChecklistAnswer,
    _statuschangeentity.WorkOrderStatusChange,
    _downtimeentity.Downtime,
    _notificationentity.Notification
];
