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
    get createViewer () {
        return createViewer;
    },
    get deleteViewer () {
        return deleteViewer;
    },
    get getViewer () {
        return getViewer;
    },
    get listViewers () {
        return listViewers;
    },
    get updateViewer () {
        return updateViewer;
    }
});
const _errors = require("../../errors");
const _ids = require("../../graphql/ids");
const _validation = require("../../graphql/validation");
const _access = require("./access");
const _floorplanentity = require("./floor-plan.entity");
const _viewerentity = require("./viewer.entity");
async function getViewer(ctx, rawId) {
    const id = (0, _ids.parseId)(rawId, 'id');
    const viewer = await ctx.em.findOne(_viewerentity.Viewer, id);
    if (!viewer) throw new _errors.NotFoundError('Viewer', id, 'id');
    return viewer;
}
async function listViewers(ctx, rawPlanId, take) {
    const planId = (0, _ids.parseId)(rawPlanId, 'planId');
    if (!await ctx.em.count(_floorplanentity.FloorPlan, {
        id: planId
    })) throw new _errors.NotFoundError('FloorPlan', planId, 'planId');
    return ctx.em.find(_viewerentity.Viewer, {
        floorPlan: planId
    }, {
        orderBy: {
            name: 'asc',
            id: 'asc'
        },
        limit: Math.min(Math.max(take, 1), 200)
    });
}
async function createViewer(ctx, input) {
    (0, _access.requirePerm)(ctx, 'activos.add_visorplano');
    const planId = (0, _ids.parseId)(input.floorPlanId, 'floorPlanId');
    const p = new _errors.Problems();
    const viewer = new _viewerentity.Viewer();
    viewer.name = (0, _validation.requiredText)(p, 'name', input.name, 200);
    viewer.description = (0, _validation.optionalText)(p, 'description', input.description, 20000);
    p.throwIfAny();
    if (!await ctx.em.count(_floorplanentity.FloorPlan, {
        id: planId
    })) throw new _errors.NotFoundError('FloorPlan', planId, 'floorPlanId');
    viewer.floorPlan = ctx.em.getReference(_floorplanentity.FloorPlan, planId, {
        wrapped: true
    });
    await ctx.em.persist(viewer).flush();
    return viewer;
}
async function updateViewer(ctx, rawId, input) {
    (0, _access.requirePerm)(ctx, 'activos.change_visorplano');
    const viewer = await getViewer(ctx, rawId);
    const p = new _errors.Problems();
    if ((0, _validation.has)(input, 'name')) viewer.name = (0, _validation.requiredText)(p, 'name', input.name, 200);
    if ((0, _validation.has)(input, 'description')) viewer.description = (0, _validation.optionalText)(p, 'description', input.description, 20000);
    p.throwIfAny();
    await ctx.em.flush();
    return viewer;
}
async function deleteViewer(ctx, rawId, removePins) {
    (0, _access.requirePerm)(ctx, 'activos.delete_visorplano');
    const id = (0, _ids.parseId)(rawId, 'id');
    await ctx.em.transactional(async (em)=>{
        const conn = em.getConnection();
        const [row] = await conn.execute('select (select count(*) from activos_pinplano p where p.viewer_id = v.id) as pins from activos_visorplano v where v.id = ? for update', [
            id
        ]);
        if (!row) throw new _errors.NotFoundError('Viewer', id, 'id');
        const pins = Number(row.pins);
        if (pins > 0) {
            if (!removePins) {
                throw new _errors.ConflictError(`Viewer ${id} has ${pins} pin(s); delete them first or pass removePins: true.`, 'removePins', {
                    pins
                });
            }
            (0, _access.requirePerm)(ctx, 'activos.delete_pinplano');
            await conn.execute('delete from activos_pinplano where viewer_id = ?', [
                id
            ]);
        }
        await conn.execute('delete from activos_visorplano where id = ?', [
            id
        ]);
    });
    return id;
}
