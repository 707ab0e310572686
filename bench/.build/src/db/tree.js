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
    get isSelfOrDescendant () {
        return isSelfOrDescendant;
    },
    get lockTree () {
        return lockTree;
    },
    get subtreeIdsSql () {
        return subtreeIdsSql;
    }
});
function subtreeIdsSql(table, root = '?') {
    return `(with recursive sub as (
      select id from ${table} where id = ${root}
      union
      select c.id from ${table} c join sub on c.parent_id = sub.id
    ) select id from sub)`;
}
async function isSelfOrDescendant(em, table, ancestorId, candidateId) {
    const rows = await em.execute(`with recursive up as (
       select id, parent_id from ${table} where id = ?
       union
       select p.id, p.parent_id from ${table} p join up on p.id = up.parent_id
     ) select exists(select 1 from up where id = ?) as found`, [
        candidateId,
        ancestorId
    ]);
    return rows[0]?.found === true;
}
async function lockTree(em, table) {
    await em.execute(`select pg_advisory_xact_lock(hashtext('tree:${table}'))`);
}
