"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "resolvers", {
    enumerable: true,
    get: function() {
        return resolvers;
    }
});
const _catalogueresolvers = require("./modules/assets/catalogue.resolvers");
const _auditresolver = require("./modules/audit/audit.resolver");
const _authresolver = require("./modules/auth/auth.resolver");
const _floorplanresolvers = require("./modules/floor-plans/floor-plan.resolvers");
const _userfieldsresolver = require("./modules/auth/user-fields.resolver");
const _liveresolver = require("./modules/live/live.resolver");
const _maintenanceresolvers = require("./modules/work-orders/maintenance.resolvers");
const _groupresolver = require("./modules/users/group.resolver");
const _userresolver = require("./modules/users/user.resolver");
const resolvers = [
    _authresolver.AuthResolver,
    _userfieldsresolver.UserFieldsResolver,
    _userfieldsresolver.GroupFieldsResolver,
    _userresolver.UserAdminResolver,
    _groupresolver.GroupAdminResolver,
    ..._catalogueresolvers.catalogueResolvers,
    ..._floorplanresolvers.floorPlanResolvers,
    _liveresolver.LiveResolver,
    ..._maintenanceresolvers.maintenanceResolvers,
    _auditresolver.AuditResolver
];
