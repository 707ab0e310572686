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
    get MAX_ITERATIONS () {
        return MAX_ITERATIONS;
    },
    get PASSWORD_MAX_LENGTH () {
        return PASSWORD_MAX_LENGTH;
    },
    get checkPassword () {
        return checkPassword;
    },
    get hashDummy () {
        return hashDummy;
    },
    get isPasswordTooLong () {
        return isPasswordTooLong;
    },
    get isPasswordUsable () {
        return isPasswordUsable;
    },
    get makePassword () {
        return makePassword;
    },
    get makeUnusablePassword () {
        return makeUnusablePassword;
    },
    get mustUpdate () {
        return mustUpdate;
    }
});
const _nodecrypto = require("node:crypto");
const _nodeutil = require("node:util");
const pbkdf2Async = (0, _nodeutil.promisify)(_nodecrypto.pbkdf2);
const ALGORITHM = 'pbkdf2_sha256';
const DIGEST = 'sha256';
const KEY_LENGTH = 32;
const SALT_LENGTH = 22;
const RANDOM_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
// Django's UNUSABLE_PASSWORD_PREFIX and UNUSABLE_PASSWORD_SUFFIX_LENGTH.
const UNUSABLE_PREFIX = '!';
const UNUSABLE_SUFFIX_LENGTH = 40;
// Django's must_update_salt(): salts under 128 bits of entropy get replaced on login.
const MIN_SALT_ENTROPY_BITS = 128;
const PASSWORD_MAX_LENGTH = 1024;
const MAX_ITERATIONS = 10_000_000;
function isPasswordTooLong(raw) {
    if (raw.length <= PASSWORD_MAX_LENGTH) return false;
    // A code point takes at most two UTF-16 units, so past twice the limit no counting is needed.
    if (raw.length > PASSWORD_MAX_LENGTH * 2) return true;
    let count = 0;
    for (const _ of raw){
        if (++count > PASSWORD_MAX_LENGTH) return true;
    }
    return false;
}
async function makePassword(raw, iterations) {
    if (typeof raw !== 'string') throw new TypeError('Password must be a string');
    if (isPasswordTooLong(raw)) {
        throw new RangeError(`Password is longer than ${PASSWORD_MAX_LENGTH} characters`);
    }
    assertIterations(iterations);
    const salt = randomString(SALT_LENGTH);
    const hash = await derive(raw, salt, iterations);
    return `${ALGORITHM}$${iterations}$${salt}$${hash}`;
}
async function checkPassword(raw, encoded) {
    if (typeof raw !== 'string' || isPasswordTooLong(raw)) return false;
    const decoded = decodeHash(encoded);
    if (decoded === null || decoded.algorithm !== ALGORITHM) return false;
    try {
        const actual = Buffer.from(await derive(raw, decoded.salt, decoded.iterations), 'ascii');
        const expected = Buffer.from(decoded.hash, 'ascii');
        // Django compares the whole encoded string, so only the canonical base64 text matches.
        return actual.length === expected.length && (0, _nodecrypto.timingSafeEqual)(actual, expected);
    } catch  {
        return false;
    }
}
function mustUpdate(encoded, iterations) {
    const decoded = decodeHash(encoded);
    if (decoded === null || decoded.algorithm !== ALGORITHM) return true;
    return decoded.iterations < iterations || saltEntropyBits(decoded.salt) < MIN_SALT_ENTROPY_BITS;
}
function makeUnusablePassword() {
    return UNUSABLE_PREFIX + randomString(UNUSABLE_SUFFIX_LENGTH);
}
function isPasswordUsable(encoded) {
    return typeof encoded === 'string' && !encoded.startsWith(UNUSABLE_PREFIX);
}
async function hashDummy(raw, iterations) {
    if (typeof raw !== 'string' || isPasswordTooLong(raw)) return;
    assertIterations(iterations);
    await derive(raw, randomString(SALT_LENGTH), iterations);
}
async function derive(raw, salt, iterations) {
    // Django hashes the UTF-8 bytes of both the password and the salt.
    const key = await pbkdf2Async(Buffer.from(raw, 'utf8'), Buffer.from(salt, 'utf8'), iterations, KEY_LENGTH, DIGEST);
    return key.toString('base64');
}
// Parses `<algorithm>$<iterations>$<salt>$<hash>`; null for anything Django could not verify.
function decodeHash(encoded) {
    if (typeof encoded !== 'string' || !isPasswordUsable(encoded)) return null;
    const parts = encoded.split('$');
    if (parts.length !== 4) return null;
    const [algorithm, iterationsText, salt, hash] = parts;
    // Django re-encodes with int(iterations) and compares strings, so "0100" or "+100" never match.
    if (!/^[1-9][0-9]{0,7}$/.test(iterationsText)) return null;
    const iterations = Number(iterationsText);
    if (iterations > MAX_ITERATIONS || salt === '' || hash === '') return null;
    return {
        algorithm,
        iterations,
        salt,
        hash
    };
}
function assertIterations(iterations) {
    if (!Number.isSafeInteger(iterations) || iterations < 1 || iterations > MAX_ITERATIONS) {
        throw new RangeError(`Iterations must be an integer between 1 and ${MAX_ITERATIONS}`);
    }
}
function saltEntropyBits(salt) {
    return [
        ...salt
    ].length * Math.log2(RANDOM_CHARS.length);
}
// randomInt draws without modulo bias.
function randomString(length) {
    let out = '';
    for(let i = 0; i < length; i++)out += RANDOM_CHARS[(0, _nodecrypto.randomInt)(RANDOM_CHARS.length)];
    return out;
}
