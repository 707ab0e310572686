import { randomBytes } from 'node:crypto';
import { makePassword } from '../../src/modules/auth/password-hasher';
import type { HttpClient, TestApp } from './app';

export interface BuiltUser {
  id: number;
  username: string;
  password: string;
}

export interface UserSpec {
  username?: string;
  password?: string;
  email?: string;
  firstName?: string;
  lastName?: string;
  isStaff?: boolean;
  isSuperuser?: boolean;
  isActive?: boolean;
  /** Permissions granted directly, as `app.codename`. */
  perms?: string[];
  /** Group names (created when missing). */
  groups?: string[];
}

let seq = 0;

/** Inserts a user with the given flags, permissions and groups. */
export async function buildUser(t: TestApp, spec: UserSpec = {}): Promise<BuiltUser> {
  seq += 1;
  const username = spec.username ?? `user${seq}_${randomBytes(3).toString('hex')}`;
  const password = spec.password ?? `Pw-${randomBytes(9).toString('base64url')}`;
  const hash = await makePassword(password, t.config.passwordHashIterations);
  const [row] = await t.sql<{ id: number }>(
    `insert into auth_user (username, email, first_name, last_name, password, is_staff, is_superuser, is_active)
     values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
    [
      username,
      spec.email ?? `${username}@example.org`,
      spec.firstName ?? '',
      spec.lastName ?? '',
      hash,
      spec.isStaff ?? false,
      spec.isSuperuser ?? false,
      spec.isActive ?? true,
    ],
  );
  const id = row!.id;
  if (spec.perms?.length) await grantPerms(t, { userId: id }, spec.perms);
  for (const g of spec.groups ?? []) {
    const groupId = await buildGroup(t, g);
    await t.sql('insert into auth_user_groups (user_id, group_id) values ($1, $2) on conflict do nothing', [id, groupId]);
  }
  return { id, username, password };
}

/** A staff user holding exactly these permissions. */
export function buildStaff(t: TestApp, perms: string[] = [], spec: UserSpec = {}): Promise<BuiltUser> {
  return buildUser(t, { ...spec, isStaff: true, perms });
}

export async function buildGroup(t: TestApp, name: string, perms: string[] = []): Promise<number> {
  const [row] = await t.sql<{ id: number }>(
    `insert into auth_group (name) values ($1) on conflict (name) do update set name = excluded.name returning id`,
    [name],
  );
  if (perms.length) await grantPerms(t, { groupId: row!.id }, perms);
  return row!.id;
}

export async function grantPerms(t: TestApp, to: { userId?: number; groupId?: number }, perms: string[]): Promise<void> {
  for (const perm of perms) {
    const [app, codename] = perm.split('.');
    const [p] = await t.sql<{ id: number }>('select id from auth_permission where app_label = $1 and codename = $2', [app, codename]);
    if (!p) throw new Error(`unknown permission ${perm}`);
    if (to.userId) {
      await t.sql('insert into auth_user_user_permissions (user_id, permission_id) values ($1, $2) on conflict do nothing', [to.userId, p.id]);
    }
    if (to.groupId) {
      await t.sql('insert into auth_group_permissions (group_id, permission_id) values ($1, $2) on conflict do nothing', [to.groupId, p.id]);
    }
  }
}

/** An HTTP client logged in as a new staff user (or, with isStaff false, a non-staff one) holding `perms`. */
export async function loggedInClient(t: TestApp, perms: string[], spec: { isStaff?: boolean } = {}): Promise<HttpClient> {
  const u = spec.isStaff === false ? await buildUser(t, { perms }) : await buildStaff(t, perms);
  const c = t.client();
  await c.login(u.username, u.password);
  return c;
}
