"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "catalogueResolvers", {
    enumerable: true,
    get: function() {
        return catalogueResolvers;
    }
});
const _brandresolver = require("../brands/brand.resolver");
const _categoryresolver = require("../categories/category.resolver");
const _locationresolver = require("../locations/location.resolver");
const _modelresolver = require("../models/model.resolver");
const _assetresolver = require("./asset.resolver");
const catalogueResolvers = [
    _categoryresolver.CategoryResolver,
    _locationresolver.LocationResolver,
    _locationresolver.CategoryCountResolver,
    _brandresolver.BrandResolver,
    _modelresolver.ModelResolver,
    _assetresolver.AssetResolver
];
