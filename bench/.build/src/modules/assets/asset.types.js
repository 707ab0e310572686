"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "AssetConnection", {
    enumerable: true,
    get: function() {
        return AssetConnection;
    }
});
const _pagination = require("../../graphql/pagination");
const _assetentity = require("./asset.entity");
const AssetConnection = (0, _pagination.Connection)(_assetentity.Asset, 'Asset');
