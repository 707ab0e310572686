import { randomUUID } from 'node:crypto';
import { Client, type Pool, type Notification } from 'pg';
import type { Logger } from 'pino';

// Live-update events. They carry ids only: each subscriber reads the current rows when
// an event arrives, so a payload is small (PostgreSQL NOTIFY allows 8000 bytes) and
// never shows data to someone whose permissions were checked for something else.

export type PinChangeKind = 'SAVED' | 'DELETED';
export type WorkOrderChangeKind = 'CREATED' | 'UPDATED' | 'STATUS_CHANGED' | 'CLOSED';

export interface AppEvents {
  pinsChanged: { kind: PinChangeKind; viewerId: number; pinId: number };
  workOrderChanged: { kind: WorkOrderChangeKind; workOrderId: number; locationId: number | null; technicianId: number | null };
}

export type Topic = keyof AppEvents;

const CHANNEL = 'cmms_live_events';
// A subscriber that stops reading loses its oldest events rather than growing without bound.
const MAX_QUEUED = 500;
const RECONNECT_MS = 2000;

interface Envelope {
  /** Publishing instance: it has delivered locally already. */
  i: string;
  t: Topic;
  p: unknown;
}

type Listener = (payload: unknown) => void;

/**
 * Typed publish/subscribe. Delivery within the process is immediate; with a pool, every
 * event is also sent with `pg_notify` and received over a dedicated LISTEN connection, so
 * subscribers connected to other server instances get it too.
 */
export class PubSub {
  private readonly listeners = new Map<Topic, Set<Listener>>();
  private readonly instanceId = randomUUID();
  private client: Client | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(private readonly opts: { pool?: Pool; logger: Logger }) {}

  /** Opens the LISTEN connection (no-op without a pool); retries in the background if it fails. */
  async start(): Promise<void> {
    if (!this.opts.pool || this.closed) return;
    try {
      await this.listen();
    } catch (err) {
      this.opts.logger.warn({ err }, 'live updates: LISTEN failed; retrying');
      this.scheduleReconnect();
    }
  }

  /** Call after the transaction committed. Never throws: a lost event must not fail the write. */
  publish<K extends Topic>(topic: K, payload: AppEvents[K]): void {
    this.deliver(topic, payload);
    const pool = this.opts.pool;
    if (!pool || this.closed) return;
    const envelope: Envelope = { i: this.instanceId, t: topic, p: payload };
    pool.query('select pg_notify($1, $2)', [CHANNEL, JSON.stringify(envelope)]).catch((err: unknown) => {
      this.opts.logger.warn({ err, topic }, 'live updates: NOTIFY failed');
    });
  }

  /** Events of a topic, optionally filtered, until the iterator is returned (client unsubscribes). */
  subscribe<K extends Topic>(topic: K, filter: (payload: AppEvents[K]) => boolean = () => true): AsyncIterableIterator<AppEvents[K]> {
    const queue: AppEvents[K][] = [];
    let waiting: ((r: IteratorResult<AppEvents[K]>) => void) | null = null;
    let done = false;
    const listener: Listener = (raw) => {
      const payload = raw as AppEvents[K];
      if (done || !filter(payload)) return;
      if (waiting) {
        const resolve = waiting;
        waiting = null;
        resolve({ value: payload, done: false });
        return;
      }
      queue.push(payload);
      if (queue.length > MAX_QUEUED) queue.shift();
    };
    let set = this.listeners.get(topic);
    if (!set) this.listeners.set(topic, (set = new Set()));
    set.add(listener);
    const stop = (): IteratorResult<AppEvents[K]> => {
      done = true;
      set.delete(listener);
      queue.length = 0;
      if (waiting) waiting({ value: undefined, done: true });
      waiting = null;
      return { value: undefined, done: true };
    };
    return {
      next: () => {
        if (queue.length) return Promise.resolve({ value: queue.shift()!, done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => (waiting = resolve));
      },
      return: () => Promise.resolve(stop()),
      throw: (err?: unknown) => {
        stop();
        return Promise.reject(err);
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  /** Subscribers currently listening to a topic (for tests and health output). */
  listenerCount(topic: Topic): number {
    return this.listeners.get(topic)?.size ?? 0;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = null;
    if (client) await client.end().catch(() => undefined);
  }

  private deliver(topic: Topic, payload: unknown): void {
    for (const l of [...(this.listeners.get(topic) ?? [])]) {
      try {
        l(payload);
      } catch (err) {
        this.opts.logger.error({ err, topic }, 'live updates: listener failed');
      }
    }
  }

  private async listen(): Promise<void> {
    // A connection of its own: LISTEN holds it for the life of the process.
    const client = new Client(this.opts.pool!.options);
    client.on('error', (err) => {
      this.opts.logger.warn({ err }, 'live updates: LISTEN connection lost; reconnecting');
      if (this.client === client) this.client = null;
      client.end().catch(() => undefined);
      this.scheduleReconnect();
    });
    client.on('notification', (msg: Notification) => this.onNotification(msg));
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    if (this.closed) {
      await client.end();
      return;
    }
    this.client = client;
  }

  private onNotification(msg: Notification): void {
    if (msg.channel !== CHANNEL || !msg.payload) return;
    try {
      const env = JSON.parse(msg.payload) as Envelope;
      if (env.i === this.instanceId) return;
      this.deliver(env.t, env.p);
    } catch (err) {
      this.opts.logger.warn({ err }, 'live updates: unreadable notification');
    }
  }

  private scheduleReconnect(): void {
    if (this.closed || this.reconnectTimer) return;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void this.start();
    }, RECONNECT_MS);
    this.reconnectTimer.unref();
  }
}

/**
 * What type-graphql's buildSchema requires once a @Subscription exists. Nothing uses it:
 * every subscription has its own `subscribe`, which reads `ctx.app.pubsub`.
 */
export const schemaPubSub = {
  publish(): void {
    throw new Error('publish through ctx.app.pubsub');
  },
  subscribe(): AsyncIterable<unknown> {
    throw new Error('subscribe through ctx.app.pubsub');
  },
};
