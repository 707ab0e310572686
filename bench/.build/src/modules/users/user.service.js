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
    get createUser () {
        return createUser;
    },
    get forgetLoaded () {
        return forgetLoaded;
    },
    get getUser () {
        return getUser;
    },
    get listUsers () {
        return listUsers;
    },
    get setUserGroups () {
        return setUserGroups;
    },
    get setUserPassword () {
        return setUserPassword;
    },
    get setUserPermissions () {
        return setUserPermissions;
    },
    get updateUser () {
        return updateUser;
    }
});
const _sql = require("../../db/sql");
const _errors = require("../../errors");
const _ids = require("../../graphql/ids");
const _loaders = require("../../graphql/loaders");
const _pagination = require("../../graphql/pagination");
const _authservice = require("../auth/auth.service");
const _passwordhasher = require("../auth/password-hasher");
const _passwordvalidators = require("../auth/password-validators");
const _userentity = require("../auth/user.entity");
const _permissiongrants = require("./permission-grants");
const _useradmin = require("./user-admin");
const USER_COLUMNS = 'u.id, u.username, u.email, u.first_name, u.last_name, u.is_active, u.is_staff, u.is_superuser, u.last_login, u.date_joined';
const NAME_MAX = 150;
const Q_MAX = 150;
function userFromRow(r) {
    return Object.assign(new _userentity.User(), {
        id: r.id,
        username: r.username,
        email: r.email,
        firstName: r.first_name,
        lastName: r.last_name,
        isActive: r.is_active,
        isStaff: r.is_staff,
        isSuperuser: r.is_superuser,
        lastLogin: r.last_login,
        dateJoined: r.date_joined
    });
}
async function listUsers(ctx, filter, page) {
    const first = (0, _pagination.checkPageSize)(page.first);
    const cursor = (0, _pagination.decodeCursor)(page.after, 1);
    const where = [];
    const params = [];
    if (cursor) {
        const afterId = cursor[0];
        if (typeof afterId !== 'number' || !Number.isSafeInteger(afterId)) {
            throw new _errors.BadUserInputError({
                field: 'after',
                rule: 'cursor',
                message: 'after is not a cursor returned by this list.'
            });
        }
        where.push('u.id > ?');
        params.push(afterId);
    }
    const q = filter.q?.trim();
    if (q) {
        if (q.length > Q_MAX) throw new _errors.BadUserInputError({
            field: 'filter.q',
            rule: 'max_length',
            message: `q takes at most ${Q_MAX} characters.`
        });
        const like = `%${q.replace(/[\\%_]/g, '\\$&')}%`;
        where.push(`(u.username ilike ? or u.email ilike ? or u.first_name ilike ? or u.last_name ilike ? or (u.first_name || ' ' || u.last_name) ilike ?)`);
        params.push(like, like, like, like, like);
    }
    for (const [flag, column] of [
        [
            'isActive',
            'is_active'
        ],
        [
            'isStaff',
            'is_staff'
        ],
        [
            'isSuperuser',
            'is_superuser'
        ]
    ]){
        const value = filter[flag];
        if (value !== null && value !== undefined) {
            where.push(`u.${column} = ?`);
            params.push(value);
        }
    }
    if (filter.groupId !== null && filter.groupId !== undefined) {
        where.push('exists (select 1 from auth_user_groups ug where ug.user_id = u.id and ug.group_id = ?)');
        params.push((0, _ids.parseId)(filter.groupId, 'filter.groupId'));
    }
    params.push(first + 1);
    const rows = await ctx.em.getConnection().execute(`select ${USER_COLUMNS} from auth_user u ${where.length ? `where ${where.join(' and ')}` : ''} order by u.id limit ?`, params);
    return (0, _pagination.toConnection)(rows, first, (r)=>[
            r.id
        ], userFromRow);
}
async function getUser(ctx, id) {
    const rows = await ctx.em.execute(`select ${USER_COLUMNS} from auth_user u where u.id = ?`, [
        id
    ]);
    if (!rows[0]) throw new _errors.NotFoundError('User', id);
    return userFromRow(rows[0]);
}
/** The target row, locked for the rest of the transaction; NOT_FOUND when missing. */ async function lockTarget(em, id, field = 'id', lock = true) {
    const rows = await em.execute(`select ${USER_COLUMNS} from auth_user u where u.id = ?${lock ? ' for update' : ''}`, [
        id
    ]);
    if (!rows[0]) throw new _errors.NotFoundError('User', id, field);
    return rows[0];
}
// Django's forms strip surrounding blanks (not from passwords); usernames are NFKC-normalised
// and the domain of an email address lower-cased.
function normalizeUsername(username) {
    return username.trim().normalize('NFKC');
}
function normalizeEmail(email) {
    const trimmed = email.trim();
    const at = trimmed.lastIndexOf('@');
    return at < 0 ? trimmed : `${trimmed.slice(0, at)}@${trimmed.slice(at + 1).toLowerCase()}`;
}
function checkName(problems, field, value) {
    if (value.length > NAME_MAX) problems.add(field, 'max_length', `${field} must be ${NAME_MAX} characters or fewer.`);
}
const DUPLICATE_USERNAME = 'A user with that username already exists.';
// Django's user forms compare usernames case-insensitively; the constraint catches races.
async function assertUsernameFree(em, username, exceptId) {
    const rows = await em.execute('select 1 from auth_user where lower(username) = lower(?) and id <> ?', [
        username,
        exceptId ?? 0
    ]);
    if (rows.length) throw new _errors.ConflictError(DUPLICATE_USERNAME, 'username');
}
function mapDuplicateUsername(err) {
    if ((0, _permissiongrants.isUniqueViolation)(err, 'auth_user_username_unique')) throw new _errors.ConflictError(DUPLICATE_USERNAME, 'username');
    throw err;
}
function forgetLoaded(ctx) {
    ctx.loaders = new _loaders.Loaders();
}
async function createUser(ctx, input) {
    const caller = ctx.user;
    (0, _permissiongrants.assertFlagsAllowed)(caller, input);
    const username = normalizeUsername(input.username);
    const email = normalizeEmail(input.email);
    const firstName = input.firstName.trim();
    const lastName = input.lastName.trim();
    const problems = new _errors.Problems();
    (0, _useradmin.checkUsername)(problems, 'username', username);
    (0, _useradmin.checkEmail)(problems, 'email', email);
    checkName(problems, 'firstName', firstName);
    checkName(problems, 'lastName', lastName);
    for (const p of (0, _passwordvalidators.validatePassword)(input.password, {
        username,
        email,
        firstName,
        lastName
    })){
        problems.add('password', p.code, p.message);
    }
    const groupIds = (0, _permissiongrants.idList)(problems, 'groupIds', input.groupIds ?? []);
    const keys = (0, _permissiongrants.permissionKeys)(problems, 'permissions', input.permissions ?? []);
    const groups = await (0, _permissiongrants.resolveGroups)(ctx.em, problems, 'groupIds', groupIds);
    const perms = await (0, _permissiongrants.resolvePermissions)(ctx.em, problems, 'permissions', keys);
    problems.throwIfAny();
    (0, _permissiongrants.assertCanGrant)(caller, perms.keys(), 'permissions');
    (0, _permissiongrants.assertCanGrantGroups)(caller, groups, 'groupIds');
    const hash = await (0, _passwordhasher.makePassword)(input.password, ctx.app.config.passwordHashIterations);
    const id = await ctx.em.transactional(async (em)=>{
        await assertUsernameFree(em, username, null);
        const [row] = await em.execute(`insert into auth_user (username, email, first_name, last_name, password, is_active, is_staff, is_superuser, date_joined)
         values (?, ?, ?, ?, ?, ?, ?, ?, now()) returning id`, [
            username,
            email,
            firstName,
            lastName,
            hash,
            input.isActive ?? true,
            input.isStaff ?? false,
            input.isSuperuser ?? false
        ]);
        const userId = row.id;
        if (groupIds.length) {
            await em.execute('insert into auth_user_groups (user_id, group_id) select ?, unnest(?::int[])', [
                userId,
                (0, _sql.intArray)(groupIds)
            ]);
        }
        if (perms.size) {
            await em.execute('insert into auth_user_user_permissions (user_id, permission_id) select ?, unnest(?::int[])', [
                userId,
                (0, _sql.intArray)([
                    ...perms.values()
                ])
            ]);
        }
        return userId;
    }).catch(mapDuplicateUsername);
    forgetLoaded(ctx);
    return getUser(ctx, id);
}
const SELF_LOCKOUT = [
    [
        'isActive',
        'You cannot deactivate your own account; ask another superuser.'
    ],
    [
        'isStaff',
        'You cannot remove your own staff status; ask another superuser.'
    ],
    [
        'isSuperuser',
        'You cannot remove your own superuser status; ask another superuser.'
    ]
];
async function updateUser(ctx, id, input) {
    const caller = ctx.user;
    (0, _permissiongrants.assertFlagsAllowed)(caller, input);
    const problems = new _errors.Problems();
    const sets = [];
    let username = null;
    if (input.username !== null && input.username !== undefined) {
        username = normalizeUsername(input.username);
        (0, _useradmin.checkUsername)(problems, 'username', username);
        sets.push([
            'username',
            username
        ]);
    }
    if (input.email !== null && input.email !== undefined) {
        const email = normalizeEmail(input.email);
        (0, _useradmin.checkEmail)(problems, 'email', email);
        sets.push([
            'email',
            email
        ]);
    }
    for (const [field, column] of [
        [
            'firstName',
            'first_name'
        ],
        [
            'lastName',
            'last_name'
        ]
    ]){
        const value = input[field];
        if (value !== null && value !== undefined) {
            checkName(problems, field, value.trim());
            sets.push([
                column,
                value.trim()
            ]);
        }
    }
    for (const [flag, column] of [
        [
            'isActive',
            'is_active'
        ],
        [
            'isStaff',
            'is_staff'
        ],
        [
            'isSuperuser',
            'is_superuser'
        ]
    ]){
        const value = input[flag];
        if (value !== null && value !== undefined) sets.push([
            column,
            value
        ]);
    }
    if (id === caller.id) {
        for (const [flag, message] of SELF_LOCKOUT){
            if (input[flag] === false) problems.add(flag, 'self_lockout', message);
        }
    }
    problems.throwIfAny();
    const deactivated = await ctx.em.transactional(async (em)=>{
        const target = await lockTarget(em, id);
        (0, _permissiongrants.assertMayManage)(caller, target);
        if (username !== null && username !== target.username) await assertUsernameFree(em, username, id);
        if (sets.length) {
            await em.execute(`update auth_user set ${sets.map(([c])=>`${c} = ?`).join(', ')} where id = ?`, [
                ...sets.map(([, v])=>v),
                id
            ]);
        }
        return target.is_active && input.isActive === false;
    }).catch(mapDuplicateUsername);
    // After the commit; the per-request user load refuses an inactive user anyway.
    if (deactivated) await ctx.app.sessionStore.destroyUserSessions(id);
    forgetLoaded(ctx);
    return getUser(ctx, id);
}
async function setUserPassword(ctx, id, password) {
    const caller = ctx.user;
    const target = await lockTarget(ctx.em, id, 'id', false);
    (0, _permissiongrants.assertMayManage)(caller, target);
    const keepSid = id === caller.id ? ctx.req?.sessionID : undefined;
    await (0, _authservice.setPassword)(ctx, id, password, {
        field: 'password',
        keepSid
    });
    return getUser(ctx, id);
}
async function setUserGroups(ctx, userId, rawGroupIds) {
    const caller = ctx.user;
    const problems = new _errors.Problems();
    const groupIds = (0, _permissiongrants.idList)(problems, 'groupIds', rawGroupIds);
    problems.throwIfAny();
    await ctx.em.transactional(async (em)=>{
        const target = await lockTarget(em, userId, 'userId');
        (0, _permissiongrants.assertMayManage)(caller, target);
        const groups = await (0, _permissiongrants.resolveGroups)(em, problems, 'groupIds', groupIds);
        problems.throwIfAny();
        const current = await em.execute('select group_id from auth_user_groups where user_id = ?', [
            userId
        ]);
        const held = new Set(current.map((r)=>r.group_id));
        (0, _permissiongrants.assertCanGrantGroups)(caller, groups.filter((g)=>!held.has(g.id)), 'groupIds');
        await em.execute('delete from auth_user_groups where user_id = ? and not (group_id = any(?::int[]))', [
            userId,
            (0, _sql.intArray)(groupIds)
        ]);
        await em.execute('insert into auth_user_groups (user_id, group_id) select ?, unnest(?::int[]) on conflict do nothing', [
            userId,
            (0, _sql.intArray)(groupIds)
        ]);
    });
    forgetLoaded(ctx);
    return getUser(ctx, userId);
}
async function setUserPermissions(ctx, userId, rawPermissions) {
    const caller = ctx.user;
    const problems = new _errors.Problems();
    const keys = (0, _permissiongrants.permissionKeys)(problems, 'permissions', rawPermissions);
    problems.throwIfAny();
    await ctx.em.transactional(async (em)=>{
        const target = await lockTarget(em, userId, 'userId');
        (0, _permissiongrants.assertMayManage)(caller, target);
        const perms = await (0, _permissiongrants.resolvePermissions)(em, problems, 'permissions', keys);
        problems.throwIfAny();
        await (0, _permissiongrants.replaceDirectPermissions)(em, caller, 'auth_user_user_permissions', 'user_id', userId, perms);
    });
    forgetLoaded(ctx);
    return getUser(ctx, userId);
}
