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
    get MAX_COMPONENTS () {
        return MAX_COMPONENTS;
    },
    get assetById () {
        return assetById;
    },
    get assetComponents () {
        return assetComponents;
    },
    get toAsset () {
        return toAsset;
    },
    get userById () {
        return userById;
    }
});
const _sql = require("../../db/sql");
const _loaders = require("../../graphql/loaders");
const _userentity = require("../auth/user.entity");
const _assetsearchsql = require("./asset-search.sql");
const _assetentity = require("./asset.entity");
const MAX_COMPONENTS = 200;
function stub(id) {
    return id === null ? null : {
        id
    };
}
function toAsset(r) {
    return Object.assign(new _assetentity.Asset(), {
        id: r.id,
        name: r.name,
        internalCode: r.internal_code,
        epc: r.epc,
        serialNumber: r.serial_number,
        reference: r.reference,
        description: r.description,
        purchaseDate: r.purchase_date,
        cost: r.cost,
        state: r.state,
        createdAt: new Date(r.created_at),
        updatedAt: new Date(r.updated_at),
        model: stub(r.model_id),
        category: stub(r.category_id),
        location: stub(r.location_id),
        parent: stub(r.parent_id),
        responsible: stub(r.responsible_id)
    });
}
function assetById(ctx) {
    return ctx.loaders.get('catalogue.asset.byId', async (ids)=>{
        const rows = await ctx.em.execute(`select ${_assetsearchsql.ASSET_COLUMNS} from activos_activo a where a.id = any(?::int[])`, [
            (0, _sql.intArray)(ids)
        ]);
        const byId = new Map(rows.map((r)=>[
                r.id,
                toAsset(r)
            ]));
        return ids.map((id)=>byId.get(id) ?? null);
    });
}
function assetComponents(ctx) {
    return ctx.loaders.get('catalogue.asset.components', async (ids)=>{
        const rows = await ctx.em.execute(`select * from (
         select ${_assetsearchsql.ASSET_COLUMNS}, row_number() over (partition by a.parent_id order by a.name, a.id) as n
         from activos_activo a where a.parent_id = any(?::int[])
       ) x where x.n <= ? order by x.parent_id, x.name, x.id`, [
            (0, _sql.intArray)(ids),
            MAX_COMPONENTS
        ]);
        return (0, _loaders.groupBy)(ids, rows, (r)=>r.parent_id).map((list)=>list.map(toAsset));
    });
}
function userById(ctx) {
    return ctx.loaders.get('catalogue.user.byId', async (ids)=>{
        const users = await ctx.em.find(_userentity.User, {
            id: {
                $in: [
                    ...ids
                ]
            }
        });
        const byId = new Map(users.map((u)=>[
                u.id,
                u
            ]));
        return ids.map((id)=>byId.get(id) ?? null);
    });
}
