import type { Request } from 'express';
import type { Pool } from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { TooManyRequestsError } from '../../errors';

export const THROTTLE_TABLE = 'login_throttle';

export interface LoginThrottleOptions {
  /** Failures per account before it is locked. */
  failuresPerUser: number;
  /** Failures per client address before it is locked. */
  failuresPerAddress: number;
  /** Seconds a lock lasts (cool-off), and the window failures are counted in. */
  coolOffS: number;
}

/**
 * Failed logins counted per account and per client address in PostgreSQL (shared by
 * every instance, surviving restarts). The address is Express's req.ip, which honours
 * only the configured trusted proxies.
 */
export class LoginThrottle {
  private readonly byUser: RateLimiterPostgres;
  private readonly byAddress: RateLimiterPostgres;

  constructor(pool: Pool, private readonly opts: LoginThrottleOptions) {
    const common = { storeClient: pool, storeType: 'pool', tableName: THROTTLE_TABLE, tableCreated: true };
    this.byUser = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'user',
      points: opts.failuresPerUser,
      duration: opts.coolOffS,
      blockDuration: opts.coolOffS,
    });
    this.byAddress = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'addr',
      points: opts.failuresPerAddress,
      duration: opts.coolOffS,
      blockDuration: opts.coolOffS,
    });
  }

  /** Throws 429 while the account or the address is locked. */
  async check(req: Request, username: string): Promise<void> {
    const [u, a] = await Promise.all([this.byUser.get(userKey(username)), this.byAddress.get(addressOf(req))]);
    const locked = [
      u && u.consumedPoints >= this.opts.failuresPerUser ? u : null,
      a && a.consumedPoints >= this.opts.failuresPerAddress ? a : null,
    ].filter((r): r is RateLimiterRes => r !== null);
    if (locked.length) {
      const wait = Math.max(...locked.map((r) => r.msBeforeNext));
      throw new TooManyRequestsError(Math.max(1, Math.ceil(wait / 1000)));
    }
  }

  async fail(req: Request, username: string): Promise<void> {
    await Promise.all([
      this.byUser.consume(userKey(username)).catch(rejectedIsFine),
      this.byAddress.consume(addressOf(req)).catch(rejectedIsFine),
    ]);
  }

  /** A successful login clears the account's failures (not the address's). */
  async succeed(_req: Request, username: string): Promise<void> {
    await this.byUser.delete(userKey(username));
  }
}

// Case variants of one account share a counter.
function userKey(username: string): string {
  return username.trim().toLowerCase().slice(0, 150);
}

function addressOf(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

// consume() rejects with a RateLimiterRes once over the limit: that is the lock, not a fault.
function rejectedIsFine(err: unknown): void {
  if (err instanceof RateLimiterRes) return;
  throw err;
}
