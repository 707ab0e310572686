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
    get publishPinChange () {
        return publishPinChange;
    },
    get publishWorkOrderChange () {
        return publishWorkOrderChange;
    }
});
function publishPinChange(ctx, kind, viewerId, pinId) {
    ctx.app.pubsub.publish('pinsChanged', {
        kind,
        viewerId,
        pinId
    });
}
function publishWorkOrderChange(ctx, kind, order) {
    ctx.app.pubsub.publish('workOrderChanged', {
        kind,
        workOrderId: order.id,
        locationId: order.locationId ?? null,
        technicianId: order.technicianId ?? null
    });
}
