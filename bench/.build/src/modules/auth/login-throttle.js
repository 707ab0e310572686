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
    get LoginThrottle () {
        return LoginThrottle;
    },
    get THROTTLE_TABLE () {
        return THROTTLE_TABLE;
    }
});
const _ratelimiterflexible = require("rate-limiter-flexible");
const _errors = require("../../errors");
const THROTTLE_TABLE = 'login_throttle';
let LoginThrottle = class LoginThrottle {
    constructor(pool, opts){
        this.opts = opts;
        const common = {
            storeClient: pool,
            storeType: 'pool',
            tableName: THROTTLE_TABLE,
            tableCreated: true
        };
        this.byUser = new _ratelimiterflexible.RateLimiterPostgres({
            ...common,
            keyPrefix: 'user',
            points: opts.failuresPerUser,
            duration: opts.coolOffS,
            blockDuration: opts.coolOffS
        });
        this.byAddress = new _ratelimiterflexible.RateLimiterPostgres({
            ...common,
            keyPrefix: 'addr',
            points: opts.failuresPerAddress,
            duration: opts.coolOffS,
            blockDuration: opts.coolOffS
        });
    }
    /** Throws 429 while the account or the address is locked. */ async check(req, username) {
        const [u, a] = await Promise.all([
            this.byUser.get(userKey(username)),
            this.byAddress.get(addressOf(req))
        ]);
        const locked = [
            u && u.consumedPoints >= this.opts.failuresPerUser ? u : null,
            a && a.consumedPoints >= this.opts.failuresPerAddress ? a : null
        ].filter((r)=>r !== null);
        if (locked.length) {
            const wait = Math.max(...locked.map((r)=>r.msBeforeNext));
            throw new _errors.TooManyRequestsError(Math.max(1, Math.ceil(wait / 1000)));
        }
    }
    async fail(req, username) {
        await Promise.all([
            this.byUser.consume(userKey(username)).catch(rejectedIsFine),
            this.byAddress.consume(addressOf(req)).catch(rejectedIsFine)
        ]);
    }
    /** A successful login clears the account's failures (not the address's). */ async succeed(_req, username) {
        await this.byUser.delete(userKey(username));
    }
};
// Case variants of one account share a counter.
function userKey(username) {
    return username.trim().toLowerCase().slice(0, 150);
}
function addressOf(req) {
    return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}
// consume() rejects with a RateLimiterRes once over the limit: that is the lock, not a fault.
function rejectedIsFine(err) {
    if (err instanceof _ratelimiterflexible.RateLimiterRes) return;
    throw err;
}
