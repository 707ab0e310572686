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
    get LOCATION_COLUMNS () {
        return LOCATION_COLUMNS;
    },
    get locationById () {
        return locationById;
    },
    get locationChildren () {
        return locationChildren;
    },
    get locationHasChildren () {
        return locationHasChildren;
    },
    get locationPath () {
        return locationPath;
    },
    get locationStats () {
        return locationStats;
    },
    get toLocation () {
        return toLocation;
    }
});
const _sql = require("../../db/sql");
const _loaders = require("../../graphql/loaders");
const _locationentity = require("./location.entity");
const LOCATION_COLUMNS = 'l.id, l.name, l.parent_id, l.type, l.qr_code, l.description, l.sort_order, l.is_warehouse';
function toLocation(r) {
    return Object.assign(new _locationentity.Location(), {
        id: r.id,
        name: r.name,
        type: r.type,
        qrCode: r.qr_code,
        description: r.description,
        sortOrder: r.sort_order,
        isWarehouse: r.is_warehouse,
        parent: r.parent_id === null ? null : {
            id: r.parent_id
        }
    });
}
function locationById(ctx) {
    return ctx.loaders.get('catalogue.location.byId', async (ids)=>{
        const rows = await ctx.em.execute(`select ${LOCATION_COLUMNS} from activos_ubicacion l where l.id = any(?::int[])`, [
            (0, _sql.intArray)(ids)
        ]);
        const byId = new Map(rows.map((r)=>[
                r.id,
                toLocation(r)
            ]));
        return ids.map((id)=>byId.get(id) ?? null);
    });
}
function locationChildren(ctx) {
    return ctx.loaders.get('catalogue.location.children', async (ids)=>{
        const rows = await ctx.em.execute(`select ${LOCATION_COLUMNS} from activos_ubicacion l where l.parent_id = any(?::int[]) order by l.sort_order, l.name, l.id`, [
            (0, _sql.intArray)(ids)
        ]);
        return (0, _loaders.groupBy)(ids, rows, (r)=>r.parent_id).map((list)=>list.map(toLocation));
    });
}
function locationHasChildren(ctx) {
    return ctx.loaders.get('catalogue.location.hasChildren', async (ids)=>{
        const rows = await ctx.em.execute('select distinct parent_id from activos_ubicacion where parent_id = any(?::int[])', [
            (0, _sql.intArray)(ids)
        ]);
        const set = new Set(rows.map((r)=>r.parent_id));
        return ids.map((id)=>set.has(id));
    });
}
function locationPath(ctx) {
    return ctx.loaders.get('catalogue.location.path', async (ids)=>{
        const rows = await ctx.em.execute(`with recursive up as (
         select id as start, id, parent_id, 0 as depth from activos_ubicacion where id = any(?::int[])
         union all
         select up.start, p.id, p.parent_id, up.depth + 1 from up join activos_ubicacion p on p.id = up.parent_id
         where up.depth < 100
       )
       select up.start, ${LOCATION_COLUMNS} from up join activos_ubicacion l on l.id = up.id
       order by up.start, up.depth desc`, [
            (0, _sql.intArray)(ids)
        ]);
        return (0, _loaders.groupBy)(ids, rows, (r)=>r.start).map((list)=>list.map(toLocation));
    });
}
function locationStats(ctx) {
    return ctx.loaders.get('catalogue.location.stats', async (ids)=>{
        const rows = await ctx.em.execute(`with recursive sub as (
         select id as root, id from activos_ubicacion where id = any(?::int[])
         union
         select sub.root, u.id from activos_ubicacion u join sub on u.parent_id = sub.id
       ),
       counts as (
         select sub.root, a.category_id, count(*)::int as total,
           (count(*) filter (where a.state = 'OPERATIONAL'))::int as operational
         from sub join activos_activo a on a.location_id = sub.id
         group by sub.root, a.category_id
       )
       select counts.* from counts join activos_categoria c on c.id = counts.category_id
       order by counts.root, c.name, c.id`, [
            (0, _sql.intArray)(ids)
        ]);
        return (0, _loaders.groupBy)(ids, rows, (r)=>r.root).map((list)=>({
                total: list.reduce((n, r)=>n + r.total, 0),
                operational: list.reduce((n, r)=>n + r.operational, 0),
                byCategory: list.map((r)=>({
                        categoryId: r.category_id,
                        total: r.total,
                        operational: r.operational
                    }))
            }));
    });
}
