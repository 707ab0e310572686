"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "createLogger", {
    enumerable: true,
    get: function() {
        return createLogger;
    }
});
const _pino = /*#__PURE__*/ _interop_require_default(require("pino"));
function _interop_require_default(obj) {
    return obj && obj.__esModule ? obj : {
        default: obj
    };
}
function createLogger(config) {
    return (0, _pino.default)({
        level: config.logLevel,
        base: undefined,
        // Secrets never reach the logs, even when a whole request object is logged.
        redact: [
            'req.headers.cookie',
            'req.headers.authorization',
            'req.headers["x-csrftoken"]',
            '*.password'
        ]
    });
}
