"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "createContext", {
    enumerable: true,
    get: function() {
        return createContext;
    }
});
const _loaders = require("./graphql/loaders");
function createContext(app, user, http) {
    const requestId = http?.req.requestId ?? 'internal';
    return {
        app,
        em: app.orm.em.fork(),
        user,
        requestId,
        logger: http?.req.log ?? app.logger,
        loaders: new _loaders.Loaders(),
        req: http?.req,
        res: http?.res
    };
}
