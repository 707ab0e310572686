"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "storePlanImage", {
    enumerable: true,
    get: function() {
        return storePlanImage;
    }
});
const _errors = require("../../errors");
const _ids = require("../../graphql/ids");
const _access = require("./access");
const _floorplanentity = require("./floor-plan.entity");
const _planimage = require("./plan-image");
const _planimagestorage = require("./plan-image.storage");
async function storePlanImage(ctx, rawId, bytes) {
    (0, _access.requirePerm)(ctx, 'activos.change_plano');
    const id = (0, _ids.parseId)(rawId, 'id');
    let info;
    try {
        info = (0, _planimage.inspectPlanImage)(bytes);
    } catch (err) {
        if (err instanceof _planimage.PlanImageError) throw new _errors.BadUserInputError({
            field: 'image',
            rule: err.rule,
            message: err.message
        });
        throw err;
    }
    if (!await ctx.em.count(_floorplanentity.FloorPlan, {
        id
    })) throw new _errors.NotFoundError('FloorPlan', id, 'id');
    const config = ctx.app.config;
    const name = await (0, _planimagestorage.writePlanImage)(config, bytes, info.ext);
    let previous = null;
    try {
        await ctx.em.transactional(async (em)=>{
            const conn = em.getConnection();
            const [row] = await conn.execute('select image_file from activos_plano where id = ? for update', [
                id
            ]);
            if (!row) throw new _errors.NotFoundError('FloorPlan', id, 'id');
            previous = row.image_file;
            await conn.execute(`update activos_plano set image_file = ?, image_content_type = ?, width = ?, height = ?, updated_at = now() where id = ?`, [
                name,
                info.contentType,
                info.width,
                info.height,
                id
            ]);
        });
    } catch (err) {
        await (0, _planimagestorage.removePlanImage)(config, name, ctx.logger);
        throw err;
    }
    if (previous && previous !== name) await (0, _planimagestorage.removePlanImage)(config, previous, ctx.logger);
    const plan = await ctx.em.findOneOrFail(_floorplanentity.FloorPlan, id, {
        refresh: true
    });
    return plan;
}
