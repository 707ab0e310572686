import session, { type Session, type SessionData } from 'express-session';
import connectPgSimple from 'connect-pg-simple';
import type { Pool } from 'pg';
import type { Config } from '../config';

declare module 'express-session' {
  interface SessionData {
    userId?: string;
    authHash?: string;
    /** Login time (ms); the session ends SESSION_ABSOLUTE_TIMEOUT_S after it. */
    loginAt?: number;
  }
}

export const SESSION_TABLE = 'http_session';

const LOADED_EXPIRES = Symbol('loadedExpires');
const IS_NEW = Symbol('isNew');
// Idle expiry is refreshed at most once a minute per session: no store write per request.
const TOUCH_EVERY_MS = 60_000;

type Callback = (err?: unknown) => void;
type TaggedSession = Session & Partial<SessionData> & { [LOADED_EXPIRES]?: number; [IS_NEW]?: boolean };

const PgStoreBase = connectPgSimple(session);

/**
 * connect-pg-simple with two changes: writes never resurrect a session that was
 * deleted meanwhile (logout racing an in-flight request), and touch is throttled.
 */
export class SessionStore extends PgStoreBase {
  constructor(private readonly pool: Pool) {
    super({ pool, tableName: SESSION_TABLE, createTableIfMissing: false, pruneSessionInterval: 15 * 60 });
  }

  override set(sid: string, sess: TaggedSession, cb?: Callback): void {
    const expire = sessionExpiry(sess);
    const sql = sess[IS_NEW]
      ? `insert into ${SESSION_TABLE} (sid, sess, expire) values ($1, $2, to_timestamp($3)) on conflict (sid) do nothing`
      : `update ${SESSION_TABLE} set sess = $2, expire = to_timestamp($3) where sid = $1`;
    this.pool.query(sql, [sid, JSON.stringify(sess), expire]).then(
      () => cb?.(),
      (err) => cb?.(err),
    );
  }

  override touch(sid: string, sess: TaggedSession, cb?: Callback): void {
    const loaded = sess[LOADED_EXPIRES];
    const next = sess.cookie?.expires ? new Date(sess.cookie.expires).getTime() : undefined;
    if (loaded !== undefined && next !== undefined && next - loaded < TOUCH_EVERY_MS) {
      cb?.();
      return;
    }
    super.touch(sid, sess, cb);
  }

  /** Ends every session of a user except `keepSid` (password change, deactivation). */
  async destroyUserSessions(userId: number, keepSid?: string): Promise<number> {
    const res = await this.pool.query(
      `delete from ${SESSION_TABLE} where sess ->> 'userId' = $1 and ($2::text is null or sid <> $2)`,
      [String(userId), keepSid ?? null],
    );
    return res.rowCount ?? 0;
  }
}

function sessionExpiry(sess: TaggedSession): number {
  const expires = sess.cookie?.expires ? new Date(sess.cookie.expires).getTime() : Date.now() + 86_400_000;
  return Math.ceil(expires / 1000);
}

/** Marks a freshly regenerated session so the store inserts it (all others only update). */
export function markNewSession(s: Session): void {
  Object.defineProperty(s, IS_NEW, { value: true, enumerable: false, configurable: true });
}

export function createSessionMiddleware(config: Config, store: SessionStore) {
  const s = config.session;
  const mw = session({
    name: s.cookieName,
    secret: s.secrets,
    store,
    resave: false,
    // Anonymous traffic never writes a session row.
    saveUninitialized: false,
    rolling: false,
    // Logout destroys explicitly. 'destroy' would also delete the row of a session whose
    // load failed (database briefly down or pool exhausted), logging the user out.
    unset: 'keep',
    proxy: undefined,
    cookie: {
      httpOnly: true,
      secure: s.cookieSecure,
      sameSite: s.cookieSameSite,
      domain: s.cookieDomain,
      path: '/',
      maxAge: s.idleTimeoutS * 1000,
    },
  });
  return [
    mw,
    // Remember the expiry as stored, for the touch throttle.
    (req: { session?: Session }, _res: unknown, next: () => void) => {
      const sess = req.session as TaggedSession | undefined;
      if (sess?.cookie?.expires && sess.userId) {
        const value = new Date(sess.cookie.expires).getTime();
        Object.defineProperty(sess, LOADED_EXPIRES, { value, enumerable: false, configurable: true });
      }
      next();
    },
  ];
}
