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
    get GRAPHQL_PATH () {
        return GRAPHQL_PATH;
    },
    get createApp () {
        return createApp;
    },
    get escapeHtml () {
        return escapeHtml;
    }
});
const _nodehttp = /*#__PURE__*/ _interop_require_default(require("node:http"));
const _express = /*#__PURE__*/ _interop_require_default(require("express"));
const _cors = /*#__PURE__*/ _interop_require_default(require("cors"));
const _helmet = /*#__PURE__*/ _interop_require_default(require("helmet"));
const _server = require("@apollo/server");
const _express5 = require("@as-integrations/express5");
const _drainHttpServer = require("@apollo/server/plugin/drainHttpServer");
const _disabled = require("@apollo/server/plugin/disabled");
const _default = require("@apollo/server/plugin/landingPage/default");
const _context = require("./context");
const _errors = require("./errors");
const _authsession = require("./http/auth-session");
const _csrf = require("./http/csrf");
const _health = require("./http/health");
const _legacy = require("./http/legacy");
const _web = require("./http/web");
const _loginpage = require("./http/login-page");
const _requestlog = require("./http/request-log");
const _session = require("./http/session");
const _anonymousgateplugin = require("./graphql/anonymous-gate.plugin");
const _pubsub = require("./graphql/pubsub");
const _subscriptions = require("./graphql/subscriptions");
const _armor = require("./graphql/armor");
const _loginthrottle = require("./modules/auth/login-throttle");
const _schema = require("./schema");
const _auditcontext = require("./modules/audit/audit-context");
function _interop_require_default(obj) {
    return obj && obj.__esModule ? obj : {
        default: obj
    };
}
const GRAPHQL_PATH = '/graphql';
async function createApp(opts) {
    const { config, orm, logger, pool } = opts;
    const sessionStore = new _session.SessionStore(pool);
    const loginThrottle = new _loginthrottle.LoginThrottle(pool, config.loginThrottle);
    const pubsub = new _pubsub.PubSub({
        pool,
        logger
    });
    await pubsub.start();
    const services = {
        config,
        orm,
        logger,
        sessionStore,
        loginThrottle,
        pubsub
    };
    const schema = opts.schema ?? await (0, _schema.buildAppSchema)();
    const app = (0, _express.default)();
    const server = _nodehttp.default.createServer(app);
    app.disable('x-powered-by');
    app.set('trust proxy', config.trustProxy);
    app.set('query parser', 'simple');
    app.use((0, _requestlog.requestLog)(logger));
    app.use((0, _helmet.default)({
        contentSecurityPolicy: {
            directives: {
                defaultSrc: [
                    "'self'"
                ],
                imgSrc: [
                    "'self'",
                    'data:',
                    'blob:'
                ],
                styleSrc: [
                    "'self'",
                    "'unsafe-inline'"
                ],
                scriptSrc: [
                    "'self'"
                ],
                // 'self' covers ws:/wss: to this host (CSP Level 3): subscriptions, nowhere else.
                connectSrc: [
                    "'self'"
                ],
                // The playground's editor runs its language services in workers built into /app/assets.
                workerSrc: [
                    "'self'",
                    'blob:'
                ],
                frameAncestors: [
                    "'none'"
                ],
                formAction: [
                    "'self'"
                ],
                objectSrc: [
                    "'none'"
                ],
                upgradeInsecureRequests: config.session.cookieSecure ? [] : null
            }
        },
        strictTransportSecurity: config.session.cookieSecure,
        // Django's default. With helmet's no-referrer, browsers send `Origin: null` on same-origin
        // POSTs (forms and fetch), which the CSRF origin check must refuse.
        referrerPolicy: {
            policy: 'same-origin'
        }
    }));
    app.use((0, _health.healthRoutes)(pool));
    if (config.corsAllowedOrigins.length) {
        const allowed = new Set(config.corsAllowedOrigins);
        app.use((0, _cors.default)({
            // Only listed origins get CORS headers; others are never reflected.
            origin: (origin, cb)=>cb(null, origin !== undefined && allowed.has(origin)),
            credentials: true,
            allowedHeaders: [
                'Content-Type',
                'X-CSRFToken',
                'X-Request-Id',
                'Apollo-Require-Preflight'
            ],
            exposedHeaders: [
                'X-Request-Id'
            ],
            maxAge: 600
        }));
    }
    app.use(_express.default.json({
        limit: config.bodyLimit
    }));
    app.use(_express.default.urlencoded({
        extended: false,
        limit: config.bodyLimit,
        parameterLimit: 100
    }));
    app.use((0, _csrf.createCsrfMiddleware)({
        cookieName: config.csrf.cookieName,
        headerName: 'x-csrftoken',
        formField: 'csrfmiddlewaretoken',
        cookieSecure: config.csrf.cookieSecure,
        cookieSameSite: 'lax',
        cookieMaxAgeSeconds: 31449600,
        trustedOrigins: config.csrf.trustedOrigins,
        onFailure: (req, res, reason)=>{
            req.log?.warn({
                reason,
                path: req.path
            }, 'csrf refused');
            if (req.accepts([
                'json',
                'html'
            ]) === 'html' && !req.path.startsWith(GRAPHQL_PATH)) {
                res.status(403).type('html').send(`<!doctype html><title>403 Forbidden</title><h1>Forbidden (403)</h1><p>CSRF verification failed. Request aborted.</p><p>${escapeHtml(reason)}</p>`);
                return;
            }
            res.status(403).json({
                errors: [
                    {
                        message: 'CSRF verification failed. Request aborted.',
                        extensions: {
                            code: 'FORBIDDEN',
                            reason
                        }
                    }
                ]
            });
        }
    }));
    app.use((0, _session.createSessionMiddleware)(config, sessionStore));
    app.use((0, _authsession.createAuthMiddleware)(orm, config));
    app.use((0, _auditcontext.auditContextMiddleware)());
    app.use((req, res, next)=>{
        // Nothing personal is ever kept by a shared cache or the browser's back button.
        if (req.user || req.session?.userId) res.setHeader('Cache-Control', 'no-store');
        next();
    });
    app.get('/csrf/', (req, res)=>{
        res.setHeader('Cache-Control', 'no-store');
        res.json({
            csrfToken: req.csrf.getToken()
        });
    });
    app.use((0, _loginpage.loginPageRoutes)(services));
    app.use((0, _legacy.legacyRoutes)(services));
    app.use((0, _web.webRoutes)(services));
    const limits = (0, _armor.queryLimits)({
        development: config.nodeEnv === 'development'
    });
    const apollo = new _server.ApolloServer({
        schema,
        validationRules: limits.validationRules,
        parseOptions: {
            maxTokens: _armor.MAX_TOKENS
        },
        csrfPrevention: true,
        introspection: config.graphql.introspection,
        includeStacktraceInErrorResponses: false,
        hideSchemaDetailsFromClientErrors: config.nodeEnv !== 'development',
        allowBatchedHttpRequests: false,
        formatError: (0, _errors.createFormatError)(logger),
        logger,
        plugins: [
            ...limits.plugins,
            (0, _anonymousgateplugin.anonymousGatePlugin)(),
            (0, _drainHttpServer.ApolloServerPluginDrainHttpServer)({
                httpServer: server,
                stopGracePeriodMillis: config.shutdownGraceMs
            }),
            // Nothing uses cache hints; the plugin costs time on every field of wide lists.
            (0, _disabled.ApolloServerPluginCacheControlDisabled)(),
            config.graphql.landingPage && !config.graphql.playground ? (0, _default.ApolloServerPluginLandingPageLocalDefault)({
                embed: false,
                includeCookies: true
            }) : (0, _disabled.ApolloServerPluginLandingPageDisabled)()
        ]
    });
    await apollo.start();
    app.use(GRAPHQL_PATH, (0, _express5.expressMiddleware)(apollo, {
        context: async ({ req, res })=>(0, _context.createContext)(services, req.user, {
                req,
                res
            })
    }));
    const subscriptions = (0, _subscriptions.attachSubscriptions)({
        server,
        schema,
        services,
        path: GRAPHQL_PATH
    });
    app.use((req, res)=>{
        res.status(404).json({
            error: 'Not found',
            path: req.path
        });
    });
    app.use((err, req, res, _next)=>{
        const e = err;
        const status = e.statusCode ?? e.status;
        if (status && status >= 400 && status < 500 && e.expose) {
            res.status(status).json({
                error: e.message ?? 'Bad request',
                code: e.type === 'entity.too.large' ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST'
            });
            return;
        }
        if ((0, _errors.isDatabaseUnavailable)(err)) {
            req.log?.warn({
                err
            }, 'database unavailable');
            res.status(503).json({
                error: 'Service temporarily unavailable',
                code: 'SERVICE_UNAVAILABLE'
            });
            return;
        }
        req.log?.error({
            err
        }, 'unhandled error');
        res.status(500).json({
            error: 'Internal server error',
            code: 'INTERNAL_SERVER_ERROR'
        });
    });
    return {
        app,
        server,
        apollo,
        services,
        async close () {
            logger.debug('close: subscriptions');
            await subscriptions.close();
            logger.debug('close: apollo');
            await apollo.stop();
            logger.debug('close: sessions');
            sessionStore.close();
            logger.debug('close: pubsub');
            await pubsub.close();
            logger.debug('close: done');
        }
    };
}
function escapeHtml(s) {
    return s.replace(/[&<>"']/g, (c)=>({
            '&': '&amp;',
            '<': '&lt;',
            '>': '&gt;',
            '"': '&quot;',
            "'": '&#39;'
        })[c]);
}
