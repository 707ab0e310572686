"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
require("reflect-metadata");
const _bootstrap = require("../../cli/bootstrap");
const _demoseeder = require("./demo-seeder");
// npm run seed:demo: loads the demo catalogue into the server's database (embedded or
// DATABASE_URL). Safe to run again: nothing is duplicated.
async function run() {
    const rt = await (0, _bootstrap.openForCli)();
    try {
        const created = await (0, _demoseeder.seedDemo)(rt.orm.em.fork());
        const total = Object.values(created).reduce((a, b)=>a + b, 0);
        process.stdout.write(total ? `Demo catalogue loaded: ${created.categories} categories, ${created.locations} locations, ${created.brands} brands, ${created.models} models, ${created.assets} assets.\n` : 'Demo catalogue already present; nothing added.\n');
    } finally{
        await rt.close();
    }
}
run().catch((err)=>(0, _bootstrap.fail)(`seed:demo failed: ${err instanceof Error ? err.message : String(err)}`));
