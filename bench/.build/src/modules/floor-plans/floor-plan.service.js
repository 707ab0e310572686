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
    get createFloorPlan () {
        return createFloorPlan;
    },
    get deleteFloorPlan () {
        return deleteFloorPlan;
    },
    get getFloorPlan () {
        return getFloorPlan;
    },
    get listFloorPlans () {
        return listFloorPlans;
    },
    get updateFloorPlan () {
        return updateFloorPlan;
    }
});
const _constrainterrors = require("../../db/constraint-errors");
const _errors = require("../../errors");
const _ids = require("../../graphql/ids");
const _validation = require("../../graphql/validation");
const _locationentity = require("../locations/location.entity");
const _access = require("./access");
const _floorplanentity = require("./floor-plan.entity");
const _planimagestorage = require("./plan-image.storage");
const UNIQUE = {
    activos_plano_name_unique: [
        'name',
        'A floor plan with this name already exists.'
    ]
};
const MAX_SIDE = 100_000;
async function getFloorPlan(ctx, rawId, field = 'id') {
    const id = (0, _ids.parseId)(rawId, field);
    const plan = await ctx.em.findOne(_floorplanentity.FloorPlan, id);
    if (!plan) throw new _errors.NotFoundError('FloorPlan', id, field);
    return plan;
}
async function listFloorPlans(ctx, args) {
    const locationId = (0, _ids.parseOptionalId)(args.locationId, 'locationId');
    const take = Math.min(Math.max(args.take ?? 100, 1), 200);
    return ctx.em.find(_floorplanentity.FloorPlan, locationId ? {
        location: locationId
    } : {}, {
        orderBy: {
            name: 'asc',
            id: 'asc'
        },
        limit: take
    });
}
async function createFloorPlan(ctx, input) {
    (0, _access.requirePerm)(ctx, 'activos.add_plano');
    const plan = new _floorplanentity.FloorPlan();
    await applyInput(ctx, plan, input, true);
    return save(ctx, plan);
}
async function updateFloorPlan(ctx, rawId, input) {
    (0, _access.requirePerm)(ctx, 'activos.change_plano');
    const plan = await getFloorPlan(ctx, rawId);
    await applyInput(ctx, plan, input, false);
    return save(ctx, plan);
}
async function save(ctx, plan) {
    try {
        await ctx.em.persist(plan).flush();
    } catch (err) {
        (0, _constrainterrors.mapUniqueViolation)(err, UNIQUE);
    }
    return plan;
}
async function applyInput(ctx, plan, input, creating) {
    const p = new _errors.Problems();
    const set = (key)=>creating || (0, _validation.has)(input, key);
    if (set('name')) plan.name = (0, _validation.requiredText)(p, 'name', input.name, 200);
    if (set('planType')) plan.planType = (0, _validation.optionalText)(p, 'planType', input.planType, 50);
    if (set('documentNumber')) plan.documentNumber = (0, _validation.optionalText)(p, 'documentNumber', input.documentNumber, 100);
    if (set('title')) plan.title = (0, _validation.optionalText)(p, 'title', input.title, 200);
    if (set('description')) plan.description = (0, _validation.optionalText)(p, 'description', input.description, 20000);
    if (set('imageUrl')) {
        const url = (0, _validation.optionalText)(p, 'imageUrl', input.imageUrl, 500);
        if (url && !isHttpUrl(url)) p.add('imageUrl', 'url', 'imageUrl must be an http or https address.');
        plan.imageUrl = url || null;
    }
    for (const side of [
        'width',
        'height'
    ]){
        if (!set(side)) continue;
        const v = input[side];
        if (v !== null && v !== undefined && (!Number.isInteger(v) || v < 1 || v > MAX_SIDE)) {
            p.add(side, 'range', `${side} must be a whole number of pixels from 1 to ${MAX_SIDE}.`);
        } else if (plan.imageFile && v !== plan[side]) {
            p.add(side, 'from_image', `${side} comes from the uploaded image and cannot be changed.`);
        }
        plan[side] = v ?? null;
    }
    let locationId;
    if (set('locationId')) {
        try {
            locationId = (0, _ids.parseOptionalId)(input.locationId, 'locationId');
        } catch  {
            p.add('locationId', 'id', 'locationId must be a positive whole number.');
        }
    }
    p.throwIfAny();
    if (locationId !== undefined) {
        if (locationId !== null && !await ctx.em.count(_locationentity.Location, {
            id: locationId
        })) {
            throw new _errors.NotFoundError('Location', locationId, 'locationId');
        }
        plan.location = locationId === null ? null : ctx.em.getReference(_locationentity.Location, locationId, {
            wrapped: true
        });
    }
}
function isHttpUrl(s) {
    try {
        const u = new URL(s);
        return u.protocol === 'http:' || u.protocol === 'https:';
    } catch  {
        return false;
    }
}
async function deleteFloorPlan(ctx, rawId, removeViewers) {
    (0, _access.requirePerm)(ctx, 'activos.delete_plano');
    const id = (0, _ids.parseId)(rawId, 'id');
    let imageFile = null;
    await ctx.em.transactional(async (em)=>{
        const conn = em.getConnection();
        const [row] = await conn.execute(`select fp.image_file,
              (select count(*) from activos_visorplano v where v.floor_plan_id = fp.id) as viewers,
              (select count(*) from activos_pinplano p join activos_visorplano v on v.id = p.viewer_id where v.floor_plan_id = fp.id) as pins
       from activos_plano fp where fp.id = ? for update`, [
            id
        ]);
        if (!row) throw new _errors.NotFoundError('FloorPlan', id, 'id');
        const viewers = Number(row.viewers);
        const pins = Number(row.pins);
        if (viewers > 0) {
            if (!removeViewers) {
                throw new _errors.ConflictError(`Floor plan ${id} has ${viewers} viewer(s) with ${pins} pin(s); delete them first or pass removeViewers: true.`, 'removeViewers', {
                    viewers,
                    pins
                });
            }
            (0, _access.requirePerm)(ctx, 'activos.delete_visorplano', ...pins > 0 ? [
                'activos.delete_pinplano'
            ] : []);
            await conn.execute('delete from activos_pinplano where viewer_id in (select id from activos_visorplano where floor_plan_id = ?)', [
                id
            ]);
            await conn.execute('delete from activos_visorplano where floor_plan_id = ?', [
                id
            ]);
        }
        await conn.execute('delete from activos_plano where id = ?', [
            id
        ]);
        imageFile = row.image_file;
    });
    if (imageFile) await (0, _planimagestorage.removePlanImage)(ctx.app.config, imageFile, ctx.logger);
    return id;
}
