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
    get commonPasswords () {
        return commonPasswords;
    },
    get exceedsMaximumLengthRatio () {
        return exceedsMaximumLengthRatio;
    },
    get quickRatio () {
        return quickRatio;
    },
    get validatePassword () {
        return validatePassword;
    }
});
const _nodefs = require("node:fs");
const _nodepath = require("node:path");
const _nodezlib = require("node:zlib");
const _passwordhasher = require("./password-hasher");
const MIN_LENGTH = 8;
const MAX_SIMILARITY = 0.7;
const COMMON_PASSWORDS_FILE = (0, _nodepath.join)('data', 'common-passwords.txt.gz');
// Django's DEFAULT_USER_ATTRIBUTES, in its order, with the User model's verbose names.
const SIMILARITY_ATTRIBUTES = [
    [
        'username',
        'username'
    ],
    [
        'firstName',
        'first name'
    ],
    [
        'lastName',
        'last name'
    ],
    [
        'email',
        'email address'
    ]
];
// Python's `\W` on str: anything that is not a letter, a number or "_".
// Combining marks are not word characters in Python either.
const NON_WORD_RUN = /[^\p{L}\p{N}_]+/u;
function validatePassword(password, user) {
    const checks = [
        checkMaximumLength,
        checkSimilarity,
        checkMinimumLength,
        checkCommon,
        checkNumeric
    ];
    const problems = [];
    for (const check of checks){
        const problem = check(password, user);
        if (problem) problems.push(problem);
    }
    return problems;
}
function checkMaximumLength(password) {
    if (!(0, _passwordhasher.isPasswordTooLong)(password)) return null;
    return {
        code: 'password_too_long',
        message: `This password is too long. It must contain at most ${_passwordhasher.PASSWORD_MAX_LENGTH} characters.`
    };
}
function checkMinimumLength(password) {
    if (codePoints(password).length >= MIN_LENGTH) return null;
    return {
        code: 'password_too_short',
        message: `This password is too short. It must contain at least ${MIN_LENGTH} characters.`
    };
}
// Port of UserAttributeSimilarityValidator.validate: the first similar attribute wins.
function checkSimilarity(password, user) {
    if (!user) return null;
    const lowered = codePoints(password.toLowerCase());
    for (const [attribute, verboseName] of SIMILARITY_ATTRIBUTES){
        const value = user[attribute];
        if (typeof value !== 'string' || value === '') continue;
        const valueLower = value.toLowerCase();
        const parts = [
            ...valueLower.split(NON_WORD_RUN),
            valueLower
        ];
        if (parts.some((part)=>isTooSimilar(lowered, codePoints(part)))) {
            return {
                code: 'password_too_similar',
                message: `The password is too similar to the ${verboseName}.`
            };
        }
    }
    return null;
}
function isTooSimilar(password, part) {
    if (exceedsMaximumLengthRatio(password, MAX_SIMILARITY, part)) return false;
    return quickRatio(password, part) >= MAX_SIMILARITY;
}
function exceedsMaximumLengthRatio(password, maxSimilarity, value) {
    const pwdLen = password.length;
    const lengthBoundSimilarity = maxSimilarity / 2 * pwdLen;
    const valueLen = value.length;
    return pwdLen >= 10 * valueLen && valueLen < lengthBoundSimilarity;
}
function quickRatio(a, b) {
    const available = new Map();
    for (const element of b)available.set(element, (available.get(element) ?? 0) + 1);
    let matches = 0;
    for (const element of a){
        const count = available.get(element) ?? 0;
        if (count > 0) {
            matches++;
            available.set(element, count - 1);
        }
    }
    const total = a.length + b.length;
    return total === 0 ? 1 : 2 * matches / total;
}
function checkCommon(password) {
    if (!commonPasswords().has(password.toLowerCase().trim())) return null;
    return {
        code: 'password_too_common',
        message: 'This password is too common.'
    };
}
// Python's str.isdigit() for decimal digits of any script.
function checkNumeric(password) {
    if (!/^\p{Nd}+$/u.test(password)) return null;
    return {
        code: 'password_entirely_numeric',
        message: 'This password is entirely numeric.'
    };
}
// Python's len() and iteration work on code points, not UTF-16 units.
function codePoints(text) {
    return Array.from(text);
}
let commonPasswordSet;
function commonPasswords() {
    if (!commonPasswordSet) {
        const text = (0, _nodezlib.gunzipSync)((0, _nodefs.readFileSync)((0, _nodepath.join)(projectRoot(), COMMON_PASSWORDS_FILE))).toString('utf8');
        commonPasswordSet = new Set(text.split('\n').map((line)=>line.trim()).filter(Boolean));
    }
    return commonPasswordSet;
}
// The folder holding package.json, found from src/ (tests) and from dist/src/ (build) alike.
function projectRoot() {
    let dir = __dirname;
    while(!(0, _nodefs.existsSync)((0, _nodepath.join)(dir, 'package.json'))){
        const parent = (0, _nodepath.dirname)(dir);
        if (parent === dir) throw new Error(`No package.json found above ${__dirname}`);
        dir = parent;
    }
    return dir;
}
