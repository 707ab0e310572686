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
    get planImageDir () {
        return planImageDir;
    },
    get planImagePath () {
        return planImagePath;
    },
    get removePlanImage () {
        return removePlanImage;
    },
    get writePlanImage () {
        return writePlanImage;
    }
});
const _nodecrypto = require("node:crypto");
const _promises = require("node:fs/promises");
const _nodepath = /*#__PURE__*/ _interop_require_default(require("node:path"));
function _interop_require_default(obj) {
    return obj && obj.__esModule ? obj : {
        default: obj
    };
}
// Uploaded plan images live under UPLOAD_DIR/floor-plans with random names that the
// database stores; names are never taken from the client.
const STORED_NAME = /^[0-9a-f]{32}\.(png|jpg|svg)$/;
function planImageDir(config) {
    return _nodepath.default.resolve(config.uploads.dir, 'floor-plans');
}
function planImagePath(config, name) {
    return STORED_NAME.test(name) ? _nodepath.default.join(planImageDir(config), name) : null;
}
async function writePlanImage(config, bytes, ext) {
    const dir = planImageDir(config);
    await (0, _promises.mkdir)(dir, {
        recursive: true
    });
    const name = `${(0, _nodecrypto.randomBytes)(16).toString('hex')}.${ext}`;
    const tmp = _nodepath.default.join(dir, `.${name}.${(0, _nodecrypto.randomBytes)(4).toString('hex')}.tmp`);
    try {
        await (0, _promises.writeFile)(tmp, bytes, {
            flag: 'wx',
            mode: 0o640
        });
        await (0, _promises.rename)(tmp, _nodepath.default.join(dir, name));
    } catch (err) {
        await (0, _promises.rm)(tmp, {
            force: true
        });
        throw err;
    }
    return name;
}
async function removePlanImage(config, name, logger) {
    const file = planImagePath(config, name);
    if (!file) return;
    try {
        await (0, _promises.rm)(file, {
            force: true
        });
    } catch (err) {
        logger.warn({
            err,
            file
        }, 'could not remove a floor plan image');
    }
}
