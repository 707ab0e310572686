import session, { type Session, type SessionData } from 'express-session';
import connectPgSimple from 'connect-pg-simple';
import type { Pool } from 'pg';
import type { Config } from '../config';
import { authUserSelect, type AuthUserRow } from '../modules/auth/auth-user';
import { queryNamed } from '../db/prepared';

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
const LOADED_USER = Symbol('loadedUser');
const IS_NEW = Symbol('isNew');
// Idle expiry is refreshed at most once a minute per session: no store write per request.
const TOUCH_EVERY_MS = 60_000;

type Callback = (err?: unknown) => void;
type TaggedSession = Session & Partial<SessionData> & { [LOADED_EXPIRES]?: number; [IS_NEW]?: boolean };
type LoadedSession = SessionData & { [LOADED_USER]?: AuthUserRow };

// The session row and its user with every permission, in one statement: a request costs one
// round trip before its own work, not two.
const GET_SQL = `
  select s.sess, u.* from ${SESSION_TABLE} s
  left join lateral (${authUserSelect("(case when s.sess ->> 'userId' ~ '^[0-9]{1,9}$' then (s.sess ->> 'userId')::int end)")}) u on true
  where s.sid = $1 and s.expire >= to_timestamp($2)`;
const PRUNE_EVERY_MS = 15 * 60_000;

const PgStoreBase = connectPgSimple(session);

/**
 * connect-pg-simple with three changes: reading a session also reads its user (one
 * statement), writes never resurrect a session that was deleted meanwhile (logout racing
 * an in-flight request), and touch is throttled.
 */
export class SessionStore extends PgStoreBase {
  private readonly firstPrune: NodeJS.Timeout;

  constructor(private readonly pool: Pool) {
    super({ pool, tableName: SESSION_TABLE, createTableIfMissing: false, pruneSessionInterval: PRUNE_EVERY_MS / 1000 });
    // The base class starts pruning on its own get(), which is replaced below.
    this.firstPrune = setTimeout(() => this.pruneSessions(), PRUNE_EVERY_MS);
    this.firstPrune.unref();
  }

  override get(sid: string, cb: (err: unknown, session?: SessionData | null) => void): void {
    this.readSession([sid, Math.ceil(Date.now() / 1000)]).then(
      (rows) => {
        const row = rows[0];
        if (!row) return cb(null, null);
        let sess: LoadedSession;
        try {
          sess = typeof row.sess === 'string' ? JSON.parse(row.sess) : row.sess;
        } catch {
          return this.destroy(sid, () => cb(null, null));
        }
        if (row.id !== null && row.id !== undefined) {
          const { sess: _sess, ...user } = row;
          Object.defineProperty(sess, LOADED_USER, { value: user, enumerable: false });
        }
        cb(null, sess);
      },
      (err) => cb(err),
    );
  }

  /** Named (queryNamed): planning the lateral join cost more database time than running it. */
  private readSession(values: unknown[]) {
    return queryNamed<AuthUserRow & { sess: SessionData | string }>(this.pool, 'session-get', GET_SQL, values);
  }

  // express-session copies the stored data into a new Session: hand the user row over here.
  override createSession(req: Express.Request, sess: LoadedSession) {
    const user = sess[LOADED_USER];
    const created = super.createSession(req as never, sess);
    if (user) Object.defineProperty(req, LOADED_USER, { value: user, configurable: true });
    return created;
  }

  override async close(): Promise<void> {
    clearTimeout(this.firstPrune);
    await super.close();
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

/** The user row read with the request's session, if its session named a user that exists. */
export function loadedSessionUser(req: object): AuthUserRow | undefined {
  return (req as { [LOADED_USER]?: AuthUserRow })[LOADED_USER];
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
