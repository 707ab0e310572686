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
    get AssetPinsResolver () {
        return AssetPinsResolver;
    },
    get FloorPlanFieldsResolver () {
        return FloorPlanFieldsResolver;
    },
    get LocationFloorPlansResolver () {
        return LocationFloorPlansResolver;
    },
    get PinFieldsResolver () {
        return PinFieldsResolver;
    },
    get ViewerFieldsResolver () {
        return ViewerFieldsResolver;
    },
    get planImageUrl () {
        return planImageUrl;
    }
});
const _typegraphql = require("type-graphql");
const _loaders = require("../../graphql/loaders");
const _assetentity = require("../assets/asset.entity");
const _locationentity = require("../locations/location.entity");
const _floorplanentity = require("./floor-plan.entity");
const _pinentity = require("./pin.entity");
const _pinqueries = require("./pin.queries");
const _pintypes = require("./pin.types");
const _viewerentity = require("./viewer.entity");
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
function planImageUrl(plan) {
    return plan.imageFile ? `/floor-plans/${plan.id}/image` : plan.imageUrl ?? null;
}
function plansById(ctx) {
    return ctx.loaders.get('floorPlan.byId', async (ids)=>{
        const plans = await ctx.em.find(_floorplanentity.FloorPlan, {
            id: {
                $in: [
                    ...ids
                ]
            }
        });
        const byId = new Map(plans.map((p)=>[
                p.id,
                p
            ]));
        return ids.map((id)=>byId.get(id) ?? null);
    });
}
let FloorPlanFieldsResolver = class FloorPlanFieldsResolver {
    imageUrl(plan) {
        return planImageUrl(plan);
    }
    location(plan, ctx) {
        const id = plan.location?.id;
        if (!id) return null;
        return ctx.loaders.get('floorPlan.location', async (ids)=>{
            const rows = await ctx.em.find(_locationentity.Location, {
                id: {
                    $in: [
                        ...ids
                    ]
                }
            });
            const byId = new Map(rows.map((l)=>[
                    l.id,
                    l
                ]));
            return ids.map((i)=>byId.get(i) ?? null);
        }).load(id);
    }
    viewers(plan, ctx) {
        return ctx.loaders.get('floorPlan.viewers', async (ids)=>{
            const rows = await ctx.em.find(_viewerentity.Viewer, {
                floorPlan: {
                    $in: [
                        ...ids
                    ]
                }
            }, {
                orderBy: {
                    name: 'asc',
                    id: 'asc'
                }
            });
            return (0, _loaders.groupBy)(ids, rows, (v)=>v.floorPlan.id);
        }).load(plan.id);
    }
};
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>String, {
        nullable: true,
        description: 'Where to load the image: `/floor-plans/<id>/image` for an upload, else the external address.'
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _floorplanentity.FloorPlan === "undefined" ? Object : _floorplanentity.FloorPlan
    ]),
    _ts_metadata("design:returntype", Object)
], FloorPlanFieldsResolver.prototype, "imageUrl", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_locationentity.Location, {
        nullable: true
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _floorplanentity.FloorPlan === "undefined" ? Object : _floorplanentity.FloorPlan,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", Object)
], FloorPlanFieldsResolver.prototype, "location", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>[
            _viewerentity.Viewer
        ], {
        description: 'Pin layers over this plan, by name.'
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _floorplanentity.FloorPlan === "undefined" ? Object : _floorplanentity.FloorPlan,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], FloorPlanFieldsResolver.prototype, "viewers", null);
FloorPlanFieldsResolver = _ts_decorate([
    (0, _typegraphql.Resolver)(()=>_floorplanentity.FloorPlan)
], FloorPlanFieldsResolver);
let ViewerFieldsResolver = class ViewerFieldsResolver {
    floorPlanId(viewer) {
        return viewer.floorPlan.id;
    }
    async floorPlan(viewer, ctx) {
        return await plansById(ctx).load(viewer.floorPlan.id);
    }
    pins(viewer, ctx) {
        return (0, _pinqueries.pinsOfViewer)(ctx).load(viewer.id);
    }
};
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_typegraphql.ID),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _viewerentity.Viewer === "undefined" ? Object : _viewerentity.Viewer
    ]),
    _ts_metadata("design:returntype", Number)
], ViewerFieldsResolver.prototype, "floorPlanId", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_floorplanentity.FloorPlan),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _viewerentity.Viewer === "undefined" ? Object : _viewerentity.Viewer,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", Promise)
], ViewerFieldsResolver.prototype, "floorPlan", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>[
            _pinentity.Pin
        ], {
        description: 'Every pin of the viewer, in creation order (one statement for all of them).'
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _viewerentity.Viewer === "undefined" ? Object : _viewerentity.Viewer,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], ViewerFieldsResolver.prototype, "pins", null);
ViewerFieldsResolver = _ts_decorate([
    (0, _typegraphql.Resolver)(()=>_viewerentity.Viewer)
], ViewerFieldsResolver);
/** Display data: already on pins from the pin queries (sync), else loaded in one batch. */ function viewed(pin, ctx, pick) {
    return pin.view ? pick(pin.view) : (0, _pinqueries.pinViews)(ctx).load(pin.id).then(pick);
}
let PinFieldsResolver = class PinFieldsResolver {
    viewerId(pin, ctx) {
        return viewed(pin, ctx, (v)=>v.viewerId);
    }
    async viewer(pin, ctx) {
        const viewerId = await viewed(pin, ctx, (v)=>v.viewerId);
        return ctx.loaders.get('viewer.byId', async (ids)=>{
            const rows = await ctx.em.find(_viewerentity.Viewer, {
                id: {
                    $in: [
                        ...ids
                    ]
                }
            });
            const byId = new Map(rows.map((v)=>[
                    v.id,
                    v
                ]));
            return ids.map((i)=>byId.get(i) ?? null);
        }).load(viewerId);
    }
    asset(pin, ctx) {
        return viewed(pin, ctx, (v)=>v.asset);
    }
    location(pin, ctx) {
        return viewed(pin, ctx, (v)=>v.location);
    }
    noticeLabel(pin) {
        return pin.noticeId ? (0, _pinqueries.noticeLabel)(pin.noticeId) : null;
    }
    label(pin, ctx) {
        return viewed(pin, ctx, (v)=>v.label);
    }
    icon(pin, ctx) {
        return viewed(pin, ctx, (v)=>v.icon);
    }
};
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_typegraphql.ID),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _pinentity.Pin === "undefined" ? Object : _pinentity.Pin,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", Object)
], PinFieldsResolver.prototype, "viewerId", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_viewerentity.Viewer),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _pinentity.Pin === "undefined" ? Object : _pinentity.Pin,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", Promise)
], PinFieldsResolver.prototype, "viewer", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_pintypes.PinAsset, {
        nullable: true,
        description: 'The asset the pin marks, with its category icon.'
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _pinentity.Pin === "undefined" ? Object : _pinentity.Pin,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", Object)
], PinFieldsResolver.prototype, "asset", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>_pintypes.PinLocation, {
        nullable: true,
        description: 'The location (zone) the pin marks.'
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _pinentity.Pin === "undefined" ? Object : _pinentity.Pin,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", Object)
], PinFieldsResolver.prototype, "location", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>String, {
        nullable: true,
        description: 'The linked notice as displayed: `AV-<id>`.'
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _pinentity.Pin === "undefined" ? Object : _pinentity.Pin
    ]),
    _ts_metadata("design:returntype", Object)
], PinFieldsResolver.prototype, "noticeLabel", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>String, {
        description: 'Asset name; else the notice `AV-<id>`; else "Unassigned".'
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _pinentity.Pin === "undefined" ? Object : _pinentity.Pin,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", Object)
], PinFieldsResolver.prototype, "label", null);
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>String, {
        description: 'Asset category icon; else "warning" for a notice; else "location".'
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _pinentity.Pin === "undefined" ? Object : _pinentity.Pin,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", Object)
], PinFieldsResolver.prototype, "icon", null);
PinFieldsResolver = _ts_decorate([
    (0, _typegraphql.Resolver)(()=>_pinentity.Pin)
], PinFieldsResolver);
let AssetPinsResolver = class AssetPinsResolver {
    pins(asset, ctx) {
        return (0, _pinqueries.pinsOfAsset)(ctx).load(asset.id);
    }
};
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>[
            _pinentity.Pin
        ], {
        description: 'Where the asset is pinned (at most one pin per viewer).'
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _assetentity.Asset === "undefined" ? Object : _assetentity.Asset,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], AssetPinsResolver.prototype, "pins", null);
AssetPinsResolver = _ts_decorate([
    (0, _typegraphql.Resolver)(()=>_assetentity.Asset)
], AssetPinsResolver);
let LocationFloorPlansResolver = class LocationFloorPlansResolver {
    floorPlans(location, ctx) {
        return ctx.loaders.get('location.floorPlans', async (ids)=>{
            const rows = await ctx.em.find(_floorplanentity.FloorPlan, {
                location: {
                    $in: [
                        ...ids
                    ]
                }
            }, {
                orderBy: {
                    name: 'asc',
                    id: 'asc'
                }
            });
            return (0, _loaders.groupBy)(ids, rows, (p)=>p.location.id);
        }).load(location.id);
    }
};
_ts_decorate([
    (0, _typegraphql.FieldResolver)(()=>[
            _floorplanentity.FloorPlan
        ], {
        description: 'Floor plans of this location, by name.'
    }),
    _ts_param(0, (0, _typegraphql.Root)()),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _locationentity.Location === "undefined" ? Object : _locationentity.Location,
        typeof Context === "undefined" ? Object : Context
    ]),
    _ts_metadata("design:returntype", typeof Promise === "undefined" ? Object : Promise)
], LocationFloorPlansResolver.prototype, "floorPlans", null);
LocationFloorPlansResolver = _ts_decorate([
    (0, _typegraphql.Resolver)(()=>_locationentity.Location)
], LocationFloorPlansResolver);
