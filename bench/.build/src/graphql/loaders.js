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
    get Loaders () {
        return Loaders;
    },
    get groupBy () {
        return groupBy;
    }
});
const _dataloader = /*#__PURE__*/ _interop_require_default(require("dataloader"));
function _interop_require_default(obj) {
    return obj && obj.__esModule ? obj : {
        default: obj
    };
}
let Loaders = class Loaders {
    get(name, batch) {
        let loader = this.map.get(name);
        if (!loader) {
            loader = new _dataloader.default(batch, {
                maxBatchSize: 1000
            });
            this.map.set(name, loader);
        }
        return loader;
    }
    constructor(){
        this.map = new Map();
    }
};
function groupBy(keys, rows, keyOf) {
    const byKey = new Map();
    for (const row of rows){
        const k = keyOf(row);
        const list = byKey.get(k);
        if (list) list.push(row);
        else byKey.set(k, [
            row
        ]);
    }
    return keys.map((k)=>byKey.get(k) ?? []);
}
