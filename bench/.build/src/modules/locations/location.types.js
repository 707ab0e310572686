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
    get CategoryCount () {
        return CategoryCount;
    },
    get LocationStats () {
        return LocationStats;
    }
});
const _typegraphql = require("type-graphql");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for(var i = decorators.length - 1; i >= 0; i--)if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
}
let CategoryCount = class CategoryCount {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int),
    _ts_metadata("design:type", Number)
], CategoryCount.prototype, "total", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        description: 'Assets in state OPERATIONAL.'
    }),
    _ts_metadata("design:type", Number)
], CategoryCount.prototype, "operational", void 0);
CategoryCount = _ts_decorate([
    (0, _typegraphql.ObjectType)({
        description: 'Assets of one category within a location subtree.'
    })
], CategoryCount);
let LocationStats = class LocationStats {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int),
    _ts_metadata("design:type", Number)
], LocationStats.prototype, "total", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        description: 'Assets in state OPERATIONAL.'
    }),
    _ts_metadata("design:type", Number)
], LocationStats.prototype, "operational", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            CategoryCount
        ], {
        description: 'By category name.'
    }),
    _ts_metadata("design:type", Array)
], LocationStats.prototype, "byCategory", void 0);
LocationStats = _ts_decorate([
    (0, _typegraphql.ObjectType)({
        description: 'Asset counts over a location and everything below it.'
    })
], LocationStats);
