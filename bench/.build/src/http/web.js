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
    get defaultWebDir () {
        return defaultWebDir;
    },
    get webRoutes () {
        return webRoutes;
    }
});
const _nodefs = require("node:fs");
const _promises = require("node:fs/promises");
const _nodepath = /*#__PURE__*/ _interop_require_default(require("node:path"));
const _express = /*#__PURE__*/ _interop_require_wildcard(require("express"));
function _interop_require_default(obj) {
    return obj && obj.__esModule ? obj : {
        default: obj
    };
}
function _getRequireWildcardCache(nodeInterop) {
    if (typeof WeakMap !== "function") return null;
    var cacheBabelInterop = new WeakMap();
    var cacheNodeInterop = new WeakMap();
    return (_getRequireWildcardCache = function(nodeInterop) {
        return nodeInterop ? cacheNodeInterop : cacheBabelInterop;
    })(nodeInterop);
}
function _interop_require_wildcard(obj, nodeInterop) {
    if (!nodeInterop && obj && obj.__esModule) {
        return obj;
    }
    if (obj === null || typeof obj !== "object" && typeof obj !== "function") {
        return {
            default: obj
        };
    }
    var cache = _getRequireWildcardCache(nodeInterop);
    if (cache && cache.has(obj)) {
        return cache.get(obj);
    }
    var newObj = {
        __proto__: null
    };
    var hasPropertyDescriptor = Object.defineProperty && Object.getOwnPropertyDescriptor;
    for(var key in obj){
        if (key !== "default" && Object.prototype.hasOwnProperty.call(obj, key)) {
            var desc = hasPropertyDescriptor ? Object.getOwnPropertyDescriptor(obj, key) : null;
            if (desc && (desc.get || desc.set)) {
                Object.defineProperty(newObj, key, desc);
            } else {
                newObj[key] = obj[key];
            }
        }
    }
    newObj.default = obj;
    if (cache) {
        cache.set(obj, newObj);
    }
    return newObj;
}
function defaultWebDir() {
    const root = _nodepath.default.resolve(__dirname, '..', '..');
    return _nodepath.default.basename(root) === 'dist' ? _nodepath.default.join(root, 'web') : _nodepath.default.join(root, 'dist', 'web');
}
const ASSET_CACHE = 'public, max-age=31536000, immutable';
function webRoutes(services, webDir = defaultWebDir()) {
    const router = (0, _express.Router)();
    const { config } = services;
    // Vite names every asset after its content hash, so a browser may keep it for a year.
    router.use('/app/assets', _express.default.static(_nodepath.default.join(webDir, 'assets'), {
        index: false,
        fallthrough: false,
        setHeaders: (res)=>res.setHeader('Cache-Control', ASSET_CACHE)
    }));
    // Routing is not strict: '/app' also matches '/app/', which is the page itself.
    router.get('/app', (req, res, next)=>req.path === '/app' ? res.redirect(301, '/app/') : next());
    router.get([
        '/app/',
        '/app/{*path}'
    ], (req, res, next)=>sendPage(req, res, next, _nodepath.default.join(webDir, 'app', 'index.html')));
    router.get([
        '/graphql',
        '/playground'
    ], (req, res, next)=>{
        if (!config.graphql.playground) return next();
        // GraphQL GET requests (a `query` parameter, or not asking for HTML) go on to Apollo.
        if (req.path === '/graphql' && (req.query.query !== undefined || req.accepts([
            'json',
            'html'
        ]) !== 'html')) return next();
        return sendPage(req, res, next, _nodepath.default.join(webDir, 'playground', 'index.html'));
    });
    return router;
}
async function sendPage(req, res, next, file) {
    if (!(0, _nodefs.existsSync)(file)) {
        res.status(503).type('text').set('Cache-Control', 'no-store').send('The web app is not built: run `npm run build:web`.\n');
        return;
    }
    try {
        const html = await (0, _promises.readFile)(file, 'utf8');
        // The page reads the csrftoken cookie to send X-CSRFToken: make sure it has one.
        req.csrf?.getToken();
        res.status(200).type('html').set('Cache-Control', 'no-store').send(html);
    } catch (err) {
        next(err);
    }
}
