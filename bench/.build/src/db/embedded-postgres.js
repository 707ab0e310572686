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
    get databaseUrl () {
        return databaseUrl;
    },
    get ensureDatabase () {
        return ensureDatabase;
    },
    get startEmbeddedPostgres () {
        return startEmbeddedPostgres;
    }
});
const _nodechild_process = require("node:child_process");
const _nodecrypto = require("node:crypto");
const _nodefs = require("node:fs");
const _nodenet = /*#__PURE__*/ _interop_require_default(require("node:net"));
const _nodeos = /*#__PURE__*/ _interop_require_default(require("node:os"));
const _nodepath = /*#__PURE__*/ _interop_require_default(require("node:path"));
const _pg = require("pg");
function _interop_require_default(obj) {
    return obj && obj.__esModule ? obj : {
        default: obj
    };
}
const USER = 'postgres';
// Fixed on purpose: the server only listens on 127.0.0.1 and is for development and tests.
const PASSWORD = 'postgres';
const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;
async function startEmbeddedPostgres(opts) {
    const log = opts.log ?? (()=>undefined);
    const requestedDir = _nodepath.default.resolve(opts.dataDir);
    const account = postgresAccount();
    const dataDir = account ? await reachableDataDir(requestedDir, account, log) : requestedDir;
    // The lock lives beside the data directory, which initdb wants empty.
    await mkdirs(_nodepath.default.dirname(dataDir), account !== undefined);
    return withStartLock(dataDir, async ()=>{
        const running = await runningServer(dataDir);
        if (running) {
            if (running.port !== opts.port) log(`PostgreSQL in ${dataDir} already runs on port ${running.port} (not ${opts.port}); using it`);
            log(`Reusing the PostgreSQL server already running on ${dataDir} (pid ${running.pid})`);
            return {
                adminUrl: adminUrl(running.port),
                reused: true,
                dataDir,
                stop: async ()=>undefined
            };
        }
        if (await acceptsConnections(opts.port)) {
            throw new Error(`Port ${opts.port} on ${HOST} is already in use by another process; choose another port for the embedded PostgreSQL`);
        }
        const initialise = !(0, _nodefs.existsSync)(_nodepath.default.join(dataDir, 'PG_VERSION'));
        if (initialise && (0, _nodefs.existsSync)(dataDir) && (await _nodefs.promises.readdir(dataDir)).length > 0) {
            // initdb refuses a non-empty directory; better to say why than to touch unknown files.
            throw new Error(`${dataDir} is neither empty nor a PostgreSQL data directory`);
        }
        if (initialise) log(`Initialising a new PostgreSQL data directory in ${dataDir}`);
        const binaries = await reachableBinaries(account, log);
        const settings = {
            listen_addresses: HOST,
            // No Unix socket: its default folder may not exist or be writable, and clients use TCP anyway.
            unix_socket_directories: '',
            ...opts.settings
        };
        return launch({
            type: 'start',
            dataDir,
            port: opts.port,
            user: USER,
            password: PASSWORD,
            createPostgresUser: account !== undefined,
            ephemeral: opts.ephemeral ?? false,
            initialise,
            // --no-sync: skipping the final fsync of a cluster that is thrown away anyway.
            initdbFlags: [
                '--encoding=UTF8',
                '--locale=C',
                ...opts.ephemeral ? [
                    '--no-sync'
                ] : []
            ],
            postgresFlags: Object.entries(settings).flatMap(([name, value])=>[
                    '-c',
                    `${name}=${value}`
                ]),
            binaryPackage: binaries.packageName,
            binaries: binaries.copied
        }, log);
    });
}
async function ensureDatabase(adminUrl, dbName) {
    const client = new _pg.Client({
        connectionString: adminUrl
    });
    await client.connect();
    try {
        const existing = await client.query('select 1 from pg_database where datname = $1', [
            dbName
        ]);
        if (existing.rowCount === 0) {
            try {
                await client.query(`create database ${client.escapeIdentifier(dbName)}`);
            } catch (error) {
                // Someone else created it in between: fine.
                const code = error.code;
                if (code !== '42P04' && code !== '23505') throw error;
            }
        }
    } finally{
        await client.end();
    }
    return databaseUrl(adminUrl, dbName);
}
function databaseUrl(serverUrl, dbName) {
    const url = new URL(serverUrl);
    url.pathname = `/${encodeURIComponent(dbName)}`;
    return url.toString();
}
function adminUrl(port) {
    return `postgres://${USER}:${PASSWORD}@${HOST}:${port}/postgres`;
}
function launch(config, log) {
    // Detached: a Ctrl-C in the terminal reaches the app, which can then close its
    // pools before calling stop(), instead of PostgreSQL vanishing underneath it.
    const child = (0, _nodechild_process.spawn)(process.execPath, [
        findRunner()
    ], {
        detached: true,
        stdio: [
            'ignore',
            'inherit',
            'inherit',
            'ipc'
        ]
    });
    const recent = [];
    let started = false;
    let exitCode = null;
    const exited = new Promise((resolve)=>child.once('exit', (code)=>{
            exitCode = code;
            resolve();
        }));
    child.on('message', (message)=>{
        if (message.type === 'log') {
            recent.push(message.line);
            if (recent.length > 40) recent.shift();
            // After startup only problems are worth showing; the rest stays available for error reports.
            if (started && /\b(WARNING|FATAL|PANIC):/.test(message.line)) log(`postgres: ${message.line}`);
        } else if (message.type === 'exited') {
            log(message.message);
        }
    });
    let stopPromise;
    const stop = ()=>{
        stopPromise ??= (async ()=>{
            if (exitCode !== null || !child.connected) return exited;
            // Hold the event loop open until the runner has actually finished.
            child.ref();
            child.channel?.ref();
            child.send({
                type: 'stop'
            });
            let timer;
            const timeout = new Promise((_, reject)=>{
                timer = setTimeout(()=>reject(new Error(`embedded PostgreSQL did not stop within ${STOP_TIMEOUT_MS / 1000}s`)), STOP_TIMEOUT_MS);
            });
            try {
                await Promise.race([
                    exited,
                    timeout
                ]);
            } finally{
                clearTimeout(timer);
            }
        })();
        return stopPromise;
    };
    return new Promise((resolve, reject)=>{
        const fail = (reason)=>{
            clearTimeout(timer);
            // PostgreSQL's own complaint, if any, says more than initdb's progress lines.
            const problems = recent.filter((line)=>/\b(FATAL|PANIC|ERROR)\b/.test(line));
            const shown = problems.length ? problems : recent.slice(-15);
            const details = shown.length ? `\n${shown.join('\n')}` : '';
            reject(new Error(`Could not start the embedded PostgreSQL in ${config.dataDir}: ${reason}${details}`));
        };
        const timer = setTimeout(()=>{
            fail(`not ready after ${START_TIMEOUT_MS / 1000}s`);
            void stop();
        }, START_TIMEOUT_MS);
        child.on('message', (message)=>{
            if (message.type === 'ready') {
                clearTimeout(timer);
                started = true;
                // The app's own lifetime decides: the runner stops PostgreSQL when this
                // process exits (IPC disconnect), even if stop() is never called.
                child.unref();
                child.channel?.unref();
                resolve({
                    adminUrl: adminUrl(config.port),
                    reused: false,
                    dataDir: config.dataDir,
                    stop
                });
            } else if (message.type === 'error') {
                fail(message.message);
            }
        });
        child.once('error', (error)=>fail(error.message));
        child.once('exit', (code, signal)=>{
            if (!started) fail(`the runner exited (code ${code}, signal ${signal})`);
        });
        child.send(config);
    });
}
/** The runner is plain JS next to this file in src/; from dist/ it is found via the project root. */ function findRunner() {
    const name = 'embedded-postgres-runner.mjs';
    for(let dir = __dirname;; dir = _nodepath.default.dirname(dir)){
        for (const candidate of [
            _nodepath.default.join(dir, name),
            _nodepath.default.join(dir, 'src', 'db', name)
        ]){
            if ((0, _nodefs.existsSync)(candidate)) return candidate;
        }
        if (_nodepath.default.dirname(dir) === dir) break;
    }
    throw new Error(`${name} not found above ${__dirname}: ship src/db/${name} with the compiled code`);
}
// ---------------------------------------------------------------------------
// Reuse and concurrent starts
/**
 * Serialises starts on one data directory (e.g. `npm start` twice): the second
 * waits until the first is up, then finds it running and reuses it, instead of
 * racing it through initdb or the postmaster lock.
 */ async function withStartLock(dataDir, work) {
    const lock = _nodepath.default.join(_nodepath.default.dirname(dataDir), `.${_nodepath.default.basename(dataDir)}.start-lock`);
    const deadline = Date.now() + START_TIMEOUT_MS;
    for(;;){
        try {
            await _nodefs.promises.writeFile(lock, String(process.pid), {
                flag: 'wx'
            });
            break;
        } catch (error) {
            if (error.code !== 'EEXIST') throw error;
        }
        if (await staleLock(lock)) {
            await _nodefs.promises.rm(lock, {
                force: true
            });
            continue;
        }
        if (Date.now() > deadline) throw new Error(`Gave up waiting for another process starting PostgreSQL in ${dataDir} (lock ${lock})`);
        await sleep(200);
    }
    try {
        return await work();
    } finally{
        await _nodefs.promises.rm(lock, {
            force: true
        });
    }
}
/** Left behind by a process that died while starting the server. */ async function staleLock(lock) {
    try {
        const [content, stat] = await Promise.all([
            _nodefs.promises.readFile(lock, 'utf8'),
            _nodefs.promises.stat(lock)
        ]);
        const pid = Number(content);
        // An empty file is a holder that has not written its pid yet, unless it is old.
        if (!pid) return Date.now() - stat.mtimeMs > 5000;
        return !isAlive(pid);
    } catch  {
        return false; // Gone already: just retry.
    }
}
function sleep(ms) {
    return new Promise((resolve)=>setTimeout(resolve, ms));
}
async function runningServer(dataDir) {
    let lines;
    try {
        lines = (0, _nodefs.readFileSync)(_nodepath.default.join(dataDir, 'postmaster.pid'), 'utf8').split('\n');
    } catch  {
        return undefined;
    }
    // postmaster.pid: line 1 is the pid, line 4 the port.
    const pid = Number(lines[0]);
    const port = Number(lines[3]);
    if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || !isAlive(pid)) return undefined;
    // A server that is still starting up gets a few seconds to accept connections.
    for(let attempt = 0; attempt < 20; attempt++){
        if (await acceptsConnections(port)) return {
            pid,
            port
        };
        if (!isAlive(pid)) return undefined;
        await sleep(250);
    }
    // A live process that never answers: most likely a recycled pid from a stale
    // file. Starting normally lets PostgreSQL itself judge the lock file.
    return undefined;
}
function isAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    } catch (error) {
        return error.code === 'EPERM';
    }
}
function acceptsConnections(port) {
    return new Promise((resolve)=>{
        const socket = _nodenet.default.connect({
            host: HOST,
            port
        });
        socket.setTimeout(1000);
        const done = (ok)=>{
            socket.destroy();
            resolve(ok);
        };
        socket.once('connect', ()=>done(true));
        socket.once('error', ()=>done(false));
        socket.once('timeout', ()=>done(false));
    });
}
// ---------------------------------------------------------------------------
// Running as root
/** The account the server runs as when we are root (PostgreSQL refuses to run as root); undefined otherwise. */ function postgresAccount() {
    if (process.getuid?.() !== 0) return undefined;
    const lookup = ()=>({
            uid: Number((0, _nodechild_process.execFileSync)('id', [
                '-u',
                USER
            ], {
                encoding: 'utf8',
                stdio: [
                    'ignore',
                    'pipe',
                    'ignore'
                ]
            }).trim()),
            gid: Number((0, _nodechild_process.execFileSync)('id', [
                '-g',
                USER
            ], {
                encoding: 'utf8',
                stdio: [
                    'ignore',
                    'pipe',
                    'ignore'
                ]
            }).trim())
        });
    try {
        return lookup();
    } catch  {
        // Same as embedded-postgres' createPostgresUser, done here because the uid is needed before initdb.
        (0, _nodechild_process.spawnSync)('groupadd', [
            '--system',
            USER
        ], {
            stdio: 'ignore'
        });
        const created = (0, _nodechild_process.spawnSync)('useradd', [
            '--system',
            '--no-create-home',
            '-g',
            USER,
            USER
        ], {
            encoding: 'utf8'
        });
        try {
            return lookup();
        } catch  {
            throw new Error(`Running as root, PostgreSQL needs a "${USER}" user, and creating it failed: ${created.stderr || created.error?.message}`);
        }
    }
}
/** Whether the postgres user can reach `target` (`test -x`), checked as that user. */ function canReach(account, target) {
    // Like the server itself: spawned with uid/gid and no supplementary groups.
    const result = (0, _nodechild_process.spawnSync)('/bin/sh', [
        '-c',
        'test -x "$1"',
        'sh',
        target
    ], {
        ...account,
        stdio: 'ignore'
    });
    return result.status === 0;
}
async function reachableDataDir(requested, account, log) {
    let existing = requested;
    while(!(0, _nodefs.existsSync)(existing))existing = _nodepath.default.dirname(existing);
    if (canReach(account, existing)) return requested;
    const fallback = _nodepath.default.join(await tempBase(account), `data-${(0, _nodecrypto.createHash)('sha256').update(requested).digest('hex').slice(0, 16)}`);
    log(`${requested} is not reachable by the "${USER}" user (a parent folder is closed); the PostgreSQL data lives in ${fallback}`);
    return fallback;
}
/** mkdir -p; as root the new folders are opened (0755 whatever the umask) so the postgres user can pass through. */ async function mkdirs(dir, open) {
    const missing = [];
    for(let current = dir; !(0, _nodefs.existsSync)(current); current = _nodepath.default.dirname(current))missing.unshift(current);
    for (const folder of missing){
        await _nodefs.promises.mkdir(folder).catch((error)=>{
            if (error.code !== 'EEXIST') throw error;
        });
        if (open) await _nodefs.promises.chmod(folder, 0o755);
    }
}
/**
 * `<tmp>/embedded-postgres`, owned by us and writable by nobody else: binaries we
 * later execute and folders we chown to postgres must not be planted by others in
 * a world-writable temp directory.
 */ async function tempBase(account) {
    const base = _nodepath.default.join(_nodeos.default.tmpdir(), 'embedded-postgres');
    await _nodefs.promises.mkdir(base, {
        mode: 0o755
    }).catch((error)=>{
        if (error.code !== 'EEXIST') throw error;
    });
    const stat = await _nodefs.promises.lstat(base);
    if (!stat.isDirectory() || stat.uid !== process.getuid?.() || (stat.mode & 0o022) !== 0) {
        throw new Error(`${base} exists but is not a directory owned by this user and closed to others; remove it`);
    }
    await _nodefs.promises.chmod(base, 0o755);
    if (!canReach(account, base)) throw new Error(`The "${USER}" user cannot reach ${base}; set TMPDIR to an open folder`);
    return base;
}
async function reachableBinaries(account, log) {
    // The same package embedded-postgres' dist/binary.js imports.
    const packageName = `@embedded-postgres/${_nodeos.default.platform()}-${_nodeos.default.arch()}`;
    if (!account) return {
        packageName,
        copied: undefined
    };
    const fromDir = _nodepath.default.dirname(require.resolve('embedded-postgres'));
    const packageDir = _nodepath.default.resolve(_nodepath.default.dirname(require.resolve(packageName, {
        paths: [
            fromDir
        ]
    })), '..');
    const native = _nodepath.default.join(packageDir, 'native');
    if (canReach(account, _nodepath.default.join(native, 'bin', 'postgres'))) return {
        packageName,
        copied: undefined
    };
    const { version } = JSON.parse((0, _nodefs.readFileSync)(_nodepath.default.join(packageDir, 'package.json'), 'utf8'));
    const target = _nodepath.default.join(await tempBase(account), `${_nodeos.default.platform()}-${_nodeos.default.arch()}-${version}`);
    const marker = _nodepath.default.join(target, '.complete');
    if (!(0, _nodefs.existsSync)(marker)) {
        log(`Copying the PostgreSQL binaries to ${target}: the "${USER}" user cannot reach ${native}`);
        // Copy beside and rename, so concurrent starts never run a half-copied tree.
        const staging = `${target}.${process.pid}.${(0, _nodecrypto.randomBytes)(4).toString('hex')}`;
        try {
            await _nodefs.promises.cp(native, _nodepath.default.join(staging, 'native'), {
                recursive: true,
                verbatimSymlinks: true
            });
            await openUp(staging);
            await _nodefs.promises.writeFile(_nodepath.default.join(staging, '.complete'), `${version}\n`, {
                mode: 0o644
            });
            // Only a leftover without the marker is replaced; a complete copy may be in use.
            if ((0, _nodefs.existsSync)(target) && !(0, _nodefs.existsSync)(marker)) await _nodefs.promises.rm(target, {
                recursive: true,
                force: true
            });
            await _nodefs.promises.rename(staging, target);
        } catch (error) {
            await _nodefs.promises.rm(staging, {
                recursive: true,
                force: true
            });
            // Losing the race to a concurrent copy is fine.
            if (!(0, _nodefs.existsSync)(marker)) throw error;
        }
    }
    const bin = _nodepath.default.join(target, 'native', 'bin');
    return {
        packageName,
        copied: {
            pg_ctl: _nodepath.default.join(bin, 'pg_ctl'),
            initdb: _nodepath.default.join(bin, 'initdb'),
            postgres: _nodepath.default.join(bin, 'postgres')
        }
    };
}
/** Folders 0755, files 0755 or 0644: readable and runnable by the postgres user, writable only by us. */ async function openUp(dir) {
    await _nodefs.promises.chmod(dir, 0o755);
    for (const entry of (await _nodefs.promises.readdir(dir, {
        withFileTypes: true
    }))){
        const full = _nodepath.default.join(dir, entry.name);
        if (entry.isDirectory()) await openUp(full);
        else if (entry.isFile()) await _nodefs.promises.chmod(full, ((await _nodefs.promises.stat(full)).mode & 0o100) !== 0 ? 0o755 : 0o644);
    }
}
