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
    get MODEL_COLUMNS () {
        return MODEL_COLUMNS;
    },
    get modelById () {
        return modelById;
    },
    get toModel () {
        return toModel;
    }
});
const _sql = require("../../db/sql");
const _modelentity = require("./model.entity");
const MODEL_COLUMNS = 'm.id, m.name, m.brand_id, m.category_id, m.description, m.image_url, m.average_price::text as average_price';
function toModel(r) {
    return Object.assign(new _modelentity.Model(), {
        id: r.id,
        name: r.name,
        description: r.description,
        imageUrl: r.image_url,
        averagePrice: r.average_price,
        brand: {
            id: r.brand_id
        },
        category: {
            id: r.category_id
        }
    });
}
function modelById(ctx) {
    return ctx.loaders.get('catalogue.model.byId', async (ids)=>{
        const rows = await ctx.em.execute(`select ${MODEL_COLUMNS} from activos_modelo m where m.id = any(?::int[])`, [
            (0, _sql.intArray)(ids)
        ]);
        const byId = new Map(rows.map((r)=>[
                r.id,
                toModel(r)
            ]));
        return ids.map((id)=>byId.get(id) ?? null);
    });
}
