"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "WorkOrderCodeCounter", {
    enumerable: true,
    get: function() {
        return WorkOrderCodeCounter;
    }
});
const _core = require("@mikro-orm/core");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for(var i = decorators.length - 1; i >= 0; i--)if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
}
let WorkOrderCodeCounter = class WorkOrderCodeCounter {
};
_ts_decorate([
    (0, _core.PrimaryKey)({
        autoincrement: false
    }),
    _ts_metadata("design:type", Number)
], WorkOrderCodeCounter.prototype, "year", void 0);
_ts_decorate([
    (0, _core.Property)(),
    _ts_metadata("design:type", Number)
], WorkOrderCodeCounter.prototype, "lastValue", void 0);
WorkOrderCodeCounter = _ts_decorate([
    (0, _core.Entity)({
        tableName: 'mantenimiento_contadorotnp'
    })
], WorkOrderCodeCounter);
