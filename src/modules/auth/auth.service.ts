import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { BadUserInputError } from '../../errors';
import { loadAuthUser, type AuthUser } from './auth-user';
import { checkPassword, hashDummy, isPasswordTooLong, makePassword, mustUpdate } from './password-hasher';
import { validatePassword, type PasswordUser } from './password-validators';

export const INVALID_LOGIN_MESSAGE =
  'Please enter a correct username and password. Note that both fields may be case-sensitive.';

interface Credentials {
  em: EntityManager;
  secret: string;
  iterations: number;
}

/**
 * Django's authenticate(): the same answer (null) for an unknown user, a wrong password
 * and an inactive user, in about the same time. Old hashes are upgraded on success.
 */
export async function authenticate(c: Credentials, username: string, password: string): Promise<AuthUser | null> {
  // Refused before any hashing: a megabyte password must not cost a megabyte of PBKDF2.
  if (isPasswordTooLong(password) || username.length > 150) return null;
  const rows = await c.em
    .getConnection()
    .execute<Array<{ id: number; password: string; is_active: boolean }>>(
      'select id, password, is_active from auth_user where username = ?',
      [username],
    );
  const row = rows[0];
  if (!row) {
    await hashDummy(password, c.iterations);
    return null;
  }
  const ok = await checkPassword(password, row.password);
  if (!ok || !row.is_active) return null;
  const upgrade = mustUpdate(row.password, c.iterations) ? await makePassword(password, c.iterations) : null;
  await c.em
    .getConnection()
    .execute('update auth_user set last_login = now(), password = coalesce(?, password) where id = ?', [upgrade, row.id]);
  return loadAuthUser(c.em, row.id, c.secret);
}


/** Validates a new password with all four validators; every problem is reported at once. */
export function assertValidPassword(field: string, password: string, user: PasswordUser): void {
  const problems = validatePassword(password, user);
  if (problems.length) {
    throw new BadUserInputError(problems.map((p) => ({ field, rule: p.code, message: p.message })));
  }
}

interface UserAttributes {
  id: number;
  username: string;
  email: string;
  first_name: string;
  last_name: string;
  password: string;
}

async function userAttributes(em: EntityManager, userId: number): Promise<UserAttributes | undefined> {
  const rows = await em
    .getConnection()
    .execute<UserAttributes[]>('select id, username, email, first_name, last_name, password from auth_user where id = ?', [userId]);
  return rows[0];
}

/**
 * Sets a validated password and ends the user's other sessions (all of them when
 * `keepSid` is absent). Returns the new session auth hash source.
 */
export async function setPassword(
  ctx: Pick<Context, 'em' | 'app'>,
  userId: number,
  newPassword: string,
  opts: { field: string; keepSid?: string; validate?: boolean },
): Promise<void> {
  const attrs = await userAttributes(ctx.em, userId);
  if (!attrs) throw new BadUserInputError({ field: 'userId', rule: 'exists', message: `User ${userId} does not exist.` });
  if (opts.validate !== false) {
    assertValidPassword(opts.field, newPassword, {
      username: attrs.username,
      email: attrs.email,
      firstName: attrs.first_name,
      lastName: attrs.last_name,
    });
  }
  const hash = await makePassword(newPassword, ctx.app.config.passwordHashIterations);
  await ctx.em.getConnection().execute('update auth_user set password = ? where id = ?', [hash, userId]);
  await ctx.app.sessionStore.destroyUserSessions(userId, opts.keepSid);
}

/** The logged-in user changes their own password (Django's PasswordChangeForm). */
export async function changeOwnPassword(ctx: Context, oldPassword: string, newPassword: string): Promise<AuthUser> {
  const user = ctx.user!;
  const attrs = await userAttributes(ctx.em, user.id);
  if (!attrs || !(await checkPassword(oldPassword, attrs.password))) {
    throw new BadUserInputError({
      field: 'oldPassword',
      rule: 'password_incorrect',
      message: 'Your old password was entered incorrectly. Please enter it again.',
    });
  }
  await setPassword(ctx, user.id, newPassword, { field: 'newPassword', keepSid: ctx.req?.sessionID });
  const refreshed = await loadAuthUser(ctx.em, user.id, ctx.app.config.session.secrets[0]!);
  return refreshed!;
}
