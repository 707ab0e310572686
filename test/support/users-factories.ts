import { buildGroup, buildUser, type BuiltUser } from './factories';
import type { TestApp } from './app';

/** An active staff superuser. */
export function buildSuperuser(t: TestApp): Promise<BuiltUser> {
  return buildUser(t, { isStaff: true, isSuperuser: true });
}

/** `n` users, each in `groupsEach` groups and holding `permsEach` direct permissions. */
export async function buildUsersWithGrants(t: TestApp, n: number, groupsEach = 2, permsEach = 2): Promise<number[]> {
  const groupIds: number[] = [];
  for (let i = 0; i < groupsEach; i++) {
    groupIds.push(await buildGroup(t, `bulk-group-${i}`, ['activos.view_activo', 'mantenimiento.view_ordentrabajo']));
  }
  const [{ ids }] = (await t.sql<{ ids: number[] }>(
    `with made as (
       insert into auth_user (username, email, password, is_staff)
       select 'bulk_' || g || '_' || md5(random()::text), 'bulk' || g || '@example.org', '!', g % 2 = 0
       from generate_series(1, $1) g returning id)
     select array_agg(id order by id) as ids from made`,
    [n],
  )) as [{ ids: number[] }];
  await t.sql('insert into auth_user_groups (user_id, group_id) select u, g from unnest($1::int[]) u, unnest($2::int[]) g', [ids, groupIds]);
  await t.sql(
    `insert into auth_user_user_permissions (user_id, permission_id)
     select u, p.id from unnest($1::int[]) u, (select id from auth_permission order by id limit $2) p`,
    [ids, permsEach],
  );
  return ids;
}

/** The direct permission strings of a user, sorted. */
export async function directPerms(t: TestApp, userId: number): Promise<string[]> {
  const rows = await t.sql<{ key: string }>(
    `select p.app_label || '.' || p.codename as key from auth_user_user_permissions up
     join auth_permission p on p.id = up.permission_id where up.user_id = $1 order by 1`,
    [userId],
  );
  return rows.map((r) => r.key);
}

export async function groupPerms(t: TestApp, groupId: number): Promise<string[]> {
  const rows = await t.sql<{ key: string }>(
    `select p.app_label || '.' || p.codename as key from auth_group_permissions gp
     join auth_permission p on p.id = gp.permission_id where gp.group_id = $1 order by 1`,
    [groupId],
  );
  return rows.map((r) => r.key);
}

export async function groupIdsOf(t: TestApp, userId: number): Promise<number[]> {
  const rows = await t.sql<{ group_id: number }>('select group_id from auth_user_groups where user_id = $1 order by 1', [userId]);
  return rows.map((r) => r.group_id);
}
