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
    get GenerationResult () {
        return GenerationResult;
    },
    get JobStatus () {
        return JobStatus;
    },
    get MaintenanceJob () {
        return MaintenanceJob;
    }
});
const _core = require("@mikro-orm/core");
const _typegraphql = require("type-graphql");
const _userentity = require("../auth/user.entity");
const _scheduleentity = require("./schedule.entity");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for(var i = decorators.length - 1; i >= 0; i--)if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
}
var JobStatus = /*#__PURE__*/ function(JobStatus) {
    JobStatus["QUEUED"] = "QUEUED";
    JobStatus["RUNNING"] = "RUNNING";
    JobStatus["SUCCEEDED"] = "SUCCEEDED";
    JobStatus["FAILED"] = "FAILED";
    return JobStatus;
}({});
(0, _typegraphql.registerEnumType)(JobStatus, {
    name: 'JobStatus'
});
let GenerationResult = class GenerationResult {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int),
    _ts_metadata("design:type", Number)
], GenerationResult.prototype, "ordersCreated", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        description: '(cycle, asset) pairs covered by the new orders.'
    }),
    _ts_metadata("design:type", Number)
], GenerationResult.prototype, "assetCyclesCreated", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        description: '(cycle, asset) pairs that already had an order.'
    }),
    _ts_metadata("design:type", Number)
], GenerationResult.prototype, "assetCyclesExisting", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        description: 'Orders that found no free calendar window within a year of their cycle; a later run retries them.'
    }),
    _ts_metadata("design:type", Number)
], GenerationResult.prototype, "unplaced", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int),
    _ts_metadata("design:type", Number)
], GenerationResult.prototype, "durationMs", void 0);
GenerationResult = _ts_decorate([
    (0, _typegraphql.ObjectType)('GenerationResult')
], GenerationResult);
let MaintenanceJob = class MaintenanceJob {
    constructor(){
        this.status = "QUEUED";
        this.params = {};
        this.progress = 0;
        this.attempts = 0;
        this.createdAt = new Date();
    }
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    (0, _core.PrimaryKey)(),
    _ts_metadata("design:type", Number)
], MaintenanceJob.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        length: 40
    }),
    _ts_metadata("design:type", String)
], MaintenanceJob.prototype, "kind", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>JobStatus),
    (0, _core.Enum)({
        items: ()=>JobStatus,
        default: "QUEUED"
    }),
    _ts_metadata("design:type", String)
], MaintenanceJob.prototype, "status", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_scheduleentity.Schedule, {
        nullable: true,
        ref: true,
        deleteRule: 'cascade',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", Object)
], MaintenanceJob.prototype, "schedule", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'json',
        default: '{}'
    }),
    _ts_metadata("design:type", typeof Record === "undefined" ? Object : Record)
], MaintenanceJob.prototype, "params", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        description: '0 to 100.'
    }),
    (0, _core.Property)({
        default: 0
    }),
    _ts_metadata("design:type", Number)
], MaintenanceJob.prototype, "progress", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'json',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], MaintenanceJob.prototype, "result", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    (0, _core.Property)({
        type: 'text',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], MaintenanceJob.prototype, "error", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int),
    (0, _core.Property)({
        default: 0
    }),
    _ts_metadata("design:type", Number)
], MaintenanceJob.prototype, "attempts", void 0);
_ts_decorate([
    (0, _core.Property)({
        length: 64,
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], MaintenanceJob.prototype, "runner", void 0);
_ts_decorate([
    (0, _core.Property)({
        type: 'datetime',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], MaintenanceJob.prototype, "heartbeatAt", void 0);
_ts_decorate([
    (0, _core.Index)(),
    (0, _core.ManyToOne)(()=>_userentity.User, {
        nullable: true,
        ref: true,
        deleteRule: 'set null',
        updateRule: 'cascade'
    }),
    _ts_metadata("design:type", Object)
], MaintenanceJob.prototype, "createdBy", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    (0, _core.Property)({
        type: 'datetime',
        defaultRaw: 'now()'
    }),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], MaintenanceJob.prototype, "createdAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true
    }),
    (0, _core.Property)({
        type: 'datetime',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], MaintenanceJob.prototype, "startedAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true
    }),
    (0, _core.Property)({
        type: 'datetime',
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], MaintenanceJob.prototype, "finishedAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], MaintenanceJob.prototype, "scheduleId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>GenerationResult, {
        nullable: true,
        description: 'For GENERATE_SCHEDULE jobs that succeeded.'
    }),
    _ts_metadata("design:type", Object)
], MaintenanceJob.prototype, "generation", void 0);
MaintenanceJob = _ts_decorate([
    (0, _typegraphql.ObjectType)('MaintenanceJob'),
    (0, _core.Entity)({
        tableName: 'mantenimiento_job'
    })
], MaintenanceJob);
