"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "floorPlanResolvers", {
    enumerable: true,
    get: function() {
        return floorPlanResolvers;
    }
});
const _floorplanfields = require("./floor-plan.fields");
const _floorplanresolver = require("./floor-plan.resolver");
const floorPlanResolvers = [
    _floorplanresolver.FloorPlanResolver,
    _floorplanfields.FloorPlanFieldsResolver,
    _floorplanfields.ViewerFieldsResolver,
    _floorplanfields.PinFieldsResolver,
    _floorplanfields.AssetPinsResolver,
    _floorplanfields.LocationFloorPlansResolver
];
