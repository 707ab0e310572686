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
    get INVALID_LOGIN_MESSAGE () {
        return INVALID_LOGIN_MESSAGE;
    },
    get assertValidPassword () {
        return assertValidPassword;
    },
    get authenticate () {
        return authenticate;
    },
    get changeOwnPassword () {
        return changeOwnPassword;
    },
    get credentialsOf () {
        return credentialsOf;
    },
    get setPassword () {
        return setPassword;
    }
});
const _errors = require("../../errors");
const _authuser = require("./auth-user");
const _passwordhasher = require("./password-hasher");
const _passwordvalidators = require("./password-validators");
const INVALID_LOGIN_MESSAGE = 'Please enter a correct username and password. Note that both fields may be case-sensitive.';
async function authenticate(c, username, password) {
    // Refused before any hashing: a megabyte password must not cost a megabyte of PBKDF2.
    if ((0, _passwordhasher.isPasswordTooLong)(password) || username.length > 150) return null;
    const rows = await c.em.getConnection().execute('select id, password, is_active from auth_user where username = ?', [
        username
    ]);
    const row = rows[0];
    if (!row) {
        await (0, _passwordhasher.hashDummy)(password, c.iterations);
        return null;
    }
    const ok = await (0, _passwordhasher.checkPassword)(password, row.password);
    if (!ok || !row.is_active) return null;
    const upgrade = (0, _passwordhasher.mustUpdate)(row.password, c.iterations) ? await (0, _passwordhasher.makePassword)(password, c.iterations) : null;
    await c.em.getConnection().execute('update auth_user set last_login = now(), password = coalesce(?, password) where id = ?', [
        upgrade,
        row.id
    ]);
    return (0, _authuser.loadAuthUser)(c.em, row.id, c.secret);
}
function credentialsOf(ctx) {
    return {
        em: ctx.em,
        secret: ctx.app.config.session.secrets[0],
        iterations: ctx.app.config.passwordHashIterations
    };
}
function assertValidPassword(field, password, user) {
    const problems = (0, _passwordvalidators.validatePassword)(password, user);
    if (problems.length) {
        throw new _errors.BadUserInputError(problems.map((p)=>({
                field,
                rule: p.code,
                message: p.message
            })));
    }
}
async function userAttributes(em, userId) {
    const rows = await em.getConnection().execute('select id, username, email, first_name, last_name, password from auth_user where id = ?', [
        userId
    ]);
    return rows[0];
}
async function setPassword(ctx, userId, newPassword, opts) {
    const attrs = await userAttributes(ctx.em, userId);
    if (!attrs) throw new _errors.BadUserInputError({
        field: 'userId',
        rule: 'exists',
        message: `User ${userId} does not exist.`
    });
    if (opts.validate !== false) {
        assertValidPassword(opts.field, newPassword, {
            username: attrs.username,
            email: attrs.email,
            firstName: attrs.first_name,
            lastName: attrs.last_name
        });
    }
    const hash = await (0, _passwordhasher.makePassword)(newPassword, ctx.app.config.passwordHashIterations);
    await ctx.em.getConnection().execute('update auth_user set password = ? where id = ?', [
        hash,
        userId
    ]);
    await ctx.app.sessionStore.destroyUserSessions(userId, opts.keepSid);
}
async function changeOwnPassword(ctx, oldPassword, newPassword) {
    const user = ctx.user;
    const attrs = await userAttributes(ctx.em, user.id);
    if (!attrs || !await (0, _passwordhasher.checkPassword)(oldPassword, attrs.password)) {
        throw new _errors.BadUserInputError({
            field: 'oldPassword',
            rule: 'password_incorrect',
            message: 'Your old password was entered incorrectly. Please enter it again.'
        });
    }
    await setPassword(ctx, user.id, newPassword, {
        field: 'newPassword',
        keepSid: ctx.req?.sessionID
    });
    const refreshed = await (0, _authuser.loadAuthUser)(ctx.em, user.id, ctx.app.config.session.secrets[0]);
    return refreshed;
}
