import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { groupBy, rowsGroupedBy, rowsLoader } from '../../graphql/loaders';
import { Group } from './group.entity';
import { Permission } from './permission.entity';
import { User } from './user.entity';
import { groupFromRow, permissionFromRow } from '../users/user.loaders';

// Relations of users and groups, batched per request (one query per relation per page).

function groupsOf(ctx: Context) {
  return rowsGroupedBy<{ user_id: number; id: number; name: string }, Group>(
    ctx,
    'user.groups',
    `select ug.user_id, g.id, g.name from auth_user_groups ug join auth_group g on g.id = ug.group_id
       where ug.user_id = any(?::int[]) order by g.name`,
    (r) => r.user_id,
    groupFromRow,
  );
}

function effectivePermissionsOf(ctx: Context) {
  return rowsLoader<{ user_id: number; is_superuser: boolean; is_active: boolean; perm: string | null }, string[]>(
    ctx,
    'user.effectivePermissions',
    `select u.id as user_id, u.is_superuser, u.is_active, p.app_label || '.' || p.codename as perm
       from auth_user u
       left join lateral (
         select permission_id from auth_user_user_permissions up where up.user_id = u.id
         union
         select gp.permission_id from auth_user_groups ug join auth_group_permissions gp on gp.group_id = ug.group_id
         where ug.user_id = u.id
         union
         -- an active superuser holds every permission
         select id from auth_permission where u.is_superuser and u.is_active
       ) x on true
       left join auth_permission p on p.id = x.permission_id
       where u.id = any(?::int[])
       order by perm`,
    (ids, rows) =>
      groupBy(ids, rows, (r) => r.user_id).map((list) =>
        list.filter((r) => r.is_active && r.perm).map((r) => r.perm!),
      ),
  );
}

function directPermissionsOf(ctx: Context, table: 'auth_user_user_permissions' | 'auth_group_permissions', key: 'user_id' | 'group_id') {
  return rowsGroupedBy<{ owner: number; id: number; app_label: string; codename: string; name: string }, Permission>(
    ctx,
    `${table}.permissions`,
    `select t.${key} as owner, p.id, p.app_label, p.codename, p.name from ${table} t
       join auth_permission p on p.id = t.permission_id where t.${key} = any(?::int[]) order by p.app_label, p.codename`,
    (r) => r.owner,
    permissionFromRow,
  );
}

@Resolver(() => User)
export class UserFieldsResolver {
  @FieldResolver(() => [Group], { description: 'Groups the user belongs to.' })
  groups(@Root() user: User, @Ctx() ctx: Context): Promise<Group[]> {
    return groupsOf(ctx).load(user.id);
  }

  @FieldResolver(() => [String], {
    description: 'Effective permissions (own, through groups, or all for an active superuser) as `app.codename`.',
  })
  permissions(@Root() user: User, @Ctx() ctx: Context): Promise<string[]> {
    return effectivePermissionsOf(ctx).load(user.id);
  }

  @FieldResolver(() => [Permission], { description: 'Permissions granted to the user directly (not through groups).' })
  userPermissions(@Root() user: User, @Ctx() ctx: Context): Promise<Permission[]> {
    return directPermissionsOf(ctx, 'auth_user_user_permissions', 'user_id').load(user.id);
  }
}

@Resolver(() => Group)
export class GroupFieldsResolver {
  @FieldResolver(() => [Permission])
  permissions(@Root() group: Group, @Ctx() ctx: Context): Promise<Permission[]> {
    return directPermissionsOf(ctx, 'auth_group_permissions', 'group_id').load(group.id);
  }

  @FieldResolver(() => Int, { description: 'Number of users in the group.' })
  async userCount(@Root() group: Group, @Ctx() ctx: Context): Promise<number> {
    const counts = rowsLoader<{ group_id: number; n: string }, number>(
      ctx,
      'group.userCount',
      'select group_id, count(*) as n from auth_user_groups where group_id = any(?::int[]) group by group_id',
      (ids, rows) => {
        const m = new Map(rows.map((r) => [r.group_id, Number(r.n)]));
        return ids.map((id) => m.get(id) ?? 0);
      },
    );
    return counts.load(group.id);
  }
}
