"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "seedDemo", {
    enumerable: true,
    get: function() {
        return seedDemo;
    }
});
const _demodata = require("./demo-data");
async function seedDemo(em) {
    return em.transactional(async (tx)=>{
        const created = {
            categories: 0,
            locations: 0,
            brands: 0,
            models: 0,
            assets: 0
        };
        const count = (rows)=>rows.length;
        for (const [name, icon, parent] of _demodata.DEMO_CATEGORIES){
            created.categories += count(await tx.execute(`insert into activos_categoria (name, icon, parent_id)
           values (?, ?, (select id from activos_categoria where name = ?)) on conflict (name) do nothing returning id`, [
                name,
                icon,
                parent
            ]));
        }
        const placeLocation = async (node, parentId, sortOrder)=>{
            const inserted = await tx.execute(`insert into activos_ubicacion (name, parent_id, type, sort_order, is_warehouse) values (?, ?, ?, ?, ?)
         on conflict (coalesce(parent_id, 0), name) do nothing returning id`, [
                node.name,
                parentId,
                node.type,
                sortOrder,
                node.type === 'WAREHOUSE'
            ]);
            created.locations += inserted.length;
            const [row] = inserted.length ? inserted : await tx.execute('select id from activos_ubicacion where coalesce(parent_id, 0) = ? and name = ?', [
                parentId ?? 0,
                node.name
            ]);
            for (const [i, child] of (node.children ?? []).entries())await placeLocation(child, row.id, i);
        };
        for (const [i, root] of _demodata.DEMO_LOCATIONS.entries())await placeLocation(root, null, i);
        for (const brand of new Set(_demodata.DEMO_MODELS.map((m)=>m[0]))){
            created.brands += count(await tx.execute('insert into activos_marca (name) values (?) on conflict (name) do nothing returning id', [
                brand
            ]));
        }
        for (const [brand, model, category, price] of _demodata.DEMO_MODELS){
            created.models += count(await tx.execute(`insert into activos_modelo (name, brand_id, category_id, average_price)
           select ?, b.id, c.id, ? from activos_marca b, activos_categoria c where b.name = ? and c.name = ?
           on conflict (brand_id, name) do nothing returning id`, [
                model,
                price,
                brand,
                category
            ]));
        }
        for (const a of _demodata.DEMO_ASSETS){
            created.assets += count(await tx.execute(`with recursive path as (
             select id, 1 as depth from activos_ubicacion where parent_id is null and name = (?::text[])[1]
             union all
             select u.id, path.depth + 1 from activos_ubicacion u join path on u.parent_id = path.id
             where u.name = (?::text[])[path.depth + 1]
           )
           insert into activos_activo (name, internal_code, serial_number, description, state, model_id, category_id, location_id)
           select ?, ?, ?, ?, ?::asset_state, m.id, m.category_id,
             (select id from path where depth = cardinality(?::text[]))
           from activos_modelo m join activos_marca b on b.id = m.brand_id where b.name = ? and m.name = ?
           on conflict (internal_code) do nothing returning id`, [
                pgTextArray(a.location),
                pgTextArray(a.location),
                a.name,
                a.code,
                a.serial,
                a.description ?? '',
                a.state ?? 'OPERATIONAL',
                pgTextArray(a.location),
                a.model[0],
                a.model[1]
            ]));
        }
        for (const a of _demodata.DEMO_ASSETS.filter((x)=>x.parent)){
            await tx.execute(`update activos_activo set parent_id = (select id from activos_activo where internal_code = ?)
         where internal_code = ? and parent_id is null`, [
                a.parent,
                a.code
            ]);
        }
        return created;
    });
}
/** A PostgreSQL array literal for a `?::text[]` binding. */ function pgTextArray(values) {
    return `{${values.map((v)=>`"${v.replace(/["\\]/g, (c)=>`\\${c}`)}"`).join(',')}}`;
}
