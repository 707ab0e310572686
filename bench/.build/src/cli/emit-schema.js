"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
require("reflect-metadata");
const _nodefs = require("node:fs");
const _nodepath = /*#__PURE__*/ _interop_require_default(require("node:path"));
const _schema = require("../schema");
function _interop_require_default(obj) {
    return obj && obj.__esModule ? obj : {
        default: obj
    };
}
// npm run schema:emit writes schema.graphql; npm run schema:check fails when it is stale.
async function run() {
    const file = _nodepath.default.resolve(__dirname, '..', '..', ...__dirname.includes(`${_nodepath.default.sep}dist${_nodepath.default.sep}`) ? [
        '..'
    ] : [], 'schema.graphql');
    const text = (0, _schema.printAppSchema)(await (0, _schema.buildBareSchema)());
    if (process.argv.includes('--check')) {
        let current = '';
        try {
            current = (0, _nodefs.readFileSync)(file, 'utf8');
        } catch  {
        /* missing counts as stale */ }
        if (current !== text) {
            process.stderr.write('schema.graphql is out of date with the code: run `npm run schema:emit` and commit it.\n');
            process.exit(1);
        }
        process.stdout.write('schema.graphql is up to date.\n');
        return;
    }
    (0, _nodefs.writeFileSync)(file, text);
    process.stdout.write(`wrote ${file}\n`);
}
void run();
