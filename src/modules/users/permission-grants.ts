import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, ForbiddenError, Problems, type FieldProblem } from '../../errors';
import { intArray } from '../../db/sql';
import { parseId } from '../../graphql/ids';
import { hasPerm, type AuthUser } from '../auth/auth-user';

// The privilege rules shared by the user and group administration: what a caller may
// grant, which flags only superusers set, and who may manage whom.

const PERMISSION_KEY_RE = /^[a-z][a-z0-9_]{0,99}\.[a-z][a-z0-9_]{0,99}$/;
export const MAX_ITEMS = 500;

/** FORBIDDEN that also names the input field that asked for more than the caller may. */
export class FieldForbiddenError extends ForbiddenError {
  constructor(requiredPermission: string, field: string, message: string, extra: Record<string, unknown> = {}) {
    super(requiredPermission, message);
    Object.assign(this.extensions as Record<string, unknown>, { field, ...extra });
  }
}

export const SUPERUSER_FLAGS = ['isActive', 'isStaff', 'isSuperuser'] as const;
export type SuperuserFlag = (typeof SUPERUSER_FLAGS)[number];

/** Only superusers may set isActive, isStaff or isSuperuser (any value, on any user). */
export function assertFlagsAllowed(caller: AuthUser, input: Partial<Record<SuperuserFlag, boolean | null>>): void {
  if (caller.isSuperuser) return;
  for (const flag of SUPERUSER_FLAGS) {
    if (input[flag] !== undefined && input[flag] !== null) {
      throw new FieldForbiddenError('is_superuser', flag, `Permission denied: only a superuser may set ${flag}.`);
    }
  }
}

/** A non-superuser may not edit, re-password, re-group or re-grant a superuser. */
export function assertMayManage(caller: AuthUser, target: { id: number; is_superuser: boolean }): void {
  if (target.is_superuser && !caller.isSuperuser) {
    throw new ForbiddenError('is_superuser', 'Permission denied: only a superuser may change a superuser.');
  }
}

/** No escalation: a non-superuser grants only permissions they hold themselves. */
export function assertCanGrant(caller: AuthUser, perms: Iterable<string>, field: string, via?: string): void {
  const missing = [...new Set(perms)].filter((p) => !hasPerm(caller, p)).sort();
  if (!missing.length) return;
  const through = via ? ` (through ${via})` : '';
  throw new FieldForbiddenError(
    missing[0]!,
    field,
    `Permission denied: you cannot grant permissions you do not hold${through}: ${missing.join(', ')}.`,
    { permissions: missing },
  );
}

/** Runs a parser that throws BAD_USER_INPUT and keeps its problems instead. */
export function collect<T>(problems: Problems, fallback: T, parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    if (!(err instanceof BadUserInputError)) throw err;
    for (const p of err.extensions.problems as FieldProblem[]) problems.add(p.field, p.rule, p.message);
    return fallback;
  }
}

/** Distinct ids of an `[ID!]` argument; bad ones are added to `problems`. */
export function idList(problems: Problems, field: string, values: ReadonlyArray<string | number>): number[] {
  if (values.length > MAX_ITEMS) {
    problems.add(field, 'max_items', `${field} takes at most ${MAX_ITEMS} ids.`);
    return [];
  }
  const ids = values.map((v) => collect(problems, null, () => parseId(v, field)));
  return [...new Set(ids.filter((id): id is number => id !== null))];
}

/** Distinct `app.codename` strings; malformed ones are added to `problems`. */
export function permissionKeys(problems: Problems, field: string, values: readonly string[]): string[] {
  if (values.length > MAX_ITEMS) {
    problems.add(field, 'max_items', `${field} takes at most ${MAX_ITEMS} permissions.`);
    return [];
  }
  const keys = [...new Set(values.map((v) => v.trim()))];
  const bad = keys.filter((k) => !PERMISSION_KEY_RE.test(k));
  if (bad.length) {
    problems.add(field, 'format', `Permissions are written app_label.codename: ${bad.map((b) => JSON.stringify(b.slice(0, 60))).join(', ')}.`);
  }
  return keys.filter((k) => PERMISSION_KEY_RE.test(k));
}

/** Permission ids by `app.codename`; unknown strings are named in `problems`. */
export async function resolvePermissions(em: EntityManager, problems: Problems, field: string, keys: string[]): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  if (!keys.length) return found;
  const rows = await em.execute<Array<{ id: number; key: string }>>(
    `select id, app_label || '.' || codename as key from auth_permission
     where app_label || '.' || codename in (select jsonb_array_elements_text(?::jsonb))`,
    [JSON.stringify(keys)],
  );
  for (const r of rows) found.set(r.key, r.id);
  const unknown = keys.filter((k) => !found.has(k));
  if (unknown.length) problems.add(field, 'unknown', `Unknown permissions: ${unknown.join(', ')}.`);
  return found;
}

export interface GroupGrant {
  id: number;
  name: string;
  perms: string[];
}

/** The groups with these ids and the permissions each carries; unknown ids go to `problems`. */
export async function resolveGroups(em: EntityManager, problems: Problems, field: string, ids: number[]): Promise<GroupGrant[]> {
  if (!ids.length) return [];
  const rows = await em.execute<GroupGrant[]>(
    `select g.id, g.name, array(
       select p.app_label || '.' || p.codename from auth_group_permissions gp
       join auth_permission p on p.id = gp.permission_id where gp.group_id = g.id) as perms
     from auth_group g where g.id = any(?::int[])`,
    [intArray(ids)],
  );
  const known = new Set(rows.map((r) => r.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length) problems.add(field, 'unknown', `Unknown groups: ${unknown.join(', ')}.`);
  return rows;
}

/** Asserts the caller holds every permission of each group they add someone to. */
export function assertCanGrantGroups(caller: AuthUser, groups: GroupGrant[], field: string): void {
  for (const g of groups) assertCanGrant(caller, g.perms, field, `group "${g.name}"`);
}


/**
 * Makes the permissions of a user or group exactly `perms`; only the ones being added
 * are checked against what the caller holds (revoking is always allowed).
 */
export async function replaceDirectPermissions(
  em: EntityManager,
  caller: AuthUser,
  table: 'auth_user_user_permissions' | 'auth_group_permissions',
  ownerColumn: 'user_id' | 'group_id',
  ownerId: number,
  perms: Map<string, number>,
): Promise<void> {
  const current = await em.execute<Array<{ permission_id: number }>>(`select permission_id from ${table} where ${ownerColumn} = ?`, [ownerId]);
  const held = new Set(current.map((r) => r.permission_id));
  assertCanGrant(caller, [...perms].filter(([, pid]) => !held.has(pid)).map(([key]) => key), 'permissions');
  const ids = intArray([...perms.values()]);
  await em.execute(`delete from ${table} where ${ownerColumn} = ? and not (permission_id = any(?::int[]))`, [ownerId, ids]);
  await em.execute(`insert into ${table} (${ownerColumn}, permission_id) select ?, unnest(?::int[]) on conflict do nothing`, [ownerId, ids]);
}
