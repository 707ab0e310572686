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
    get ChecklistAnswerInput () {
        return ChecklistAnswerInput;
    },
    get ClosureInput () {
        return ClosureInput;
    },
    get CreateWorkOrderInput () {
        return CreateWorkOrderInput;
    },
    get UpdateWorkOrderInput () {
        return UpdateWorkOrderInput;
    },
    get WorkOrderFilter () {
        return WorkOrderFilter;
    },
    get WorkOrderOrder () {
        return WorkOrderOrder;
    },
    get WorkOrdersArgs () {
        return WorkOrdersArgs;
    }
});
const _typegraphql = require("type-graphql");
const _pagination = require("../../graphql/pagination");
const _workorderenums = require("./work-order.enums");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for(var i = decorators.length - 1; i >= 0; i--)if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
}
var WorkOrderOrder = /*#__PURE__*/ function(WorkOrderOrder) {
    WorkOrderOrder["SCHEDULED_START"] = "SCHEDULED_START";
    WorkOrderOrder["PRIORITY"] = "PRIORITY";
    return WorkOrderOrder;
}({});
(0, _typegraphql.registerEnumType)(WorkOrderOrder, {
    name: 'WorkOrderOrder',
    description: 'SCHEDULED_START: earliest first, unscheduled last. PRIORITY: most severe first, then by scheduled start.'
});
let WorkOrderFilter = class WorkOrderFilter {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'Substring of the code, descriptions, location name or an asset name.'
    }),
    _ts_metadata("design:type", Object)
], WorkOrderFilter.prototype, "q", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            _workorderenums.WorkOrderStatus
        ], {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], WorkOrderFilter.prototype, "status", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_workorderenums.WorkOrderType, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], WorkOrderFilter.prototype, "type", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            _workorderenums.Priority
        ], {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], WorkOrderFilter.prototype, "priority", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true,
        description: 'Scheduled start at or after this instant.'
    }),
    _ts_metadata("design:type", Object)
], WorkOrderFilter.prototype, "scheduledFrom", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true,
        description: 'Scheduled start before this instant.'
    }),
    _ts_metadata("design:type", Object)
], WorkOrderFilter.prototype, "scheduledTo", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], WorkOrderFilter.prototype, "assetId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true,
        description: 'The location and everything below it.'
    }),
    _ts_metadata("design:type", Object)
], WorkOrderFilter.prototype, "locationId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], WorkOrderFilter.prototype, "technicianId", void 0);
WorkOrderFilter = _ts_decorate([
    (0, _typegraphql.InputType)()
], WorkOrderFilter);
let WorkOrdersArgs = class WorkOrdersArgs extends _pagination.PageArgs {
    constructor(...args){
        super(...args), this.orderBy = "SCHEDULED_START";
    }
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>WorkOrderFilter, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], WorkOrdersArgs.prototype, "filter", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>WorkOrderOrder, {
        defaultValue: "SCHEDULED_START"
    }),
    _ts_metadata("design:type", String)
], WorkOrdersArgs.prototype, "orderBy", void 0);
WorkOrdersArgs = _ts_decorate([
    (0, _typegraphql.ArgsType)()
], WorkOrdersArgs);
let CreateWorkOrderInput = class CreateWorkOrderInput {
    constructor(){
        this.type = _workorderenums.WorkOrderType.CORRECTIVE;
        this.priority = _workorderenums.Priority.MEDIUM;
        this.equipmentStopped = false;
    }
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_workorderenums.WorkOrderType, {
        defaultValue: _workorderenums.WorkOrderType.CORRECTIVE
    }),
    _ts_metadata("design:type", typeof _workorderenums.WorkOrderType === "undefined" ? Object : _workorderenums.WorkOrderType)
], CreateWorkOrderInput.prototype, "type", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_workorderenums.Priority, {
        defaultValue: _workorderenums.Priority.MEDIUM
    }),
    _ts_metadata("design:type", typeof _workorderenums.Priority === "undefined" ? Object : _workorderenums.Priority)
], CreateWorkOrderInput.prototype, "priority", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    _ts_metadata("design:type", String)
], CreateWorkOrderInput.prototype, "shortDescription", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], CreateWorkOrderInput.prototype, "description", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], CreateWorkOrderInput.prototype, "notes", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], CreateWorkOrderInput.prototype, "locationId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            _typegraphql.ID
        ], {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], CreateWorkOrderInput.prototype, "assetIds", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], CreateWorkOrderInput.prototype, "routineId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], CreateWorkOrderInput.prototype, "technicianId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], CreateWorkOrderInput.prototype, "supervisorId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            _typegraphql.ID
        ], {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], CreateWorkOrderInput.prototype, "crewIds", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], CreateWorkOrderInput.prototype, "scheduledStart", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], CreateWorkOrderInput.prototype, "scheduledEnd", void 0);
_ts_decorate([
    (0, _typegraphql.Field)({
        defaultValue: false
    }),
    _ts_metadata("design:type", Boolean)
], CreateWorkOrderInput.prototype, "equipmentStopped", void 0);
CreateWorkOrderInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], CreateWorkOrderInput);
let UpdateWorkOrderInput = class UpdateWorkOrderInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_workorderenums.Priority, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UpdateWorkOrderInput.prototype, "priority", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UpdateWorkOrderInput.prototype, "shortDescription", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UpdateWorkOrderInput.prototype, "description", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UpdateWorkOrderInput.prototype, "notes", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UpdateWorkOrderInput.prototype, "locationId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            _typegraphql.ID
        ], {
        nullable: true,
        description: 'Replaces the assets.'
    }),
    _ts_metadata("design:type", Object)
], UpdateWorkOrderInput.prototype, "assetIds", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UpdateWorkOrderInput.prototype, "routineId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UpdateWorkOrderInput.prototype, "technicianId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UpdateWorkOrderInput.prototype, "supervisorId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            _typegraphql.ID
        ], {
        nullable: true,
        description: 'Replaces the crew.'
    }),
    _ts_metadata("design:type", Object)
], UpdateWorkOrderInput.prototype, "crewIds", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UpdateWorkOrderInput.prototype, "scheduledStart", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UpdateWorkOrderInput.prototype, "scheduledEnd", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Boolean, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UpdateWorkOrderInput.prototype, "equipmentStopped", void 0);
UpdateWorkOrderInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], UpdateWorkOrderInput);
let ClosureInput = class ClosureInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], ClosureInput.prototype, "actualStart", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], ClosureInput.prototype, "actualEnd", void 0);
_ts_decorate([
    (0, _typegraphql.Field)({
        description: 'Decimal, >= 0, at most 2 decimals (e.g. "3.5").'
    }),
    _ts_metadata("design:type", String)
], ClosureInput.prototype, "manHours", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    _ts_metadata("design:type", String)
], ClosureInput.prototype, "comments", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ClosureInput.prototype, "materials", void 0);
ClosureInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], ClosureInput);
let ChecklistAnswerInput = class ChecklistAnswerInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], ChecklistAnswerInput.prototype, "stepId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Boolean, {
        nullable: true,
        description: 'For CHECK steps.'
    }),
    _ts_metadata("design:type", Object)
], ChecklistAnswerInput.prototype, "checked", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'For NUMBER and MEASUREMENT steps (decimal).'
    }),
    _ts_metadata("design:type", Object)
], ChecklistAnswerInput.prototype, "numberValue", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'For TEXT steps, or the photo URL of PHOTO steps.'
    }),
    _ts_metadata("design:type", Object)
], ChecklistAnswerInput.prototype, "textValue", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ChecklistAnswerInput.prototype, "comment", void 0);
ChecklistAnswerInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], ChecklistAnswerInput);
