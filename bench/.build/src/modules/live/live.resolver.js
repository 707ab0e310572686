"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "LiveResolver", {
    enumerable: true,
    get: function() {
        return LiveResolver;
    }
});
const _typegraphql = require("type-graphql");
const _liveservice = require("./live.service");
const _livetypes = require("./live.types");
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
let LiveResolver = class LiveResolver {
    pinsChanged(event, _viewerId, ctx) {
        return (0, _liveservice.pinChange)(ctx, event);
    }
    workOrderChanged(event, _locationId, _technicianId, ctx) {
        return (0, _liveservice.workOrderChange)(ctx, event);
    }
};
_ts_decorate([
    (0, _typegraphql.Subscription)(()=>_livetypes.PinChange, {
        description: 'Pins saved (created, moved, edited) or deleted on a viewer. Needs activos.view_pinplano.',
        subscribe: ({ args, context })=>(0, _liveservice.pinEvents)(context, args.viewerId)
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Arg)('viewerId', ()=>_typegraphql.ID)),
    _ts_param(2, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        Object,
        String,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], LiveResolver.prototype, "pinsChanged", null);
_ts_decorate([
    (0, _typegraphql.Subscription)(()=>_livetypes.WorkOrderChange, {
        description: 'Work orders created or changed, optionally only those at a location (or below it) or of a technician. Needs mantenimiento.view_ordentrabajo.',
        subscribe: ({ args, context })=>(0, _liveservice.workOrderEvents)(context, args)
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Arg)('locationId', ()=>_typegraphql.ID, {
        nullable: true
    })),
    _ts_param(2, (0, _typegraphql.Arg)('technicianId', ()=>_typegraphql.ID, {
        nullable: true
    })),
    _ts_param(3, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        Object,
        Object,
        Object,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], LiveResolver.prototype, "workOrderChanged", null);
LiveResolver = _ts_decorate([
    (0, _typegraphql.Resolver)()
], LiveResolver);
