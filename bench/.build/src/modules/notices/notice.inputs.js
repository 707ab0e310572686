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
    get CreateNoticeInput () {
        return CreateNoticeInput;
    },
    get NoticeFilter () {
        return NoticeFilter;
    },
    get NoticesArgs () {
        return NoticesArgs;
    },
    get UpdateNoticeInput () {
        return UpdateNoticeInput;
    },
    get WorkOrderFromNoticeInput () {
        return WorkOrderFromNoticeInput;
    }
});
const _typegraphql = require("type-graphql");
const _pagination = require("../../graphql/pagination");
const _workorderenums = require("../work-orders/work-order.enums");
const _noticeentity = require("./notice.entity");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for(var i = decorators.length - 1; i >= 0; i--)if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
}
let CreateNoticeInput = class CreateNoticeInput {
    constructor(){
        this.priority = _workorderenums.Priority.MEDIUM;
        this.type = _noticeentity.NoticeType.BREAKDOWN;
        this.equipmentStopped = false;
    }
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true,
        description: "Defaults to the asset's location."
    }),
    _ts_metadata("design:type", Object)
], CreateNoticeInput.prototype, "locationId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], CreateNoticeInput.prototype, "assetId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(),
    _ts_metadata("design:type", String)
], CreateNoticeInput.prototype, "description", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_workorderenums.Priority, {
        defaultValue: _workorderenums.Priority.MEDIUM
    }),
    _ts_metadata("design:type", typeof _workorderenums.Priority === "undefined" ? Object : _workorderenums.Priority)
], CreateNoticeInput.prototype, "priority", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_noticeentity.NoticeType, {
        defaultValue: _noticeentity.NoticeType.BREAKDOWN
    }),
    _ts_metadata("design:type", typeof _noticeentity.NoticeType === "undefined" ? Object : _noticeentity.NoticeType)
], CreateNoticeInput.prototype, "type", void 0);
_ts_decorate([
    (0, _typegraphql.Field)({
        defaultValue: false,
        description: 'The equipment is stopped (marks the asset stopped while the notice is open).'
    }),
    _ts_metadata("design:type", Boolean)
], CreateNoticeInput.prototype, "equipmentStopped", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], CreateNoticeInput.prototype, "stopStart", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], CreateNoticeInput.prototype, "stopEnd", void 0);
CreateNoticeInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], CreateNoticeInput);
let UpdateNoticeInput = class UpdateNoticeInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UpdateNoticeInput.prototype, "description", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_workorderenums.Priority, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UpdateNoticeInput.prototype, "priority", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_noticeentity.NoticeType, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UpdateNoticeInput.prototype, "type", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_noticeentity.NoticeStatus, {
        nullable: true,
        description: 'OPEN -> IN_PROCESS; OPEN or IN_PROCESS -> CLOSED or CANCELLED (not while its order is open).'
    }),
    _ts_metadata("design:type", Object)
], UpdateNoticeInput.prototype, "status", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UpdateNoticeInput.prototype, "responsibleId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Boolean, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UpdateNoticeInput.prototype, "equipmentStopped", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UpdateNoticeInput.prototype, "stopStart", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UpdateNoticeInput.prototype, "stopEnd", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UpdateNoticeInput.prototype, "diagnosis", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UpdateNoticeInput.prototype, "actions", void 0);
UpdateNoticeInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], UpdateNoticeInput);
let NoticeFilter = class NoticeFilter {
    constructor(){
        this.mine = false;
    }
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            _noticeentity.NoticeStatus
        ], {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], NoticeFilter.prototype, "status", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'Substring of the description.'
    }),
    _ts_metadata("design:type", Object)
], NoticeFilter.prototype, "q", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], NoticeFilter.prototype, "assetId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true,
        description: 'The location and everything below it.'
    }),
    _ts_metadata("design:type", Object)
], NoticeFilter.prototype, "locationId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)({
        defaultValue: false,
        description: 'Only the notices the caller filed.'
    }),
    _ts_metadata("design:type", Boolean)
], NoticeFilter.prototype, "mine", void 0);
NoticeFilter = _ts_decorate([
    (0, _typegraphql.InputType)()
], NoticeFilter);
let NoticesArgs = class NoticesArgs extends _pagination.PageArgs {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>NoticeFilter, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], NoticesArgs.prototype, "filter", void 0);
NoticesArgs = _ts_decorate([
    (0, _typegraphql.ArgsType)()
], NoticesArgs);
let WorkOrderFromNoticeInput = class WorkOrderFromNoticeInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'Defaults to the start of the notice description.'
    }),
    _ts_metadata("design:type", Object)
], WorkOrderFromNoticeInput.prototype, "shortDescription", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_workorderenums.Priority, {
        nullable: true,
        description: "Defaults to the notice's priority."
    }),
    _ts_metadata("design:type", Object)
], WorkOrderFromNoticeInput.prototype, "priority", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], WorkOrderFromNoticeInput.prototype, "technicianId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], WorkOrderFromNoticeInput.prototype, "supervisorId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            _typegraphql.ID
        ], {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], WorkOrderFromNoticeInput.prototype, "crewIds", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], WorkOrderFromNoticeInput.prototype, "scheduledStart", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], WorkOrderFromNoticeInput.prototype, "scheduledEnd", void 0);
WorkOrderFromNoticeInput = _ts_decorate([
    (0, _typegraphql.InputType)({
        description: 'The order made from a notice: location, assets and equipment stop come from the notice.'
    })
], WorkOrderFromNoticeInput);
