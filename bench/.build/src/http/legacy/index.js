"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "legacyRoutes", {
    enumerable: true,
    get: function() {
        return legacyRoutes;
    }
});
const _express = require("express");
const _assetsroutes = require("./assets.routes");
const _floorplanimageroutes = require("../../modules/floor-plans/floor-plan-image.routes");
const _pinsroutes = require("./pins.routes");
const _maintenanceroutes = require("./maintenance.routes");
function legacyRoutes(services) {
    const router = (0, _express.Router)();
    router.use((0, _assetsroutes.assetLegacyRoutes)(services));
    router.use((0, _pinsroutes.pinLegacyRoutes)(services));
    router.use((0, _floorplanimageroutes.floorPlanImageRoutes)(services));
    router.use((0, _maintenanceroutes.maintenanceRoutes)(services));
    return router;
}
