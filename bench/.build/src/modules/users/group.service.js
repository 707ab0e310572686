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
    get createGroup () {
        return createGroup;
    },
    get deleteGroup () {
        return deleteGroup;
    },
    get getGroup () {
        return getGroup;
    },
    get listGroups () {
        return listGroups;
    },
    get permissionCatalogue () {
        return permissionCatalogue;
    },
    get updateGroup () {
        return updateGroup;
    }
});
const _errors = require("../../errors");
const _groupentity = require("../auth/group.entity");
const _permissionentity = require("../auth/permission.entity");
const _permissiongrants = require("./permission-grants");
const _userservice = require("./user.service");
const NAME_MAX = 150;
const Q_MAX = 150;
function groupFromRow(r) {
    return Object.assign(new _groupentity.Group(), {
        id: r.id,
        name: r.name
    });
}
async function listGroups(ctx, q) {
    const term = q?.trim() ?? '';
    if (term.length > Q_MAX) throw new _errors.BadUserInputError({
        field: 'q',
        rule: 'max_length',
        message: `q takes at most ${Q_MAX} characters.`
    });
    const rows = await ctx.em.getConnection().execute(`select id, name from auth_group where ?::text = '' or name ilike ? order by name, id`, [
        term,
        `%${term.replace(/[\\%_]/g, '\\$&')}%`
    ]);
    return rows.map(groupFromRow);
}
async function getGroup(ctx, id) {
    const rows = await ctx.em.execute('select id, name from auth_group where id = ?', [
        id
    ]);
    if (!rows[0]) throw new _errors.NotFoundError('Group', id);
    return groupFromRow(rows[0]);
}
async function permissionCatalogue(ctx, appLabel) {
    const rows = await ctx.em.getConnection().execute(`select id, app_label, codename, name from auth_permission
       where ?::text is null or app_label = ? order by app_label, codename`, [
        appLabel ?? null,
        appLabel ?? null
    ]);
    return rows.map((r)=>Object.assign(new _permissionentity.Permission(), {
            id: r.id,
            appLabel: r.app_label,
            codename: r.codename,
            name: r.name
        }));
}
function groupName(problems, raw) {
    const name = raw.trim();
    if (!name) problems.add('name', 'required', 'Group name is required.');
    else if (name.length > NAME_MAX) problems.add('name', 'max_length', `Group name must be ${NAME_MAX} characters or fewer.`);
    return name;
}
function mapDuplicateName(err) {
    if ((0, _permissiongrants.isUniqueViolation)(err, 'auth_group_name_unique')) throw new _errors.ConflictError('A group with that name already exists.', 'name');
    throw err;
}
async function lockGroup(em, id) {
    const rows = await em.execute('select id from auth_group where id = ? for update', [
        id
    ]);
    if (!rows.length) throw new _errors.NotFoundError('Group', id);
}
async function createGroup(ctx, rawName, rawPermissions) {
    const caller = ctx.user;
    const problems = new _errors.Problems();
    const name = groupName(problems, rawName);
    const keys = (0, _permissiongrants.permissionKeys)(problems, 'permissions', rawPermissions);
    const perms = await (0, _permissiongrants.resolvePermissions)(ctx.em, problems, 'permissions', keys);
    problems.throwIfAny();
    (0, _permissiongrants.assertCanGrant)(caller, perms.keys(), 'permissions');
    const id = await ctx.em.transactional(async (em)=>{
        const [row] = await em.execute('insert into auth_group (name) values (?) returning id', [
            name
        ]);
        await (0, _permissiongrants.replaceDirectPermissions)(em, caller, 'auth_group_permissions', 'group_id', row.id, perms);
        return row.id;
    }).catch(mapDuplicateName);
    (0, _userservice.forgetLoaded)(ctx);
    return getGroup(ctx, id);
}
async function updateGroup(ctx, id, rawName, rawPermissions) {
    const caller = ctx.user;
    const problems = new _errors.Problems();
    const name = rawName === null || rawName === undefined ? null : groupName(problems, rawName);
    const keys = rawPermissions ? (0, _permissiongrants.permissionKeys)(problems, 'permissions', rawPermissions) : null;
    problems.throwIfAny();
    await ctx.em.transactional(async (em)=>{
        await lockGroup(em, id);
        const perms = keys ? await (0, _permissiongrants.resolvePermissions)(em, problems, 'permissions', keys) : null;
        problems.throwIfAny();
        if (name !== null) await em.execute('update auth_group set name = ? where id = ?', [
            name,
            id
        ]);
        if (perms) await (0, _permissiongrants.replaceDirectPermissions)(em, caller, 'auth_group_permissions', 'group_id', id, perms);
    }).catch(mapDuplicateName);
    (0, _userservice.forgetLoaded)(ctx);
    return getGroup(ctx, id);
}
async function deleteGroup(ctx, id) {
    const rows = await ctx.em.execute('delete from auth_group where id = ? returning id', [
        id
    ]);
    if (!rows.length) throw new _errors.NotFoundError('Group', id);
    (0, _userservice.forgetLoaded)(ctx);
    return true;
}
