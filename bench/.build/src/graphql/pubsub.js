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
    get PubSub () {
        return PubSub;
    },
    get schemaPubSub () {
        return schemaPubSub;
    }
});
const _nodecrypto = require("node:crypto");
const _pg = require("pg");
const CHANNEL = 'cmms_live_events';
// A subscriber that stops reading loses its oldest events rather than growing without bound.
const MAX_QUEUED = 500;
const RECONNECT_MS = 2000;
let PubSub = class PubSub {
    constructor(opts){
        this.opts = opts;
        this.listeners = new Map();
        this.instanceId = (0, _nodecrypto.randomUUID)();
        this.client = null;
        this.reconnectTimer = null;
        this.closed = false;
    }
    /** Opens the LISTEN connection (no-op without a pool); retries in the background if it fails. */ async start() {
        if (!this.opts.pool || this.closed) return;
        try {
            await this.listen();
        } catch (err) {
            this.opts.logger.warn({
                err
            }, 'live updates: LISTEN failed; retrying');
            this.scheduleReconnect();
        }
    }
    /** Call after the transaction committed. Never throws: a lost event must not fail the write. */ publish(topic, payload) {
        this.deliver(topic, payload);
        const pool = this.opts.pool;
        if (!pool || this.closed) return;
        const envelope = {
            i: this.instanceId,
            t: topic,
            p: payload
        };
        pool.query('select pg_notify($1, $2)', [
            CHANNEL,
            JSON.stringify(envelope)
        ]).catch((err)=>{
            this.opts.logger.warn({
                err,
                topic
            }, 'live updates: NOTIFY failed');
        });
    }
    /** Events of a topic, optionally filtered, until the iterator is returned (client unsubscribes). */ subscribe(topic, filter = ()=>true) {
        const queue = [];
        let waiting = null;
        let done = false;
        const listener = (raw)=>{
            const payload = raw;
            if (done || !filter(payload)) return;
            if (waiting) {
                const resolve = waiting;
                waiting = null;
                resolve({
                    value: payload,
                    done: false
                });
                return;
            }
            queue.push(payload);
            if (queue.length > MAX_QUEUED) queue.shift();
        };
        let set = this.listeners.get(topic);
        if (!set) this.listeners.set(topic, set = new Set());
        set.add(listener);
        const stop = ()=>{
            done = true;
            set.delete(listener);
            queue.length = 0;
            if (waiting) waiting({
                value: undefined,
                done: true
            });
            waiting = null;
            return {
                value: undefined,
                done: true
            };
        };
        return {
            next: ()=>{
                if (queue.length) return Promise.resolve({
                    value: queue.shift(),
                    done: false
                });
                if (done) return Promise.resolve({
                    value: undefined,
                    done: true
                });
                return new Promise((resolve)=>waiting = resolve);
            },
            return: ()=>Promise.resolve(stop()),
            throw: (err)=>{
                stop();
                return Promise.reject(err);
            },
            [Symbol.asyncIterator] () {
                return this;
            }
        };
    }
    /** Subscribers currently listening to a topic (for tests and health output). */ listenerCount(topic) {
        return this.listeners.get(topic)?.size ?? 0;
    }
    async close() {
        this.closed = true;
        if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
        const client = this.client;
        this.client = null;
        if (client) await client.end().catch(()=>undefined);
    }
    deliver(topic, payload) {
        for (const l of [
            ...this.listeners.get(topic) ?? []
        ]){
            try {
                l(payload);
            } catch (err) {
                this.opts.logger.error({
                    err,
                    topic
                }, 'live updates: listener failed');
            }
        }
    }
    async listen() {
        // A connection of its own: LISTEN holds it for the life of the process.
        const client = new _pg.Client(this.opts.pool.options);
        client.on('error', (err)=>{
            this.opts.logger.warn({
                err
            }, 'live updates: LISTEN connection lost; reconnecting');
            if (this.client === client) this.client = null;
            client.end().catch(()=>undefined);
            this.scheduleReconnect();
        });
        client.on('notification', (msg)=>this.onNotification(msg));
        await client.connect();
        await client.query(`LISTEN ${CHANNEL}`);
        if (this.closed) {
            await client.end();
            return;
        }
        this.client = client;
    }
    onNotification(msg) {
        if (msg.channel !== CHANNEL || !msg.payload) return;
        try {
            const env = JSON.parse(msg.payload);
            if (env.i === this.instanceId) return;
            this.deliver(env.t, env.p);
        } catch (err) {
            this.opts.logger.warn({
                err
            }, 'live updates: unreadable notification');
        }
    }
    scheduleReconnect() {
        if (this.closed || this.reconnectTimer) return;
        this.reconnectTimer = setTimeout(()=>{
            this.reconnectTimer = null;
            void this.start();
        }, RECONNECT_MS);
        this.reconnectTimer.unref();
    }
};
const schemaPubSub = {
    publish () {
        throw new Error('publish through ctx.app.pubsub');
    },
    subscribe () {
        throw new Error('subscribe through ctx.app.pubsub');
    }
};
