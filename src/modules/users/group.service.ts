import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { BadUserInputError, NotFoundError, Problems } from '../../errors';
import { Group } from '../auth/group.entity';
import { Permission } from '../auth/permission.entity';
import { assertCanGrant, permissionKeys, replaceDirectPermissions, resolvePermissions } from './permission-grants';
import { mapUniqueViolation } from '../../db/constraint-errors';
import { groupFromRow, permissionFromRow } from './user.loaders';

const NAME_MAX = 150;
const Q_MAX = 150;

/** Every group whose name contains `q`, by name (groups are few; one statement). */
export async function listGroups(ctx: Context, q?: string | null): Promise<Group[]> {
  const term = q?.trim() ?? '';
  if (term.length > Q_MAX) throw new BadUserInputError({ field: 'q', rule: 'max_length', message: `q takes at most ${Q_MAX} characters.` });
  const rows = await ctx.em
    .getConnection()
    .execute<Array<{ id: number; name: string }>>(
      `select id, name from auth_group where ?::text = '' or name ilike ? order by name, id`,
      [term, `%${term.replace(/[\\%_]/g, '\\$&')}%`],
    );
  return rows.map(groupFromRow);
}

export async function getGroup(ctx: Pick<Context, 'em'>, id: number): Promise<Group> {
  const rows = await ctx.em.execute<Array<{ id: number; name: string }>>('select id, name from auth_group where id = ?', [id]);
  if (!rows[0]) throw new NotFoundError('Group', id);
  return groupFromRow(rows[0]);
}

/** Every permission that can be granted, optionally of one app, by app and codename. */
export async function permissionCatalogue(ctx: Context, appLabel?: string | null): Promise<Permission[]> {
  const rows = await ctx.em
    .getConnection()
    .execute<Array<{ id: number; app_label: string; codename: string; name: string }>>(
      `select id, app_label, codename, name from auth_permission
       where ?::text is null or app_label = ? order by app_label, codename`,
      [appLabel ?? null, appLabel ?? null],
    );
  return rows.map(permissionFromRow);
}

function groupName(problems: Problems, raw: string): string {
  const name = raw.trim();
  if (!name) problems.add('name', 'required', 'Group name is required.');
  else if (name.length > NAME_MAX) problems.add('name', 'max_length', `Group name must be ${NAME_MAX} characters or fewer.`);
  return name;
}

function mapDuplicateName(err: unknown): never {
  return mapUniqueViolation(err, { auth_group_name_unique: ['name', 'A group with that name already exists.'] });
}

async function lockGroup(em: EntityManager, id: number): Promise<void> {
  const rows = await em.execute('select id from auth_group where id = ? for update', [id]);
  if (!rows.length) throw new NotFoundError('Group', id);
}

export async function createGroup(ctx: Context, rawName: string, rawPermissions: string[]): Promise<Group> {
  const caller = ctx.user!;
  const problems = new Problems();
  const name = groupName(problems, rawName);
  const keys = permissionKeys(problems, 'permissions', rawPermissions);
  const perms = await resolvePermissions(ctx.em, problems, 'permissions', keys);
  problems.throwIfAny();
  assertCanGrant(caller, perms.keys(), 'permissions');
  const id = await ctx.em
    .transactional(async (em) => {
      const [row] = await em.execute<Array<{ id: number }>>('insert into auth_group (name) values (?) returning id', [name]);
      await replaceDirectPermissions(em, caller, 'auth_group_permissions', 'group_id', row!.id, perms);
      return row!.id;
    })
    .catch(mapDuplicateName);
  return getGroup(ctx, id);
}

/** Renames and/or replaces the permission set; members gain or lose them on their next request. */
export async function updateGroup(ctx: Context, id: number, rawName?: string | null, rawPermissions?: string[] | null): Promise<Group> {
  const caller = ctx.user!;
  const problems = new Problems();
  const name = rawName === null || rawName === undefined ? null : groupName(problems, rawName);
  const keys = rawPermissions ? permissionKeys(problems, 'permissions', rawPermissions) : null;
  problems.throwIfAny();
  await ctx.em
    .transactional(async (em) => {
      await lockGroup(em, id);
      const perms = keys ? await resolvePermissions(em, problems, 'permissions', keys) : null;
      problems.throwIfAny();
      if (name !== null) await em.execute('update auth_group set name = ? where id = ?', [name, id]);
      if (perms) await replaceDirectPermissions(em, caller, 'auth_group_permissions', 'group_id', id, perms);
    })
    .catch(mapDuplicateName);
  return getGroup(ctx, id);
}

/** Deletes the group; its memberships and grants go with it (foreign keys cascade). */
export async function deleteGroup(ctx: Context, id: number): Promise<boolean> {
  const rows = await ctx.em.execute('delete from auth_group where id = ? returning id', [id]);
  if (!rows.length) throw new NotFoundError('Group', id);
  return true;
}
