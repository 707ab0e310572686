import type { NextFunction, Request, Response } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import type { AppServices } from '../context';
import { authenticate } from '../modules/auth/auth.service';
import { authUserFromRow, loadAuthUser, sessionHashMatches, type AuthUser } from '../modules/auth/auth-user';
import { loadedSessionUser, markNewSession, type SessionStore } from './session';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** The logged-in caller, loaded once per request; null when anonymous. */
      user: AuthUser | null;
      requestId: string;
      /** Request-scoped logger carrying the request id. */
      log: import('pino').Logger;
    }
  }
}

/**
 * Loads the session's user with its permissions on every request, so a revoked
 * permission, a deactivation or a password change takes effect on the next one.
 * Database errors propagate (answered 503), never degrading to anonymous.
 */
export function createAuthMiddleware(orm: MikroORM, config: Config) {
  const [secret, ...fallbacks] = config.session.secrets as [string, ...string[]];
  const absoluteMs = config.session.absoluteTimeoutS * 1000;
  return async (req: Request, _res: Response, next: NextFunction) => {
    req.user = null;
    const s = req.session;
    const userId = s?.userId ? Number(s.userId) : NaN;
    if (!s || !Number.isInteger(userId)) return next();
    try {
      if (!s.loginAt || Date.now() - s.loginAt > absoluteMs) {
        await destroySession(req);
        return next();
      }
      const row = loadedSessionUser(req);
      const user =
        row && row.id === userId ? authUserFromRow(row, secret, fallbacks) : await loadAuthUser(orm.em.fork(), userId, secret, fallbacks);
      if (!user || !user.isActive || !sessionHashMatches(s.authHash, user)) {
        await destroySession(req);
        return next();
      }
      // Made under an older secret still listed: re-sign under the current one.
      if (s.authHash !== user.authHash) s.authHash = user.authHash;
      req.user = user;
      next();
    } catch (err) {
      next(err);
    }
  };
}

/** Login: a new session id (the old one dies), a new CSRF secret, the user bound to it. */
export async function establishSession(req: Request, user: AuthUser): Promise<void> {
  await new Promise<void>((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
  markNewSession(req.session);
  req.session.userId = String(user.id);
  req.session.authHash = user.authHash;
  req.session.loginAt = Date.now();
  await saveSession(req);
  req.csrf?.rotate();
  req.user = user;
}

/** Keeps the current session valid after its user's password changed. */
export async function refreshSessionAuthHash(req: Request, authHash: string): Promise<void> {
  req.session.authHash = authHash;
  await saveSession(req);
}

export async function destroySession(req: Request): Promise<void> {
  if (!req.session) return;
  await new Promise<void>((resolve, reject) => req.session.destroy((err) => (err ? reject(err) : resolve())));
  req.user = null;
}

function saveSession(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.save((err) => (err ? reject(err) : resolve())));
}

export type { SessionStore };

/**
 * The one login flow of the GraphQL mutation and the HTML form: throttle check (429 while
 * locked), Django's authenticate, the failure or success counted, then a new session.
 * Returns null for bad credentials (the same for an unknown user, a wrong password and an
 * inactive account).
 */
export async function logIn(app: AppServices, req: Request, username: string, password: string): Promise<AuthUser | null> {
  await app.loginThrottle.check(req, username);
  const { config } = app;
  const user = await authenticate(
    { em: app.orm.em.fork(), secret: config.session.secrets[0]!, iterations: config.passwordHashIterations },
    username,
    password,
  );
  if (!user) {
    await app.loginThrottle.fail(req, username);
    return null;
  }
  await app.loginThrottle.succeed(req, username);
  await establishSession(req, user);
  return user;
}
