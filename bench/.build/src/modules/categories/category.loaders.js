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
    get CATEGORY_COLUMNS () {
        return CATEGORY_COLUMNS;
    },
    get categoryById () {
        return categoryById;
    },
    get categoryChildren () {
        return categoryChildren;
    },
    get categoryPath () {
        return categoryPath;
    },
    get toCategory () {
        return toCategory;
    }
});
const _sql = require("../../db/sql");
const _loaders = require("../../graphql/loaders");
const _categoryentity = require("./category.entity");
const CATEGORY_COLUMNS = 'c.id, c.name, c.parent_id, c.icon, c.description';
function toCategory(r) {
    return Object.assign(new _categoryentity.Category(), {
        id: r.id,
        name: r.name,
        icon: r.icon,
        description: r.description,
        parent: r.parent_id === null ? null : {
            id: r.parent_id
        }
    });
}
function categoryById(ctx) {
    return ctx.loaders.get('catalogue.category.byId', async (ids)=>{
        const rows = await ctx.em.execute(`select ${CATEGORY_COLUMNS} from activos_categoria c where c.id = any(?::int[])`, [
            (0, _sql.intArray)(ids)
        ]);
        const byId = new Map(rows.map((r)=>[
                r.id,
                toCategory(r)
            ]));
        return ids.map((id)=>byId.get(id) ?? null);
    });
}
function categoryChildren(ctx) {
    return ctx.loaders.get('catalogue.category.children', async (ids)=>{
        const rows = await ctx.em.execute(`select ${CATEGORY_COLUMNS} from activos_categoria c where c.parent_id = any(?::int[]) order by c.name, c.id`, [
            (0, _sql.intArray)(ids)
        ]);
        return (0, _loaders.groupBy)(ids, rows, (r)=>r.parent_id).map((list)=>list.map(toCategory));
    });
}
function categoryPath(ctx) {
    return ctx.loaders.get('catalogue.category.path', async (ids)=>{
        const rows = await ctx.em.execute(`with recursive up as (
         select id as start, id, parent_id, 0 as depth from activos_categoria where id = any(?::int[])
         union all
         select up.start, p.id, p.parent_id, up.depth + 1 from up join activos_categoria p on p.id = up.parent_id
         where up.depth < 100
       )
       select up.start, ${CATEGORY_COLUMNS} from up join activos_categoria c on c.id = up.id
       order by up.start, up.depth desc`, [
            (0, _sql.intArray)(ids)
        ]);
        return (0, _loaders.groupBy)(ids, rows, (r)=>r.start).map((list)=>list.map(toCategory));
    });
}
