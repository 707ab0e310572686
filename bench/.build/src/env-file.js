"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "loadEnvFile", {
    enumerable: true,
    get: function() {
        return loadEnvFile;
    }
});
const _nodefs = require("node:fs");
const _nodepath = /*#__PURE__*/ _interop_require_default(require("node:path"));
function _interop_require_default(obj) {
    return obj && obj.__esModule ? obj : {
        default: obj
    };
}
function loadEnvFile() {
    const file = _nodepath.default.resolve('.env');
    if ((0, _nodefs.existsSync)(file)) process.loadEnvFile(file);
}
