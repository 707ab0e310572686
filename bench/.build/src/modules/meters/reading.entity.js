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
    get Reading () {
        return Reading;
    },
    get ReadingSource () {
        return ReadingSource;
    }
});
const _core = require("@mikro-orm/core");
const _typegraphql = require("type-graphql");
const _userentity = require("../auth/user.entity");
const _workorderentity = require("../work-orders/work-order.entity");
const _measurementpointentity = require("./measurement-point.entity");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for(var i = decorators.length - 1; i >= 0; i--)if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
}
var ReadingSource = /*#__PURE__*/ function(ReadingSource) {
    ReadingSource["MANUAL"] = "MANUAL";
    ReadingSource["WORK_ORDER"] = "WORK_ORDER";
    ReadingSource["BULK"] = "BULK";
    ReadingSource["WEBHOOK"] = "WEBHOOK";
    return ReadingSource;
}({});
(0, _typegraphql.registerEnumType)(ReadingSource, {
    name: 'ReadingSource'
});
let Reading = class Reading {
    constructor(){
        this.source = "MANUAL";
        this.reset = false;
        this.outOfTolerance = false;
        this.createdAt = new Date();
    }
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    (0, _core.PrimaryKey)(),
    _ts_metadata("design:type", Number)
], Reading.prototype, "id", void 0);
_ts_decorate([
    (0, _core.ManyToOne)(()=>_measurementpointentity.MeasurementPoint, {
        ref: true,
        deleteRule: 'restrict',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", typeof Ref === "undefined" ? Object : Ref)
], Reading.prototype, "point", void 0);
_ts_decorate([
    (0, _typegraphql.Field)({
        description: 'Decimal as a string.'
    }),
    (0, _core.Property)({
        type: 'decimal',
        precision: 18,
        scale: 4
    }),
    _ts_metadata("design:type", String)
], Reading.prototype, "value", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'datetime'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], Reading.prototype, "readAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>ReadingSource),
    (0, _core.Enum)({
        items: ()=>ReadingSource,
        default: "MANUAL"
    }),
    _ts_metadata("design:type", String)
], Reading.prototype, "source", void 0);
_ts_decorate([
    (0, _typegraphql.Field)({
        description: 'The counter was reset or replaced: it counts again from zero at this reading.'
    }),
    (0, _core.Property)({
        default: false
    }),
    _ts_metadata("design:type", Boolean)
], Reading.prototype, "reset", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        default: false
    }),
    _ts_metadata("design:type", Boolean)
], Reading.prototype, "outOfTolerance", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_userentity.User, {
        nullable: true,
        ref: true,
        deleteRule: 'set null',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", Object)
], Reading.prototype, "technician", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_workorderentity.WorkOrder, {
        nullable: true,
        ref: true,
        deleteRule: 'set null',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", Object)
], Reading.prototype, "workOrder", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'datetime',
        defaultRaw: 'now()'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], Reading.prototype, "createdAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", Number)
], Reading.prototype, "pointId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Reading.prototype, "technicianId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], Reading.prototype, "workOrderId", void 0);
Reading = _ts_decorate([
    (0, _typegraphql.ObjectType)('Reading'),
    (0, _core.Entity)({
        tableName: 'mantenimiento_lectura'
    }),
    (0, _core.Index)({
        properties: [
            'point',
            'readAt'
        ]
    })
], Reading);
