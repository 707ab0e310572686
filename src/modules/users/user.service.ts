import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { intArray } from '../../db/sql';
import { BadUserInputError, ConflictError, NotFoundError, Problems } from '../../errors';
import { parseId } from '../../graphql/ids';
import { checkPageSize, decodeCursor, toConnection, type ConnectionShape } from '../../graphql/pagination';
import { setPassword } from '../auth/auth.service';
import { makePassword } from '../auth/password-hasher';
import { validatePassword } from '../auth/password-validators';
import { User } from '../auth/user.entity';
import {
  assertCanGrant,
  assertCanGrantGroups,
  assertFlagsAllowed,
  assertMayManage,
  replaceDirectPermissions,
  idList,
  permissionKeys,
  resolveGroups,
  resolvePermissions,
} from './permission-grants';
import { checkEmail, checkUsername } from './user-admin';
import { USER_COLUMNS, userFromRow, type UserRow } from './user.loaders';
import { mapUniqueViolation } from '../../db/constraint-errors';

const NAME_MAX = 150;
const Q_MAX = 150;

export interface UserFilterValues {
  q?: string | null;
  isActive?: boolean | null;
  isStaff?: boolean | null;
  isSuperuser?: boolean | null;
  groupId?: string | null;
}

/** One page of users in id order; one statement whatever the page size. */
export async function listUsers(
  ctx: Context,
  filter: UserFilterValues,
  page: { first: number; after?: string | null },
): Promise<ConnectionShape<User>> {
  const first = checkPageSize(page.first);
  const cursor = decodeCursor(page.after, ['int']);
  const where: string[] = [];
  const params: unknown[] = [];
  if (cursor) {
    where.push('u.id > ?');
    params.push(cursor[0]);
  }
  const q = filter.q?.trim();
  if (q) {
    if (q.length > Q_MAX) throw new BadUserInputError({ field: 'filter.q', rule: 'max_length', message: `q takes at most ${Q_MAX} characters.` });
    const like = `%${q.replace(/[\\%_]/g, '\\$&')}%`;
    where.push(`(u.username ilike ? or u.email ilike ? or u.first_name ilike ? or u.last_name ilike ? or (u.first_name || ' ' || u.last_name) ilike ?)`);
    params.push(like, like, like, like, like);
  }
  for (const [flag, column] of [['isActive', 'is_active'], ['isStaff', 'is_staff'], ['isSuperuser', 'is_superuser']] as const) {
    const value = filter[flag];
    if (value !== null && value !== undefined) {
      where.push(`u.${column} = ?`);
      params.push(value);
    }
  }
  if (filter.groupId !== null && filter.groupId !== undefined) {
    where.push('exists (select 1 from auth_user_groups ug where ug.user_id = u.id and ug.group_id = ?)');
    params.push(parseId(filter.groupId, 'filter.groupId'));
  }
  params.push(first + 1);
  const rows = await ctx.em.getConnection().execute<UserRow[]>(
    `select ${USER_COLUMNS} from auth_user u ${where.length ? `where ${where.join(' and ')}` : ''} order by u.id limit ?`,
    params,
  );
  return toConnection(rows, first, (r) => [r.id], userFromRow);
}

export async function getUser(ctx: Pick<Context, 'em'>, id: number): Promise<User> {
  const rows = await ctx.em.execute<UserRow[]>(`select ${USER_COLUMNS} from auth_user u where u.id = ?`, [id]);
  if (!rows[0]) throw new NotFoundError('User', id);
  return userFromRow(rows[0]);
}

/** The target row, locked for the rest of the transaction; NOT_FOUND when missing. */
async function lockTarget(em: EntityManager, id: number, field = 'id', lock = true): Promise<UserRow> {
  const rows = await em.execute<UserRow[]>(`select ${USER_COLUMNS} from auth_user u where u.id = ?${lock ? ' for update' : ''}`, [id]);
  if (!rows[0]) throw new NotFoundError('User', id, field);
  return rows[0];
}

// Django's forms strip surrounding blanks (not from passwords); usernames are NFKC-normalised
// and the domain of an email address lower-cased.
function normalizeUsername(username: string): string {
  return username.trim().normalize('NFKC');
}

function normalizeEmail(email: string): string {
  const trimmed = email.trim();
  const at = trimmed.lastIndexOf('@');
  return at < 0 ? trimmed : `${trimmed.slice(0, at)}@${trimmed.slice(at + 1).toLowerCase()}`;
}

function checkName(problems: Problems, field: string, value: string): void {
  if (value.length > NAME_MAX) problems.add(field, 'max_length', `${field} must be ${NAME_MAX} characters or fewer.`);
}

const DUPLICATE_USERNAME = 'A user with that username already exists.';

// Django's user forms compare usernames case-insensitively; the constraint catches races.
async function assertUsernameFree(em: EntityManager, username: string, exceptId: number | null): Promise<void> {
  const rows = await em.execute('select 1 from auth_user where lower(username) = lower(?) and id <> ?', [username, exceptId ?? 0]);
  if (rows.length) throw new ConflictError(DUPLICATE_USERNAME, 'username');
}

function mapDuplicateUsername(err: unknown): never {
  return mapUniqueViolation(err, { auth_user_username_unique: ['username', DUPLICATE_USERNAME] });
}

export interface CreateUserValues {
  username: string;
  email: string;
  firstName: string;
  lastName: string;
  password: string;
  isActive?: boolean | null;
  isStaff?: boolean | null;
  isSuperuser?: boolean | null;
  groupIds?: string[] | null;
  permissions?: string[] | null;
}

export async function createUser(ctx: Context, input: CreateUserValues): Promise<User> {
  const caller = ctx.user!;
  assertFlagsAllowed(caller, input);
  const username = normalizeUsername(input.username);
  const email = normalizeEmail(input.email);
  const firstName = input.firstName.trim();
  const lastName = input.lastName.trim();
  const problems = new Problems();
  checkUsername(problems, 'username', username);
  checkEmail(problems, 'email', email);
  checkName(problems, 'firstName', firstName);
  checkName(problems, 'lastName', lastName);
  for (const p of validatePassword(input.password, { username, email, firstName, lastName })) {
    problems.add('password', p.code, p.message);
  }
  const groupIds = idList(problems, 'groupIds', input.groupIds ?? []);
  const keys = permissionKeys(problems, 'permissions', input.permissions ?? []);
  const groups = await resolveGroups(ctx.em, problems, 'groupIds', groupIds);
  const perms = await resolvePermissions(ctx.em, problems, 'permissions', keys);
  problems.throwIfAny();
  assertCanGrant(caller, perms.keys(), 'permissions');
  assertCanGrantGroups(caller, groups, 'groupIds');

  const hash = await makePassword(input.password, ctx.app.config.passwordHashIterations);
  const id = await ctx.em
    .transactional(async (em) => {
      await assertUsernameFree(em, username, null);
      const [row] = await em.execute<Array<{ id: number }>>(
        `insert into auth_user (username, email, first_name, last_name, password, is_active, is_staff, is_superuser, date_joined)
         values (?, ?, ?, ?, ?, ?, ?, ?, now()) returning id`,
        [username, email, firstName, lastName, hash, input.isActive ?? true, input.isStaff ?? false, input.isSuperuser ?? false],
      );
      const userId = row!.id;
      if (groupIds.length) {
        await em.execute('insert into auth_user_groups (user_id, group_id) select ?, unnest(?::int[])', [userId, intArray(groupIds)]);
      }
      if (perms.size) {
        await em.execute('insert into auth_user_user_permissions (user_id, permission_id) select ?, unnest(?::int[])', [
          userId,
          intArray([...perms.values()]),
        ]);
      }
      return userId;
    })
    .catch(mapDuplicateUsername);
  return getUser(ctx, id);
}

export interface UpdateUserValues {
  username?: string | null;
  email?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  isActive?: boolean | null;
  isStaff?: boolean | null;
  isSuperuser?: boolean | null;
}

const SELF_LOCKOUT: Array<[flag: 'isActive' | 'isStaff' | 'isSuperuser', message: string]> = [
  ['isActive', 'You cannot deactivate your own account; ask another superuser.'],
  ['isStaff', 'You cannot remove your own staff status; ask another superuser.'],
  ['isSuperuser', 'You cannot remove your own superuser status; ask another superuser.'],
];

/** Changes the given fields; deactivating ends every session of the user. */
export async function updateUser(ctx: Context, id: number, input: UpdateUserValues): Promise<User> {
  const caller = ctx.user!;
  assertFlagsAllowed(caller, input);
  const problems = new Problems();
  const sets: Array<[column: string, value: unknown]> = [];
  let username: string | null = null;
  if (input.username !== null && input.username !== undefined) {
    username = normalizeUsername(input.username);
    checkUsername(problems, 'username', username);
    sets.push(['username', username]);
  }
  if (input.email !== null && input.email !== undefined) {
    const email = normalizeEmail(input.email);
    checkEmail(problems, 'email', email);
    sets.push(['email', email]);
  }
  for (const [field, column] of [['firstName', 'first_name'], ['lastName', 'last_name']] as const) {
    const value = input[field];
    if (value !== null && value !== undefined) {
      checkName(problems, field, value.trim());
      sets.push([column, value.trim()]);
    }
  }
  for (const [flag, column] of [['isActive', 'is_active'], ['isStaff', 'is_staff'], ['isSuperuser', 'is_superuser']] as const) {
    const value = input[flag];
    if (value !== null && value !== undefined) sets.push([column, value]);
  }
  if (id === caller.id) {
    for (const [flag, message] of SELF_LOCKOUT) {
      if (input[flag] === false) problems.add(flag, 'self_lockout', message);
    }
  }
  problems.throwIfAny();

  const deactivated = await ctx.em
    .transactional(async (em) => {
      const target = await lockTarget(em, id);
      assertMayManage(caller, target);
      if (username !== null && username !== target.username) await assertUsernameFree(em, username, id);
      if (sets.length) {
        await em.execute(`update auth_user set ${sets.map(([c]) => `${c} = ?`).join(', ')} where id = ?`, [
          ...sets.map(([, v]) => v),
          id,
        ]);
      }
      return target.is_active && input.isActive === false;
    })
    .catch(mapDuplicateUsername);
  // After the commit; the per-request user load refuses an inactive user anyway.
  if (deactivated) await ctx.app.sessionStore.destroyUserSessions(id);
  return getUser(ctx, id);
}

/**
 * Sets a validated password and ends the user's sessions (all but the caller's own when
 * the caller re-passwords themselves).
 */
export async function setUserPassword(ctx: Context, id: number, password: string): Promise<User> {
  const caller = ctx.user!;
  const target = await lockTarget(ctx.em, id, 'id', false);
  assertMayManage(caller, target);
  const keepSid = id === caller.id ? ctx.req?.sessionID : undefined;
  await setPassword(ctx, id, password, { field: 'password', keepSid });
  return getUser(ctx, id);
}

/** Replaces the user's groups with exactly these. */
export async function setUserGroups(ctx: Context, userId: number, rawGroupIds: string[]): Promise<User> {
  const caller = ctx.user!;
  const problems = new Problems();
  const groupIds = idList(problems, 'groupIds', rawGroupIds);
  problems.throwIfAny();
  await ctx.em.transactional(async (em) => {
    const target = await lockTarget(em, userId, 'userId');
    assertMayManage(caller, target);
    const groups = await resolveGroups(em, problems, 'groupIds', groupIds);
    problems.throwIfAny();
    const current = await em.execute<Array<{ group_id: number }>>('select group_id from auth_user_groups where user_id = ?', [userId]);
    const held = new Set(current.map((r) => r.group_id));
    assertCanGrantGroups(caller, groups.filter((g) => !held.has(g.id)), 'groupIds');
    await em.execute('delete from auth_user_groups where user_id = ? and not (group_id = any(?::int[]))', [userId, intArray(groupIds)]);
    await em.execute('insert into auth_user_groups (user_id, group_id) select ?, unnest(?::int[]) on conflict do nothing', [
      userId,
      intArray(groupIds),
    ]);
  });
  return getUser(ctx, userId);
}

/** Replaces the user's direct permissions with exactly these `app.codename` strings. */
export async function setUserPermissions(ctx: Context, userId: number, rawPermissions: string[]): Promise<User> {
  const caller = ctx.user!;
  const problems = new Problems();
  const keys = permissionKeys(problems, 'permissions', rawPermissions);
  problems.throwIfAny();
  await ctx.em.transactional(async (em) => {
    const target = await lockTarget(em, userId, 'userId');
    assertMayManage(caller, target);
    const perms = await resolvePermissions(em, problems, 'permissions', keys);
    problems.throwIfAny();
    await replaceDirectPermissions(em, caller, 'auth_user_user_permissions', 'user_id', userId, perms);
  });
  return getUser(ctx, userId);
}
