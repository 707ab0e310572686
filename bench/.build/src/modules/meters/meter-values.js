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
    get decimalProblem () {
        return decimalProblem;
    },
    get meterDecimal () {
        return meterDecimal;
    }
});
// Meter values: decimals with at most 14 integer and 4 fractional digits (numeric(18,4)),
// given as a string or a plain JSON number (never exponent notation).
const DECIMAL = /^-?\d{1,14}(\.\d{1,4})?$/;
function meterDecimal(problems, field, value, rule = {}) {
    if (value === null || value === undefined || value === '') return null;
    const s = typeof value === 'number' ? Number.isFinite(value) ? String(value) : 'NaN' : String(value).trim();
    if (!DECIMAL.test(s)) {
        problems.add(field, 'decimal', `${field} must be a number with at most 14 digits before and 4 after the point (got "${s.slice(0, 30)}").`);
        return null;
    }
    const n = Number(s);
    if (rule.positive && !(n > 0)) problems.add(field, 'positive', `${field} must be greater than 0.`);
    if (rule.nonNegative && n < 0) problems.add(field, 'non_negative', `${field} must not be negative.`);
    return s;
}
function decimalProblem(value) {
    if (typeof value !== 'number' && typeof value !== 'string') return 'value must be a number';
    const s = typeof value === 'number' ? Number.isFinite(value) ? String(value) : 'NaN' : value.trim();
    return DECIMAL.test(s) ? null : 'value must be a number with at most 14 digits before and 4 after the point';
}
