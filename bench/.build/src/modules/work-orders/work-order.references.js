"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "checkReferences", {
    enumerable: true,
    get: function() {
        return checkReferences;
    }
});
const _sql = require("../../db/sql");
async function checkReferences(em, problems, refs) {
    const userIds = [
        ...new Set((refs.users ?? []).flatMap((u)=>u.ids))
    ];
    const rows = await em.execute(`select
       exists(select 1 from activos_ubicacion where id = ?::int) as location,
       exists(select 1 from mantenimiento_rutina where id = ?::int) as routine,
       array(select id from activos_activo where id = any(?::int[])) as assets,
       array(select id from auth_user where id = any(?::int[]) and is_active) as users`, [
        refs.locationId ?? null,
        refs.routineId ?? null,
        (0, _sql.intArray)(refs.assetIds ?? []),
        (0, _sql.intArray)(userIds)
    ]);
    const found = rows[0];
    if (refs.locationId && !found.location) problems.add('locationId', 'exists', `Location ${refs.locationId} does not exist.`);
    if (refs.routineId && !found.routine) problems.add('routineId', 'exists', `Routine ${refs.routineId} does not exist.`);
    const assets = new Set((found.assets ?? []).map(Number));
    const missingAssets = (refs.assetIds ?? []).filter((id)=>!assets.has(id));
    if (missingAssets.length) problems.add('assetIds', 'exists', `Assets ${missingAssets.join(', ')} do not exist.`);
    const users = new Set((found.users ?? []).map(Number));
    for (const { field, ids } of refs.users ?? []){
        const missing = ids.filter((id)=>!users.has(id));
        if (missing.length) problems.add(field, 'exists', `Users ${missing.join(', ')} do not exist or are inactive.`);
    }
}
