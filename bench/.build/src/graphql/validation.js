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
    get decimalAmount () {
        return decimalAmount;
    },
    get has () {
        return has;
    },
    get isoDate () {
        return isoDate;
    },
    get optionalKey () {
        return optionalKey;
    },
    get optionalText () {
        return optionalText;
    },
    get requiredText () {
        return requiredText;
    }
});
function requiredText(problems, field, value, max, min = 1) {
    const v = (value ?? '').trim();
    if (v.length < min) problems.add(field, 'required', `${field} is required.`);
    else if (v.length > max) problems.add(field, 'max_length', `${field} must be at most ${max} characters (it has ${v.length}).`);
    return v;
}
function optionalText(problems, field, value, max) {
    const v = (value ?? '').trim();
    if (v.length > max) problems.add(field, 'max_length', `${field} must be at most ${max} characters (it has ${v.length}).`);
    return v;
}
function optionalKey(problems, field, value, max) {
    const v = optionalText(problems, field, value, max);
    return v === '' ? null : v;
}
function decimalAmount(problems, field, value) {
    if (value === null || value === undefined || value === '') return null;
    const s = String(value).trim();
    if (!/^\d{1,12}(\.\d{1,2})?$/.test(s) || !Number.isFinite(Number(s))) {
        problems.add(field, 'decimal', `${field} must be a non-negative amount with at most 2 decimals (got "${s.slice(0, 30)}").`);
        return null;
    }
    return s;
}
function isoDate(problems, field, value) {
    if (value === null || value === undefined || value.trim() === '') return null;
    const s = value.trim();
    const d = new Date(`${s}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) {
        problems.add(field, 'date', `${field} must be a date like 2024-03-31 (got "${s.slice(0, 30)}").`);
        return null;
    }
    return s;
}
function has(input, key) {
    return input[key] !== undefined;
}
