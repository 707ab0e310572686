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
    get BadUserInputError () {
        return _errors.BadUserInputError;
    },
    get EMAIL_RE () {
        return EMAIL_RE;
    },
    get USERNAME_RE () {
        return USERNAME_RE;
    },
    get checkEmail () {
        return checkEmail;
    },
    get checkUsername () {
        return checkUsername;
    },
    get countUsers () {
        return countUsers;
    },
    get createSuperuser () {
        return createSuperuser;
    }
});
const _errors = require("../../errors");
const _passwordhasher = require("../auth/password-hasher");
const _passwordvalidators = require("../auth/password-validators");
const USERNAME_RE = /^[\w.@+-]+$/u;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
async function countUsers(em) {
    const rows = await em.getConnection().execute('select count(*) as n from auth_user');
    return Number(rows[0]?.n ?? 0);
}
function checkUsername(problems, field, username) {
    if (!username) problems.add(field, 'required', 'Username is required.');
    else if (username.length > 150) problems.add(field, 'max_length', 'Username must be 150 characters or fewer.');
    else if (!USERNAME_RE.test(username)) {
        problems.add(field, 'invalid', 'Enter a valid username. It may contain only letters, numbers, and @/./+/-/_ characters.');
    }
}
function checkEmail(problems, field, email) {
    if (email && (email.length > 254 || !EMAIL_RE.test(email))) problems.add(field, 'invalid', 'Enter a valid email address.');
}
async function createSuperuser(em, config, input) {
    const problems = new _errors.Problems();
    checkUsername(problems, 'username', input.username);
    checkEmail(problems, 'email', input.email);
    if (input.validate !== false) {
        for (const p of (0, _passwordvalidators.validatePassword)(input.password, {
            username: input.username,
            email: input.email
        })){
            problems.add('password', p.code, p.message);
        }
    } else if (!input.password) {
        problems.add('password', 'required', 'Password is required.');
    }
    problems.throwIfAny();
    const hash = await (0, _passwordhasher.makePassword)(input.password, config.passwordHashIterations);
    try {
        const rows = await em.getConnection().execute(`insert into auth_user (username, email, password, is_staff, is_superuser, is_active, date_joined)
       values (?, ?, ?, true, true, true, now()) returning id`, [
            input.username,
            input.email,
            hash
        ]);
        return rows[0].id;
    } catch (err) {
        if (err.code === '23505') {
            throw new _errors.ConflictError(`A user with that username already exists: ${input.username}`, 'username');
        }
        throw err;
    }
}
