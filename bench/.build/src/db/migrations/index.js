"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "migrationsList", {
    enumerable: true,
    get: function() {
        return migrationsList;
    }
});
const _Migration20261128000100_auth = require("./Migration20261128000100_auth");
const _Migration20261128000200_catalogue = require("./Migration20261128000200_catalogue");
const _Migration20261128000210_asset_search = require("./Migration20261128000210_asset_search");
const _Migration20261128000300_floor_plans = require("./Migration20261128000300_floor_plans");
const _Migration20261128000400_maintenance = require("./Migration20261128000400_maintenance");
const _Migration20261128000500_preventive = require("./Migration20261128000500_preventive");
const _Migration20261128000600_audit = require("./Migration20261128000600_audit");
const migrationsList = [
    {
        name: 'Migration20261128000100_auth',
        class: _Migration20261128000100_auth.Migration20261128000100_auth
    },
    {
        name: 'Migration20261128000200_catalogue',
        class: _Migration20261128000200_catalogue.Migration20261128000200_catalogue
    },
    {
        name: 'Migration20261128000210_asset_search',
        class: _Migration20261128000210_asset_search.Migration20261128000210_asset_search
    },
    {
        name: 'Migration20261128000300_floor_plans',
        class: _Migration20261128000300_floor_plans.Migration20261128000300_floor_plans
    },
    {
        name: 'Migration20261128000400_maintenance',
        class: _Migration20261128000400_maintenance.Migration20261128000400_maintenance
    },
    {
        name: 'Migration20261128000500_preventive',
        class: _Migration20261128000500_preventive.Migration20261128000500_preventive
    },
    {
        name: 'Migration20261128000600_audit',
        class: _Migration20261128000600_audit.Migration20261128000600_audit
    }
];
