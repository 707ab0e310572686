import { createHmac, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

/** The caller of a request, loaded once per request with its effective permissions. */
export interface AuthUser {
  id: number;
  username: string;
  isActive: boolean;
  isStaff: boolean;
  isSuperuser: boolean;
  /** Union of the user's own and their groups' permissions, as `app.codename`. */
  permissions: ReadonlySet<string>;
  /** HMAC of the password hash: a session made before a password change stops matching. */
  authHash: string;
  /** The same HMAC under each older secret still listed (SESSION_SECRET rotation). */
  fallbackAuthHashes?: string[];
}

/** Whether a session's stored hash matches the user's, under the current or an older secret. */
export function sessionHashMatches(stored: string | undefined, user: AuthUser): boolean {
  if (!stored) return false;
  const given = Buffer.from(stored);
  return [user.authHash, ...(user.fallbackAuthHashes ?? [])].some((h) => {
    const expected = Buffer.from(h);
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
}

/** Django's `has_perm`: inactive never, active superuser always, else the permission set. */
export function hasPerm(user: AuthUser | null | undefined, perm: string): boolean {
  if (!user || !user.isActive) return false;
  if (user.isSuperuser) return true;
  return user.permissions.has(perm);
}

export function sessionAuthHash(passwordHash: string, secret: string): string {
  return createHmac('sha256', `session-auth-hash:${secret}`).update(passwordHash).digest('hex');
}

/** The user row with every permission it holds, for the user whose id is `idExpr`. */
export function authUserSelect(idExpr: string): string {
  return `
  select u.id, u.username, u.is_active, u.is_staff, u.is_superuser, u.password,
    array(
      select p.app_label || '.' || p.codename from auth_permission p
      where p.id in (
        select up.permission_id from auth_user_user_permissions up where up.user_id = u.id
        union
        select gp.permission_id from auth_user_groups ug
          join auth_group_permissions gp on gp.group_id = ug.group_id
        where ug.user_id = u.id)
    ) as perms
  from auth_user u where u.id = ${idExpr}`;
}

const LOAD_SQL = authUserSelect('?');

export interface AuthUserRow {
  id: number;
  username: string;
  is_active: boolean;
  is_staff: boolean;
  is_superuser: boolean;
  password: string;
  perms: string[];
}

export function authUserFromRow(row: AuthUserRow, secret: string, fallbackSecrets: readonly string[] = []): AuthUser {
  return {
    id: row.id,
    username: row.username,
    isActive: row.is_active,
    isStaff: row.is_staff,
    isSuperuser: row.is_superuser,
    permissions: new Set(row.perms),
    authHash: sessionAuthHash(row.password, secret),
    ...(fallbackSecrets.length ? { fallbackAuthHashes: fallbackSecrets.map((f) => sessionAuthHash(row.password, f)) } : {}),
  };
}

/** One statement: the user row and every permission string it holds. */
export async function loadAuthUser(em: EntityManager, userId: number, secret: string, fallbackSecrets: readonly string[] = []): Promise<AuthUser | null> {
  const rows = await em.getConnection().execute<AuthUserRow[]>(LOAD_SQL, [userId]);
  return rows[0] ? authUserFromRow(rows[0], secret, fallbackSecrets) : null;
}
