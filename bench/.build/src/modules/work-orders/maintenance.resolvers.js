"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "maintenanceResolvers", {
    enumerable: true,
    get: function() {
        return maintenanceResolvers;
    }
});
const _noticeresolver = require("../notices/notice.resolver");
const _notificationresolver = require("../notifications/notification.resolver");
const _routinefieldsresolver = require("../routines/routine-fields.resolver");
const _assetmaintenancefieldsresolver = require("./asset-maintenance-fields.resolver");
const _workorderfieldsresolver = require("./work-order-fields.resolver");
const _workorderresolver = require("./work-order.resolver");
const maintenanceResolvers = [
    _workorderresolver.WorkOrderResolver,
    _workorderfieldsresolver.WorkOrderFieldsResolver,
    _workorderfieldsresolver.WorkOrderStatusChangeFieldsResolver,
    _workorderfieldsresolver.WorkOrderClosureFieldsResolver,
    _noticeresolver.NoticeResolver,
    _noticeresolver.NoticeFieldsResolver,
    _notificationresolver.NotificationResolver,
    _routinefieldsresolver.RoutineFieldsResolver,
    _assetmaintenancefieldsresolver.AssetMaintenanceFieldsResolver
];
