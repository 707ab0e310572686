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
    get createAuthMiddleware () {
        return createAuthMiddleware;
    },
    get destroySession () {
        return destroySession;
    },
    get establishSession () {
        return establishSession;
    },
    get refreshSessionAuthHash () {
        return refreshSessionAuthHash;
    }
});
const _authuser = require("../modules/auth/auth-user");
const _session = require("./session");
function createAuthMiddleware(orm, config) {
    const secret = config.session.secrets[0];
    const absoluteMs = config.session.absoluteTimeoutS * 1000;
    return async (req, _res, next)=>{
        req.user = null;
        const s = req.session;
        const userId = s?.userId ? Number(s.userId) : NaN;
        if (!s || !Number.isInteger(userId)) return next();
        try {
            if (!s.loginAt || Date.now() - s.loginAt > absoluteMs) {
                await destroySession(req);
                return next();
            }
            const user = await (0, _authuser.loadAuthUser)(orm.em.fork(), userId, secret);
            if (!user || !user.isActive || user.authHash !== s.authHash) {
                await destroySession(req);
                return next();
            }
            req.user = user;
            next();
        } catch (err) {
            next(err);
        }
    };
}
async function establishSession(req, user) {
    await new Promise((resolve, reject)=>req.session.regenerate((err)=>err ? reject(err) : resolve()));
    (0, _session.markNewSession)(req.session);
    req.session.userId = String(user.id);
    req.session.authHash = user.authHash;
    req.session.loginAt = Date.now();
    await saveSession(req);
    req.csrf?.rotate();
    req.user = user;
}
async function refreshSessionAuthHash(req, authHash) {
    req.session.authHash = authHash;
    await saveSession(req);
}
async function destroySession(req) {
    if (!req.session) return;
    await new Promise((resolve, reject)=>req.session.destroy((err)=>err ? reject(err) : resolve()));
    req.user = null;
}
function saveSession(req) {
    return new Promise((resolve, reject)=>req.session.save((err)=>err ? reject(err) : resolve()));
}
