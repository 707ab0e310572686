"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "FloorPlanResolver", {
    enumerable: true,
    get: function() {
        return FloorPlanResolver;
    }
});
const _typegraphql = require("type-graphql");
const _floorplanentity = require("./floor-plan.entity");
const _floorplaninputs = require("./floor-plan.inputs");
const _floorplanservice = require("./floor-plan.service");
const _pinentity = require("./pin.entity");
const _pinservice = require("./pin.service");
const _viewerentity = require("./viewer.entity");
const _viewerservice = require("./viewer.service");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for(var i = decorators.length - 1; i >= 0; i--)if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
}
function _ts_param(paramIndex, decorator) {
    return function(target, key) {
        decorator(target, key, paramIndex);
    };
}
let FloorPlanResolver = class FloorPlanResolver {
    floorPlans(args, ctx) {
        return (0, _floorplanservice.listFloorPlans)(ctx, args);
    }
    floorPlan(id, ctx) {
        return (0, _floorplanservice.getFloorPlan)(ctx, id);
    }
    createFloorPlan(input, ctx) {
        return (0, _floorplanservice.createFloorPlan)(ctx, input);
    }
    updateFloorPlan(id, input, ctx) {
        return (0, _floorplanservice.updateFloorPlan)(ctx, id, input);
    }
    deleteFloorPlan(id, removeViewers, ctx) {
        return (0, _floorplanservice.deleteFloorPlan)(ctx, id, removeViewers);
    }
    viewers(planId, take, ctx) {
        return (0, _viewerservice.listViewers)(ctx, planId, take);
    }
    viewer(id, ctx) {
        return (0, _viewerservice.getViewer)(ctx, id);
    }
    createViewer(input, ctx) {
        return (0, _viewerservice.createViewer)(ctx, input);
    }
    updateViewer(id, input, ctx) {
        return (0, _viewerservice.updateViewer)(ctx, id, input);
    }
    deleteViewer(id, removePins, ctx) {
        return (0, _viewerservice.deleteViewer)(ctx, id, removePins);
    }
    savePin(input, ctx) {
        return (0, _pinservice.savePin)(ctx, input);
    }
    deletePin(id, ctx) {
        return (0, _pinservice.deletePin)(ctx, id);
    }
};
_ts_decorate([
    (0, _typegraphql.Query)(()=>[
            _floorplanentity.FloorPlan
        ], {
        description: 'Floor plans by name, optionally of one location (at most 200).'
    }),
    _ts_param(0, (0, _typegraphql.Args)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _floorplaninputs.FloorPlansArgs === "undefined" ? Object : _floorplaninputs.FloorPlansArgs,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], FloorPlanResolver.prototype, "floorPlans", null);
_ts_decorate([
    (0, _typegraphql.Query)(()=>_floorplanentity.FloorPlan),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], FloorPlanResolver.prototype, "floorPlan", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_floorplanentity.FloorPlan, {
        description: 'Upload the image with `POST /floor-plans/<id>/image` (multipart, field `image`).'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('input')),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _floorplaninputs.FloorPlanInput === "undefined" ? Object : _floorplaninputs.FloorPlanInput,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], FloorPlanResolver.prototype, "createFloorPlan", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_floorplanentity.FloorPlan),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Arg)('input')),
    _ts_param(2, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof _floorplaninputs.FloorPlanUpdateInput === "undefined" ? Object : _floorplaninputs.FloorPlanUpdateInput,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], FloorPlanResolver.prototype, "updateFloorPlan", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_typegraphql.ID, {
        description: 'Refused while the plan has viewers, unless removeViewers is true (then its viewers and pins go too).'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Arg)('removeViewers', {
        defaultValue: false
    })),
    _ts_param(2, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        Boolean,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], FloorPlanResolver.prototype, "deleteFloorPlan", null);
_ts_decorate([
    (0, _typegraphql.Query)(()=>[
            _viewerentity.Viewer
        ], {
        description: 'Viewers of a floor plan, by name (at most 200).'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('planId', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Arg)('take', ()=>_typegraphql.Int, {
        defaultValue: 100
    })),
    _ts_param(2, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        Number,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], FloorPlanResolver.prototype, "viewers", null);
_ts_decorate([
    (0, _typegraphql.Query)(()=>_viewerentity.Viewer, {
        description: 'A viewer with its plan and all its pins.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], FloorPlanResolver.prototype, "viewer", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_viewerentity.Viewer),
    _ts_param(0, (0, _typegraphql.Arg)('input')),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _floorplaninputs.ViewerInput === "undefined" ? Object : _floorplaninputs.ViewerInput,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], FloorPlanResolver.prototype, "createViewer", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_viewerentity.Viewer),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Arg)('input')),
    _ts_param(2, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof _floorplaninputs.ViewerUpdateInput === "undefined" ? Object : _floorplaninputs.ViewerUpdateInput,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], FloorPlanResolver.prototype, "updateViewer", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_typegraphql.ID, {
        description: 'Refused while the viewer has pins, unless removePins is true.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Arg)('removePins', {
        defaultValue: false
    })),
    _ts_param(2, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        Boolean,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], FloorPlanResolver.prototype, "deleteViewer", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_pinentity.Pin, {
        description: 'Creates a pin (no id; needs activos.add_pinplano) or updates one (needs activos.change_pinplano). ' + 'An asset can be pinned once per viewer (CONFLICT naming it).'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('input')),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _floorplaninputs.SavePinInput === "undefined" ? Object : _floorplaninputs.SavePinInput,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], FloorPlanResolver.prototype, "savePin", null);
_ts_decorate([
    (0, _typegraphql.Mutation)(()=>_typegraphql.ID),
    _ts_param(0, (0, _typegraphql.Arg)('id', ()=>_typegraphql.ID)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        String,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], FloorPlanResolver.prototype, "deletePin", null);
FloorPlanResolver = _ts_decorate([
    (0, _typegraphql.Resolver)()
], FloorPlanResolver);
