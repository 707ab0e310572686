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
    get describeProblems () {
        return describeProblems;
    },
    get fail () {
        return fail;
    },
    get openForCli () {
        return openForCli;
    },
    get parseFlags () {
        return parseFlags;
    },
    get promptHidden () {
        return promptHidden;
    }
});
require("reflect-metadata");
const _config = require("../config");
const _envfile = require("../env-file");
const _logger = require("../logger");
const _database = require("../db/database");
const _orm = require("../db/orm");
async function openForCli() {
    (0, _envfile.loadEnvFile)();
    const config = (0, _config.parseConfig)({
        NODE_ENV: 'development',
        LOG_LEVEL: 'warn',
        ...process.env
    });
    const logger = (0, _logger.createLogger)(config);
    const db = await (0, _database.openDatabase)(config, logger);
    const orm = await (0, _orm.initOrm)(db.url, config.db);
    await (0, _orm.migrate)(orm);
    return {
        config,
        orm,
        db,
        async close () {
            await orm.close(true);
            await db.stop();
        }
    };
}
function parseFlags(argv) {
    const flags = new Map();
    for(let i = 0; i < argv.length; i++){
        const arg = argv[i];
        if (!arg.startsWith('--')) continue;
        const eq = arg.indexOf('=');
        if (eq > 0) flags.set(arg.slice(2, eq), arg.slice(eq + 1));
        else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) flags.set(arg.slice(2), argv[++i]);
        else flags.set(arg.slice(2), 'true');
    }
    return flags;
}
async function promptHidden(question) {
    if (!process.stdin.isTTY) throw new Error('No terminal to ask on: pass --password or set the environment variable.');
    process.stdout.write(question);
    return new Promise((resolve)=>{
        const chars = [];
        process.stdin.setRawMode(true);
        process.stdin.resume();
        const onData = (buf)=>{
            for (const ch of buf.toString('utf8')){
                if (ch === '\r' || ch === '\n') {
                    process.stdin.setRawMode(false);
                    process.stdin.pause();
                    process.stdin.off('data', onData);
                    process.stdout.write('\n');
                    resolve(chars.join(''));
                    return;
                }
                if (ch === '\u0003') process.exit(130);
                if (ch === '\u007f') chars.pop();
                else chars.push(ch);
            }
        };
        process.stdin.on('data', onData);
    });
}
function fail(message, code = 1) {
    process.stderr.write(`${message}\n`);
    process.exit(code);
}
function describeProblems(err) {
    const ext = err.extensions;
    if (ext?.problems) return ext.problems.map((p)=>`  ${p.field}: ${p.message}`).join('\n');
    const e = err;
    if (e.extensions?.code) return `  ${e.message}`;
    return null;
}
