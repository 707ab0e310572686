// Knex expands an array binding into a list (`any(1, 2)`), so arrays travel as
// PostgreSQL array literals and are cast in the query: `= any(?::int[])`.
/** `[1, 2, 3]` -> `'{1,2,3}'` for a `?::int[]` binding. */ "use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "intArray", {
    enumerable: true,
    get: function() {
        return intArray;
    }
});
function intArray(ids) {
    for (const id of ids){
        if (!Number.isSafeInteger(id)) throw new TypeError(`not an integer id: ${String(id)}`);
    }
    return `{${ids.join(',')}}`;
}
