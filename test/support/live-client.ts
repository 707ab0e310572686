import type { AddressInfo } from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestApp } from './app';
import { Browser } from './http-browser';

// A listening server and clients that talk to it like a browser: a session cookie from
// logging in over HTTP, an Origin header, and graphql-ws over the same port.

export async function listen(t: TestApp): Promise<string> {
  const server = t.app.server;
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Logs in with the login mutation and answers the Cookie header a browser would send afterwards. */
export async function loginCookie(base: string, username: string, password: string): Promise<string> {
  const browser = new Browser(base);
  const res = await browser.login(username, password);
  if (!browser.cookies.has('cmms_sessionid')) throw new Error(`login failed: ${res.status} ${res.text}`);
  return browser.cookieHeader();
}

export function wsUrl(base: string): string {
  return `${base.replace(/^http/, 'ws')}/graphql`;
}

/** The HTTP status the server answers a WebSocket upgrade with (101 when accepted). */
export function upgradeStatus(base: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(wsUrl(base), 'graphql-transport-ws', { headers });
    ws.on('open', () => {
      ws.close();
      resolve(101);
    });
    ws.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      res.resume();
    });
    ws.on('error', (err) => reject(err));
  });
}

export function wsClient(base: string, headers: Record<string, string>): Client {
  return createClient({
    url: wsUrl(base),
    retryAttempts: 0,
    lazy: true,
    webSocketImpl: class extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers });
      }
    },
  });
}

export interface Collected<T> {
  results: T[];
  errors: unknown[];
  done: Promise<void>;
  /** Resolves once `n` results have arrived (or rejects after `ms`). */
  waitFor(n: number, ms?: number): Promise<T[]>;
  stop(): void;
}

/** Subscribes and collects every result until stopped. */
export function collect<T = any>(client: Client, query: string, variables?: Record<string, unknown>): Collected<T> {
  const results: T[] = [];
  const errors: unknown[] = [];
  const waiters: Array<() => void> = [];
  let stop = () => {};
  const done = new Promise<void>((resolve) => {
    stop = client.subscribe<T>(
      { query, variables },
      {
        next: (r) => {
          results.push(r as T);
          waiters.splice(0).forEach((w) => w());
        },
        error: (e) => {
          errors.push(e);
          waiters.splice(0).forEach((w) => w());
          resolve();
        },
        complete: () => resolve(),
      },
    );
  });
  return {
    results,
    errors,
    done,
    stop: () => stop(),
    waitFor(n, ms = 5000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`waited ${ms} ms for ${n} results; got ${JSON.stringify(results)} errors ${JSON.stringify(errors)}`)), ms);
        const check = () => {
          if (results.length >= n) {
            clearTimeout(timer);
            resolve(results);
          } else waiters.push(check);
        };
        check();
      });
    },
  };
}

type Topic = 'pinsChanged' | 'workOrderChanged';

/** Polls `check` every 10 ms; fails naming `what` after 5 s. */
export async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`${what} after 5 s`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Waits until the app has `n` subscribers on a topic (the subscription is live). */
export function untilSubscribed(t: TestApp, topic: Topic, n = 1): Promise<void> {
  return until(() => t.app.services.pubsub.listenerCount(topic) >= n, `fewer than ${n} ${topic} subscribers`);
}

/** Waits until every subscription of closed clients has ended on the server. */
export function untilDrained(t: TestApp, topic: Topic): Promise<void> {
  return until(() => t.app.services.pubsub.listenerCount(topic) === 0, `${topic} subscribers left`);
}
