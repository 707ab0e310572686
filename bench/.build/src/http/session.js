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
    get SESSION_TABLE () {
        return SESSION_TABLE;
    },
    get SessionStore () {
        return SessionStore;
    },
    get createSessionMiddleware () {
        return createSessionMiddleware;
    },
    get markNewSession () {
        return markNewSession;
    }
});
const _expresssession = /*#__PURE__*/ _interop_require_default(require("express-session"));
const _connectpgsimple = /*#__PURE__*/ _interop_require_default(require("connect-pg-simple"));
function _interop_require_default(obj) {
    return obj && obj.__esModule ? obj : {
        default: obj
    };
}
const SESSION_TABLE = 'http_session';
const LOADED_EXPIRES = Symbol('loadedExpires');
const IS_NEW = Symbol('isNew');
// Idle expiry is refreshed at most once a minute per session: no store write per request.
const TOUCH_EVERY_MS = 60_000;
const PgStoreBase = (0, _connectpgsimple.default)(_expresssession.default);
let SessionStore = class SessionStore extends PgStoreBase {
    constructor(pool){
        super({
            pool,
            tableName: SESSION_TABLE,
            createTableIfMissing: false,
            pruneSessionInterval: 15 * 60
        }), this.pool = pool;
    }
    set(sid, sess, cb) {
        const expire = sessionExpiry(sess);
        const sql = sess[IS_NEW] ? `insert into ${SESSION_TABLE} (sid, sess, expire) values ($1, $2, to_timestamp($3)) on conflict (sid) do nothing` : `update ${SESSION_TABLE} set sess = $2, expire = to_timestamp($3) where sid = $1`;
        this.pool.query(sql, [
            sid,
            JSON.stringify(sess),
            expire
        ]).then(()=>cb?.(), (err)=>cb?.(err));
    }
    touch(sid, sess, cb) {
        const loaded = sess[LOADED_EXPIRES];
        const next = sess.cookie?.expires ? new Date(sess.cookie.expires).getTime() : undefined;
        if (loaded !== undefined && next !== undefined && next - loaded < TOUCH_EVERY_MS) {
            cb?.();
            return;
        }
        super.touch(sid, sess, cb);
    }
    /** Ends every session of a user except `keepSid` (password change, deactivation). */ async destroyUserSessions(userId, keepSid) {
        const res = await this.pool.query(`delete from ${SESSION_TABLE} where sess ->> 'userId' = $1 and ($2::text is null or sid <> $2)`, [
            String(userId),
            keepSid ?? null
        ]);
        return res.rowCount ?? 0;
    }
};
function sessionExpiry(sess) {
    const expires = sess.cookie?.expires ? new Date(sess.cookie.expires).getTime() : Date.now() + 86_400_000;
    return Math.ceil(expires / 1000);
}
function markNewSession(s) {
    Object.defineProperty(s, IS_NEW, {
        value: true,
        enumerable: false,
        configurable: true
    });
}
function createSessionMiddleware(config, store) {
    const s = config.session;
    const mw = (0, _expresssession.default)({
        name: s.cookieName,
        secret: s.secrets,
        store,
        resave: false,
        // Anonymous traffic never writes a session row.
        saveUninitialized: false,
        rolling: false,
        unset: 'destroy',
        proxy: undefined,
        cookie: {
            httpOnly: true,
            secure: s.cookieSecure,
            sameSite: s.cookieSameSite,
            domain: s.cookieDomain,
            path: '/',
            maxAge: s.idleTimeoutS * 1000
        }
    });
    return [
        mw,
        // Remember the expiry as stored, for the touch throttle.
        (req, _res, next)=>{
            const sess = req.session;
            if (sess?.cookie?.expires && sess.userId) {
                const value = new Date(sess.cookie.expires).getTime();
                Object.defineProperty(sess, LOADED_EXPIRES, {
                    value,
                    enumerable: false,
                    configurable: true
                });
            }
            next();
        }
    ];
}
