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
    get hasPerm () {
        return hasPerm;
    },
    get hasPerms () {
        return hasPerms;
    },
    get loadAuthUser () {
        return loadAuthUser;
    },
    get sessionAuthHash () {
        return sessionAuthHash;
    }
});
const _nodecrypto = require("node:crypto");
function hasPerm(user, perm) {
    if (!user || !user.isActive) return false;
    if (user.isSuperuser) return true;
    return user.permissions.has(perm);
}
function hasPerms(user, perms) {
    return perms.every((p)=>hasPerm(user, p));
}
function sessionAuthHash(passwordHash, secret) {
    return (0, _nodecrypto.createHmac)('sha256', `session-auth-hash:${secret}`).update(passwordHash).digest('hex');
}
const LOAD_SQL = `
  select u.id, u.username, u.is_active, u.is_staff, u.is_superuser, u.password,
    array(
      select p.app_label || '.' || p.codename from auth_permission p
      where p.id in (
        select up.permission_id from auth_user_user_permissions up where up.user_id = u.id
        union
        select gp.permission_id from auth_user_groups ug
          join auth_group_permissions gp on gp.group_id = ug.group_id
        where ug.user_id = u.id)
    ) as perms
  from auth_user u where u.id = ?`;
async function loadAuthUser(em, userId, secret) {
    const rows = await em.getConnection().execute(LOAD_SQL, [
        userId
    ]);
    const row = rows[0];
    if (!row) return null;
    return {
        id: row.id,
        username: row.username,
        isActive: row.is_active,
        isStaff: row.is_staff,
        isSuperuser: row.is_superuser,
        permissions: new Set(row.perms),
        authHash: sessionAuthHash(row.password, secret)
    };
}
