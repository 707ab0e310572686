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
    get parseId () {
        return parseId;
    },
    get parseIds () {
        return parseIds;
    },
    get parseOptionalId () {
        return parseOptionalId;
    }
});
const _errors = require("../errors");
function parseId(value, field = 'id') {
    const s = String(value).trim();
    if (!/^\d{1,10}$/.test(s) || Number(s) < 1 || Number(s) > 2147483647) {
        throw new _errors.BadUserInputError({
            field,
            rule: 'id',
            message: `${field} must be a positive whole number (got "${String(value).slice(0, 40)}").`
        });
    }
    return Number(s);
}
function parseOptionalId(value, field) {
    return value === null || value === undefined || value === '' ? null : parseId(value, field);
}
function parseIds(values, field, max = 500) {
    if (values.length > max) {
        throw new _errors.BadUserInputError({
            field,
            rule: 'max_items',
            message: `${field} takes at most ${max} ids.`
        });
    }
    return [
        ...new Set(values.map((v)=>parseId(v, field)))
    ];
}
