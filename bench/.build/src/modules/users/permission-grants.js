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
    get FieldForbiddenError () {
        return FieldForbiddenError;
    },
    get MAX_ITEMS () {
        return MAX_ITEMS;
    },
    get SUPERUSER_FLAGS () {
        return SUPERUSER_FLAGS;
    },
    get assertCanGrant () {
        return assertCanGrant;
    },
    get assertCanGrantGroups () {
        return assertCanGrantGroups;
    },
    get assertFlagsAllowed () {
        return assertFlagsAllowed;
    },
    get assertMayManage () {
        return assertMayManage;
    },
    get collect () {
        return collect;
    },
    get idList () {
        return idList;
    },
    get isUniqueViolation () {
        return isUniqueViolation;
    },
    get permissionKeys () {
        return permissionKeys;
    },
    get replaceDirectPermissions () {
        return replaceDirectPermissions;
    },
    get resolveGroups () {
        return resolveGroups;
    },
    get resolvePermissions () {
        return resolvePermissions;
    }
});
const _errors = require("../../errors");
const _sql = require("../../db/sql");
const _ids = require("../../graphql/ids");
const _authuser = require("../auth/auth-user");
// The privilege rules shared by the user and group administration: what a caller may
// grant, which flags only superusers set, and who may manage whom.
const PERMISSION_KEY_RE = /^[a-z][a-z0-9_]{0,99}\.[a-z][a-z0-9_]{0,99}$/;
const MAX_ITEMS = 500;
let FieldForbiddenError = class FieldForbiddenError extends _errors.ForbiddenError {
    constructor(requiredPermission, field, message, extra = {}){
        super(requiredPermission, message);
        Object.assign(this.extensions, {
            field,
            ...extra
        });
    }
};
const SUPERUSER_FLAGS = [
    'isActive',
    'isStaff',
    'isSuperuser'
];
function assertFlagsAllowed(caller, input) {
    if (caller.isSuperuser) return;
    for (const flag of SUPERUSER_FLAGS){
        if (input[flag] !== undefined && input[flag] !== null) {
            throw new FieldForbiddenError('is_superuser', flag, `Permission denied: only a superuser may set ${flag}.`);
        }
    }
}
function assertMayManage(caller, target) {
    if (target.is_superuser && !caller.isSuperuser) {
        throw new _errors.ForbiddenError('is_superuser', 'Permission denied: only a superuser may change a superuser.');
    }
}
function assertCanGrant(caller, perms, field, via) {
    const missing = [
        ...new Set(perms)
    ].filter((p)=>!(0, _authuser.hasPerm)(caller, p)).sort();
    if (!missing.length) return;
    const through = via ? ` (through ${via})` : '';
    throw new FieldForbiddenError(missing[0], field, `Permission denied: you cannot grant permissions you do not hold${through}: ${missing.join(', ')}.`, {
        permissions: missing
    });
}
function collect(problems, fallback, parse) {
    try {
        return parse();
    } catch (err) {
        if (!(err instanceof _errors.BadUserInputError)) throw err;
        for (const p of err.extensions.problems)problems.add(p.field, p.rule, p.message);
        return fallback;
    }
}
function idList(problems, field, values) {
    if (values.length > MAX_ITEMS) {
        problems.add(field, 'max_items', `${field} takes at most ${MAX_ITEMS} ids.`);
        return [];
    }
    const ids = values.map((v)=>collect(problems, null, ()=>(0, _ids.parseId)(v, field)));
    return [
        ...new Set(ids.filter((id)=>id !== null))
    ];
}
function permissionKeys(problems, field, values) {
    if (values.length > MAX_ITEMS) {
        problems.add(field, 'max_items', `${field} takes at most ${MAX_ITEMS} permissions.`);
        return [];
    }
    const keys = [
        ...new Set(values.map((v)=>v.trim()))
    ];
    const bad = keys.filter((k)=>!PERMISSION_KEY_RE.test(k));
    if (bad.length) {
        problems.add(field, 'format', `Permissions are written app_label.codename: ${bad.map((b)=>JSON.stringify(b.slice(0, 60))).join(', ')}.`);
    }
    return keys.filter((k)=>PERMISSION_KEY_RE.test(k));
}
async function resolvePermissions(em, problems, field, keys) {
    const found = new Map();
    if (!keys.length) return found;
    const rows = await em.execute(`select id, app_label || '.' || codename as key from auth_permission
     where app_label || '.' || codename in (select jsonb_array_elements_text(?::jsonb))`, [
        JSON.stringify(keys)
    ]);
    for (const r of rows)found.set(r.key, r.id);
    const unknown = keys.filter((k)=>!found.has(k));
    if (unknown.length) problems.add(field, 'unknown', `Unknown permissions: ${unknown.join(', ')}.`);
    return found;
}
async function resolveGroups(em, problems, field, ids) {
    if (!ids.length) return [];
    const rows = await em.execute(`select g.id, g.name, array(
       select p.app_label || '.' || p.codename from auth_group_permissions gp
       join auth_permission p on p.id = gp.permission_id where gp.group_id = g.id) as perms
     from auth_group g where g.id = any(?::int[])`, [
        (0, _sql.intArray)(ids)
    ]);
    const known = new Set(rows.map((r)=>r.id));
    const unknown = ids.filter((id)=>!known.has(id));
    if (unknown.length) problems.add(field, 'unknown', `Unknown groups: ${unknown.join(', ')}.`);
    return rows;
}
function assertCanGrantGroups(caller, groups, field) {
    for (const g of groups)assertCanGrant(caller, g.perms, field, `group "${g.name}"`);
}
function isUniqueViolation(err, constraint) {
    const e = err;
    return e?.code === '23505' && (!constraint || e.constraint === constraint);
}
async function replaceDirectPermissions(em, caller, table, ownerColumn, ownerId, perms) {
    const current = await em.execute(`select permission_id from ${table} where ${ownerColumn} = ?`, [
        ownerId
    ]);
    const held = new Set(current.map((r)=>r.permission_id));
    assertCanGrant(caller, [
        ...perms
    ].filter(([, pid])=>!held.has(pid)).map(([key])=>key), 'permissions');
    const ids = (0, _sql.intArray)([
        ...perms.values()
    ]);
    await em.execute(`delete from ${table} where ${ownerColumn} = ? and not (permission_id = any(?::int[]))`, [
        ownerId,
        ids
    ]);
    await em.execute(`insert into ${table} (${ownerColumn}, permission_id) select ?, unnest(?::int[]) on conflict do nothing`, [
        ownerId,
        ids
    ]);
}
