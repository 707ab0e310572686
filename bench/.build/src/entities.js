"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "entities", {
    enumerable: true,
    get: function() {
        return entities;
    }
});
const _groupentity = require("./modules/auth/group.entity");
const _permissionentity = require("./modules/auth/permission.entity");
const _userentity = require("./modules/auth/user.entity");
const _assetentity = require("./modules/assets/asset.entity");
const _brandentity = require("./modules/brands/brand.entity");
const _categoryentity = require("./modules/categories/category.entity");
const _locationentity = require("./modules/locations/location.entity");
const _modelentity = require("./modules/models/model.entity");
const _floorplanentity = require("./modules/floor-plans/floor-plan.entity");
const _pinentity = require("./modules/floor-plans/pin.entity");
const _viewerentity = require("./modules/floor-plans/viewer.entity");
const _maintenanceentities = require("./modules/work-orders/maintenance-entities");
const _preventiveentities = require("./modules/schedules/preventive-entities");
const entities = [
    _permissionentity.Permission,
    _groupentity.Group,
    _userentity.User,
    _categoryentity.Category,
    _locationentity.Location,
    _brandentity.Brand,
    _modelentity.Model,
    _assetentity.Asset,
    _floorplanentity.FloorPlan,
    _viewerentity.Viewer,
    _pinentity.Pin,
    ..._maintenanceentities.maintenanceEntities,
    ..._preventiveentities.preventiveEntities
];
