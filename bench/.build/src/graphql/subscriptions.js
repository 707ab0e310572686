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
    get attachSubscriptions () {
        return attachSubscriptions;
    },
    get originAllowed () {
        return originAllowed;
    }
});
const _nodehttp = /*#__PURE__*/ _interop_require_default(require("node:http"));
const _graphql = require("graphql");
const _ws = require("graphql-ws/use/ws");
const _ws1 = require("ws");
const _context = require("../context");
const _errors = require("../errors");
const _authsession = require("../http/auth-session");
const _session = require("../http/session");
const _armor = require("./armor");
function _interop_require_default(obj) {
    return obj && obj.__esModule ? obj : {
        default: obj
    };
}
function attachSubscriptions(opts) {
    const { server, schema, services, path } = opts;
    const { config, logger } = services;
    const authenticate = sessionAuthenticator(services);
    const limits = (0, _armor.queryLimits)({
        development: config.nodeEnv === 'development'
    });
    const rules = [
        ..._graphql.specifiedRules,
        ...limits.validationRules
    ];
    const formatError = (0, _errors.createFormatError)(logger);
    const wss = new _ws1.WebSocketServer({
        noServer: true,
        maxPayload: 64 * 1024
    });
    const onUpgrade = (req, socket, head)=>{
        // A client that resets the connection during the checks must not crash the process.
        socket.on('error', ()=>socket.destroy());
        if (new URL(req.url ?? '/', 'http://localhost').pathname !== path) return refuse(socket, 404);
        if (!originAllowed(req, config)) {
            logger.warn({
                origin: req.headers.origin,
                path
            }, 'websocket refused: origin');
            return refuse(socket, 403);
        }
        authenticate(req).then((user)=>{
            if (!user) return refuse(socket, 401);
            wss.handleUpgrade(req, socket, head, (ws)=>wss.emit('connection', ws, req));
        }, (err)=>{
            logger.warn({
                err
            }, 'websocket refused: session check failed');
            refuse(socket, 503);
        });
    };
    server.on('upgrade', onUpgrade);
    const graphqlWs = (0, _ws.useServer)({
        schema,
        // Refused with 4403 Forbidden when the session ended since the upgrade.
        onConnect: async (ctx)=>await authenticate(ctx.extra.request) !== null,
        onSubscribe: async (ctx, _id, payload)=>{
            let document;
            try {
                document = (0, _graphql.parse)(payload.query, {
                    maxTokens: _armor.MAX_TOKENS
                });
            } catch (err) {
                return [
                    err instanceof _graphql.GraphQLError ? err : new _graphql.GraphQLError('Syntax error')
                ];
            }
            const op = (0, _graphql.getOperationAST)(document, payload.operationName);
            if (!op || op.operation !== 'subscription') {
                return [
                    new _graphql.GraphQLError('Only subscriptions are accepted over WebSocket; send queries and mutations with POST /graphql.', {
                        extensions: {
                            code: 'BAD_REQUEST'
                        }
                    })
                ];
            }
            const errors = (0, _graphql.validate)(schema, document, rules);
            if (errors.length) return errors;
            const user = await authenticate(ctx.extra.request);
            return {
                schema,
                document,
                operationName: payload.operationName,
                variableValues: payload.variables,
                contextValue: (0, _context.createContext)(services, user)
            };
        },
        onNext: (_ctx, _id, _payload, _args, result)=>{
            if (!result.errors?.length) return;
            return {
                ...result,
                errors: result.errors.map((e)=>formatError(e.toJSON(), e))
            };
        },
        onError: (_ctx, _id, _payload, errors)=>errors.map((e)=>formatError(e.toJSON(), e))
    }, wss);
    return {
        async close () {
            server.off('upgrade', onUpgrade);
            await graphqlWs.dispose();
        }
    };
}
/**
 * The user behind the request's session cookie, or null: the same session middleware
 * and user check as HTTP requests (signature, store, idle and absolute expiry, password
 * changes, deactivation), reading the session from the store again on every call.
 */ function sessionAuthenticator(services) {
    const [sessionMiddleware] = (0, _session.createSessionMiddleware)(services.config, services.sessionStore);
    const authMiddleware = (0, _authsession.createAuthMiddleware)(services.orm, services.config);
    const run = (mw, req, res)=>new Promise((resolve, reject)=>{
            void mw(req, res, (err)=>err ? reject(err) : resolve());
        });
    return async (incoming)=>{
        // A fresh view of the request: express-session skips requests that have a session already.
        const req = Object.create(incoming);
        const res = new _nodehttp.default.ServerResponse(incoming);
        await run(sessionMiddleware, req, res);
        await run(authMiddleware, req, res);
        return req.user ?? null;
    };
}
function originAllowed(req, config) {
    const origin = req.headers.origin;
    if (!origin) return false;
    let url;
    try {
        url = new URL(origin);
    } catch  {
        return false;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
    const host = req.headers.host?.toLowerCase();
    if (host && url.host === host && (url.protocol === 'https:' || !config.session.cookieSecure)) return true;
    return config.csrf.trustedOrigins.some((trusted)=>{
        const wildcard = /^(https?:)\/\/\*\.(.+)$/i.exec(trusted);
        if (!wildcard) return trusted.toLowerCase() === url.origin;
        const pattern = new URL(`${wildcard[1]}//${wildcard[2]}`);
        return url.protocol === pattern.protocol && url.port === pattern.port && url.hostname.endsWith(`.${pattern.hostname}`);
    });
}
function refuse(socket, status) {
    const body = JSON.stringify({
        error: _nodehttp.default.STATUS_CODES[status],
        status
    });
    socket.once('finish', ()=>socket.destroy());
    socket.end(`HTTP/1.1 ${status} ${_nodehttp.default.STATUS_CODES[status]}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
}
