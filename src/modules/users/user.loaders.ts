import { rowsById } from '../../graphql/loaders';
import type { Context } from '../../context';
import { asEntity, toDate } from '../../db/as-entity';
import { Group } from '../auth/group.entity';
import { Permission } from '../auth/permission.entity';
import { User } from '../auth/user.entity';

/** The user columns every read of users selects (alias `u`); never the password hash. */
export const USER_COLUMNS = 'u.id, u.username, u.email, u.first_name, u.last_name, u.is_active, u.is_staff, u.is_superuser, u.last_login, u.date_joined';

export interface UserRow {
  id: number;
  username: string;
  email: string;
  first_name: string;
  last_name: string;
  is_active: boolean;
  is_staff: boolean;
  is_superuser: boolean;
  last_login: string | Date | null;
  date_joined: string | Date;
}

export function userFromRow(r: UserRow): User {
  return asEntity(User, {
    id: r.id,
    username: r.username,
    email: r.email,
    firstName: r.first_name,
    lastName: r.last_name,
    isActive: r.is_active,
    isStaff: r.is_staff,
    isSuperuser: r.is_superuser,
    lastLogin: toDate(r.last_login),
    dateJoined: toDate(r.date_joined),
  });
}

/** Users by id, one statement per request for all of them (responsibles, technicians, actors...). */
export function userById(ctx: Context) {
  return rowsById<UserRow, User>(ctx, 'users.byId', `select ${USER_COLUMNS} from auth_user u where u.id = any(?::int[])`, userFromRow);
}

export function groupFromRow(r: { id: number; name: string }): Group {
  return asEntity(Group, { id: r.id, name: r.name });
}

export function permissionFromRow(r: { id: number; app_label: string; codename: string; name: string }): Permission {
  return asEntity(Permission, { id: r.id, appLabel: r.app_label, codename: r.codename, name: r.name });
}
