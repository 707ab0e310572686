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
    get brandById () {
        return brandById;
    },
    get toBrand () {
        return toBrand;
    }
});
const _sql = require("../../db/sql");
const _brandentity = require("./brand.entity");
function toBrand(r) {
    return Object.assign(new _brandentity.Brand(), {
        id: r.id,
        name: r.name
    });
}
function brandById(ctx) {
    return ctx.loaders.get('catalogue.brand.byId', async (ids)=>{
        const rows = await ctx.em.execute('select id, name from activos_marca where id = any(?::int[])', [
            (0, _sql.intArray)(ids)
        ]);
        const byId = new Map(rows.map((r)=>[
                r.id,
                toBrand(r)
            ]));
        return ids.map((id)=>byId.get(id) ?? null);
    });
}
