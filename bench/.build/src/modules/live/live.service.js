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
    get pinChange () {
        return pinChange;
    },
    get pinEvents () {
        return pinEvents;
    },
    get workOrderChange () {
        return workOrderChange;
    },
    get workOrderEvents () {
        return workOrderEvents;
    }
});
const _errors = require("../../errors");
const _ids = require("../../graphql/ids");
const _loaders = require("../../graphql/loaders");
const _tree = require("../../db/tree");
const _access = require("../floor-plans/access");
const _pinqueries = require("../floor-plans/pin.queries");
const _workorderrows = require("../work-orders/work-order.rows");
const _livetypes = require("./live.types");
async function pinEvents(ctx, viewerIdArg) {
    (0, _access.requirePerm)(ctx, 'activos.view_pinplano');
    const viewerId = (0, _ids.parseId)(viewerIdArg, 'viewerId');
    const [row] = await ctx.em.execute('select id from activos_visorplano where id = ?', [
        viewerId
    ]);
    if (!row) throw new _errors.NotFoundError('Viewer', viewerId, 'viewerId');
    return perEvent(ctx, ctx.app.pubsub.subscribe('pinsChanged', (e)=>e.viewerId === viewerId));
}
async function pinChange(ctx, event) {
    const pin = event.kind === 'DELETED' ? null : (await (0, _pinqueries.pinsByIds)(ctx, [
        event.pinId
    ]))[0] ?? null;
    return Object.assign(new _livetypes.PinChange(), {
        kind: event.kind === 'DELETED' || !pin ? _livetypes.PinChangeKind.DELETED : _livetypes.PinChangeKind.SAVED,
        viewerId: event.viewerId,
        pinId: event.pinId,
        pin
    });
}
async function workOrderEvents(ctx, args) {
    (0, _access.requirePerm)(ctx, 'mantenimiento.view_ordentrabajo');
    const locationId = (0, _ids.parseOptionalId)(args.locationId, 'locationId');
    const technicianId = (0, _ids.parseOptionalId)(args.technicianId, 'technicianId');
    let locations = null;
    if (locationId !== null) {
        const rows = await ctx.em.execute(`select id from ${(0, _tree.subtreeIdsSql)('activos_ubicacion')} s`, [
            locationId
        ]);
        if (!rows.length) throw new _errors.NotFoundError('Location', locationId, 'locationId');
        locations = new Set(rows.map((r)=>r.id));
    }
    return perEvent(ctx, ctx.app.pubsub.subscribe('workOrderChanged', (e)=>(locations === null || e.locationId !== null && locations.has(e.locationId)) && (technicianId === null || e.technicianId === technicianId)));
}
async function workOrderChange(ctx, event) {
    let workOrder = null;
    try {
        workOrder = await (0, _workorderrows.readWorkOrder)(ctx.em, event.workOrderId);
    } catch (err) {
        if (!(err instanceof _errors.NotFoundError)) throw err;
    }
    return Object.assign(new _livetypes.WorkOrderChange(), {
        kind: _livetypes.WorkOrderChangeKind[event.kind],
        workOrderId: event.workOrderId,
        workOrder
    });
}
/**
 * A subscription lives for hours on one context: every event gets a fresh EntityManager
 * and fresh loaders, so nothing read for an earlier event is served stale. `return()`
 * reaches the source at once, even while it waits for the next event.
 */ function perEvent(ctx, source) {
    return {
        async next () {
            const r = await source.next();
            if (!r.done) {
                ctx.em = ctx.app.orm.em.fork();
                ctx.loaders = new _loaders.Loaders();
            }
            return r;
        },
        return: ()=>source.return(),
        throw: (err)=>source.throw(err),
        [Symbol.asyncIterator] () {
            return this;
        }
    };
}
