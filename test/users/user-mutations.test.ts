import { checkPassword } from '../../src/modules/auth/password-hasher';
import { buildGroup, buildStaff, buildUser } from '../support/factories';
import { setupTestApp, type TestApp, firstErrorExtensions } from '../support/app';
import { buildSuperuser, directPerms, groupIdsOf } from '../support/users-factories';

// createUser, updateUser, setUserPassword, setUserGroups, setUserPermissions and the
// privilege rules around them.

let t: TestApp;
beforeAll(async () => {
  t = await setupTestApp();
});
afterAll(async () => {
  await t.close();
});

const CREATE = `mutation($input: CreateUserInput!) {
  createUser(input: $input) { id username email firstName isActive isStaff isSuperuser groups { name } userPermissions { key } }
}`;
const UPDATE = `mutation($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) { id username email firstName lastName isActive isStaff isSuperuser }
}`;
const SET_PASSWORD = 'mutation($id: ID!, $p: String!) { setUserPassword(id: $id, password: $p) { id } }';
const SET_GROUPS = 'mutation($id: ID!, $g: [ID!]!) { setUserGroups(userId: $id, groupIds: $g) { id groups { name } permissions } }';
const SET_PERMS = 'mutation($id: ID!, $p: [String!]!) { setUserPermissions(userId: $id, permissions: $p) { id userPermissions { key } } }';

const GOOD_PASSWORD = 'turbine-Lantern-42';

async function userRow(id: number) {
  const [row] = await t.sql('select * from auth_user where id = $1', [id]);
  return row;
}

const ext = firstErrorExtensions;

describe('createUser', () => {
  it('creates a user with groups and permissions the caller holds, hashing the password', async () => {
    const admin = await buildStaff(t, ['auth.add_user', 'activos.view_activo', 'activos.change_activo']);
    const gid = await buildGroup(t, 'Crt readers', ['activos.view_activo']);
    const r = await t.exec(CREATE, {
      as: admin.id,
      variables: {
        input: {
          username: '  crt_new ',
          email: 'New.Person@Example.ORG',
          firstName: 'New',
          lastName: 'Person',
          password: GOOD_PASSWORD,
          groupIds: [String(gid)],
          permissions: ['activos.change_activo'],
        },
      },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.createUser).toMatchObject({
      username: 'crt_new',
      email: 'New.Person@example.org',
      isActive: true,
      isStaff: false,
      isSuperuser: false,
      groups: [{ name: 'Crt readers' }],
      userPermissions: [{ key: 'activos.change_activo' }],
    });
    const id = Number(r.data!.createUser.id);
    const row = await userRow(id);
    expect(row).toMatchObject({ username: 'crt_new', first_name: 'New', last_name: 'Person', is_active: true, is_staff: false });
    expect(row.password).toMatch(/^pbkdf2_sha256\$/);
    expect(await checkPassword(GOOD_PASSWORD, row.password)).toBe(true);
    expect(await groupIdsOf(t, id)).toEqual([gid]);
    expect(await directPerms(t, id)).toEqual(['activos.change_activo']);
  });

  it('lets a superuser set isActive, isStaff and isSuperuser', async () => {
    const su = await buildSuperuser(t);
    const r = await t.exec(CREATE, {
      as: su.id,
      variables: { input: { username: 'crt_boss', password: GOOD_PASSWORD, isStaff: true, isSuperuser: true, isActive: false } },
    });
    expect(r.errors).toBeUndefined();
    expect(await userRow(Number(r.data!.createUser.id))).toMatchObject({ is_staff: true, is_superuser: true, is_active: false });
  });

  it('reports every password, username and email problem at once, naming the fields', async () => {
    const admin = await buildStaff(t, ['auth.add_user']);
    const r = await t.exec(CREATE, { as: admin.id, variables: { input: { username: 'bad name!', email: 'nope', password: '1234' } } });
    expect(ext(r)).toMatchObject({ code: 'BAD_USER_INPUT' });
    const problems = ext(r)!.problems as Array<{ field: string; rule: string }>;
    expect(problems.map((p) => `${p.field}:${p.rule}`).sort()).toEqual([
      'email:invalid',
      'password:password_entirely_numeric',
      'password:password_too_common',
      'password:password_too_short',
      'username:invalid',
    ]);
    const [n] = await t.sql("select count(*)::int as n from auth_user where username = 'bad name!'");
    expect(n.n).toBe(0);
  });

  it('refuses a password too similar to the username', async () => {
    const admin = await buildStaff(t, ['auth.add_user']);
    const r = await t.exec(CREATE, { as: admin.id, variables: { input: { username: 'windfarmer', password: 'windfarmer1' } } });
    expect(ext(r)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password', rule: 'password_too_similar' });
  });

  it('answers CONFLICT naming username for a duplicate, case-insensitively, and writes nothing', async () => {
    const admin = await buildStaff(t, ['auth.add_user']);
    await buildUser(t, { username: 'crt_dup' });
    for (const username of ['crt_dup', 'CRT_Dup']) {
      const r = await t.exec(CREATE, { as: admin.id, variables: { input: { username, password: GOOD_PASSWORD } } });
      expect(ext(r)).toMatchObject({ code: 'CONFLICT', field: 'username' });
    }
    const [n] = await t.sql("select count(*)::int as n from auth_user where lower(username) = 'crt_dup'");
    expect(n.n).toBe(1);
  });

  it('names unknown permissions and groups in BAD_USER_INPUT', async () => {
    const admin = await buildStaff(t, ['auth.add_user']);
    const r = await t.exec(CREATE, {
      as: admin.id,
      variables: { input: { username: 'crt_unknown', password: GOOD_PASSWORD, permissions: ['activos.fly_activo', 'nope'], groupIds: ['999999'] } },
    });
    const problems = ext(r)!.problems as Array<{ field: string; rule: string; message: string }>;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'permissions', rule: 'format', message: expect.stringContaining('"nope"') }),
        expect.objectContaining({ field: 'permissions', rule: 'unknown', message: expect.stringContaining('activos.fly_activo') }),
        expect.objectContaining({ field: 'groupIds', rule: 'unknown', message: expect.stringContaining('999999') }),
      ]),
    );
    expect(await t.sql("select 1 from auth_user where username = 'crt_unknown'")).toHaveLength(0);
  });

  it.each(['isActive', 'isStaff', 'isSuperuser'])('refuses %s from a non-superuser with FORBIDDEN naming it', async (flag) => {
    const admin = await buildStaff(t, ['auth.add_user']);
    const username = `crt_flag_${flag}`;
    const r = await t.exec(CREATE, { as: admin.id, variables: { input: { username, password: GOOD_PASSWORD, [flag]: true } } });
    expect(r.status).toBe(403);
    expect(ext(r)).toMatchObject({ code: 'FORBIDDEN', required_permission: 'is_superuser', field: flag });
    expect(await t.sql('select 1 from auth_user where username = $1', [username])).toHaveLength(0);
  });

  it('refuses granting a permission the caller does not hold, directly or through a group', async () => {
    const admin = await buildStaff(t, ['auth.add_user', 'activos.view_activo']);
    const direct = await t.exec(CREATE, {
      as: admin.id,
      variables: { input: { username: 'crt_esc1', password: GOOD_PASSWORD, permissions: ['activos.view_activo', 'auth.change_user'] } },
    });
    expect(ext(direct)).toMatchObject({ code: 'FORBIDDEN', required_permission: 'auth.change_user', field: 'permissions', permissions: ['auth.change_user'] });
    const gid = await buildGroup(t, 'Crt admins', ['auth.delete_group']);
    const viaGroup = await t.exec(CREATE, {
      as: admin.id,
      variables: { input: { username: 'crt_esc2', password: GOOD_PASSWORD, groupIds: [String(gid)] } },
    });
    expect(ext(viaGroup)).toMatchObject({ code: 'FORBIDDEN', required_permission: 'auth.delete_group', field: 'groupIds' });
    expect(await t.sql("select 1 from auth_user where username like 'crt_esc%'")).toHaveLength(0);
  });

  it('refuses anonymous, non-staff and staff without auth.add_user', async () => {
    const input = { username: 'crt_refused', password: GOOD_PASSWORD };
    const anon = await t.exec(CREATE, { variables: { input } });
    expect(anon.status).toBe(401);
    expect(anon.errors![0]).toMatchObject({ message: 'Authentication required', extensions: { code: 'UNAUTHENTICATED', redirect: '/admin/login/' } });
    const nonStaff = await buildUser(t, { perms: ['auth.add_user'] });
    const r1 = await t.exec(CREATE, { as: nonStaff.id, variables: { input } });
    expect(r1.status).toBe(403);
    expect(ext(r1)).toMatchObject({ code: 'FORBIDDEN', required_permission: 'is_staff' });
    const staff = await buildStaff(t, ['auth.change_user']);
    const r2 = await t.exec(CREATE, { as: staff.id, variables: { input } });
    expect(r2.status).toBe(403);
    expect(ext(r2)).toMatchObject({ code: 'FORBIDDEN', required_permission: 'auth.add_user' });
    expect(await t.sql("select 1 from auth_user where username = 'crt_refused'")).toHaveLength(0);
  });
});

describe('updateUser', () => {
  it('changes the given fields only', async () => {
    const admin = await buildStaff(t, ['auth.change_user']);
    const u = await buildUser(t, { firstName: 'Old', lastName: 'Name' });
    const r = await t.exec(UPDATE, { as: admin.id, variables: { id: String(u.id), input: { firstName: ' New ', email: 'x@Grid.example' } } });
    expect(r.errors).toBeUndefined();
    expect(await userRow(u.id)).toMatchObject({ first_name: 'New', last_name: 'Name', email: 'x@grid.example', username: u.username });
  });

  it('lets a superuser deactivate, promote and demote', async () => {
    const su = await buildSuperuser(t);
    const u = await buildUser(t);
    const r = await t.exec(UPDATE, { as: su.id, variables: { id: String(u.id), input: { isActive: false, isStaff: true, isSuperuser: true } } });
    expect(r.errors).toBeUndefined();
    expect(await userRow(u.id)).toMatchObject({ is_active: false, is_staff: true, is_superuser: true });
  });

  it.each(['isActive', 'isStaff', 'isSuperuser'])('refuses %s from a non-superuser with FORBIDDEN naming it', async (flag) => {
    const admin = await buildStaff(t, ['auth.change_user']);
    const u = await buildUser(t);
    const r = await t.exec(UPDATE, { as: admin.id, variables: { id: String(u.id), input: { [flag]: flag === 'isActive' ? false : true, firstName: 'X' } } });
    expect(r.status).toBe(403);
    expect(ext(r)).toMatchObject({ code: 'FORBIDDEN', required_permission: 'is_superuser', field: flag });
    expect(await userRow(u.id)).toMatchObject({ is_active: true, is_staff: false, is_superuser: false, first_name: '' });
  });

  it('refuses a non-superuser editing a superuser', async () => {
    const admin = await buildStaff(t, ['auth.change_user']);
    const su = await buildSuperuser(t);
    const r = await t.exec(UPDATE, { as: admin.id, variables: { id: String(su.id), input: { email: 'taken@over.example' } } });
    expect(ext(r)).toMatchObject({ code: 'FORBIDDEN', required_permission: 'is_superuser' });
    expect((await userRow(su.id)).email).not.toBe('taken@over.example');
  });

  it.each([
    ['isActive', 'deactivate'],
    ['isStaff', 'staff'],
    ['isSuperuser', 'superuser'],
  ])('refuses removing your own %s with a clear error', async (flag, word) => {
    const su = await buildSuperuser(t);
    const r = await t.exec(UPDATE, { as: su.id, variables: { id: String(su.id), input: { [flag]: false } } });
    expect(ext(r)).toMatchObject({ code: 'BAD_USER_INPUT', field: flag, rule: 'self_lockout' });
    expect(r.errors![0]!.message).toContain(word);
    expect(await userRow(su.id)).toMatchObject({ is_active: true, is_staff: true, is_superuser: true });
  });

  it('answers CONFLICT for a taken username and BAD_USER_INPUT for an invalid one', async () => {
    const admin = await buildStaff(t, ['auth.change_user']);
    const taken = await buildUser(t, { username: 'upd_taken' });
    const u = await buildUser(t);
    const dup = await t.exec(UPDATE, { as: admin.id, variables: { id: String(u.id), input: { username: 'UPD_TAKEN' } } });
    expect(ext(dup)).toMatchObject({ code: 'CONFLICT', field: 'username' });
    const bad = await t.exec(UPDATE, { as: admin.id, variables: { id: String(u.id), input: { username: 'a b', lastName: 'x'.repeat(151) } } });
    const problems = ext(bad)!.problems as Array<{ field: string }>;
    expect(problems.map((p) => p.field)).toEqual(['username', 'lastName']);
    expect((await userRow(u.id)).username).toBe(u.username);
    expect(taken.username).toBe('upd_taken');
  });

  it('answers NOT_FOUND for a missing user', async () => {
    const admin = await buildStaff(t, ['auth.change_user']);
    const r = await t.exec(UPDATE, { as: admin.id, variables: { id: '999999', input: { firstName: 'x' } } });
    expect(ext(r)).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it('refuses staff without auth.change_user, naming it', async () => {
    const staff = await buildStaff(t, ['auth.view_user']);
    const u = await buildUser(t);
    const r = await t.exec(UPDATE, { as: staff.id, variables: { id: String(u.id), input: { firstName: 'x' } } });
    expect(r.status).toBe(403);
    expect(ext(r)).toMatchObject({ code: 'FORBIDDEN', required_permission: 'auth.change_user' });
  });
});

describe('setUserPassword', () => {
  it('sets a validated password', async () => {
    const admin = await buildStaff(t, ['auth.change_user']);
    const u = await buildUser(t);
    const r = await t.exec(SET_PASSWORD, { as: admin.id, variables: { id: String(u.id), p: GOOD_PASSWORD } });
    expect(r.errors).toBeUndefined();
    expect(await checkPassword(GOOD_PASSWORD, (await userRow(u.id)).password)).toBe(true);
  });

  it('reports every validator problem naming password and keeps the old one', async () => {
    const admin = await buildStaff(t, ['auth.change_user']);
    const u = await buildUser(t);
    const r = await t.exec(SET_PASSWORD, { as: admin.id, variables: { id: String(u.id), p: '123' } });
    expect(ext(r)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect((ext(r)!.problems as unknown[]).length).toBeGreaterThanOrEqual(2);
    expect(await checkPassword(u.password, (await userRow(u.id)).password)).toBe(true);
  });

  it('refuses a non-superuser re-passwording a superuser', async () => {
    const admin = await buildStaff(t, ['auth.change_user']);
    const su = await buildSuperuser(t);
    const r = await t.exec(SET_PASSWORD, { as: admin.id, variables: { id: String(su.id), p: GOOD_PASSWORD } });
    expect(ext(r)).toMatchObject({ code: 'FORBIDDEN', required_permission: 'is_superuser' });
    expect(await checkPassword(su.password, (await userRow(su.id)).password)).toBe(true);
  });
});

describe('setUserGroups', () => {
  it('replaces the groups with exactly the given set and returns the user', async () => {
    const admin = await buildStaff(t, ['auth.change_user', 'activos.view_activo']);
    const keep = await buildGroup(t, 'Sg keep', ['activos.view_activo']);
    const add = await buildGroup(t, 'Sg add');
    const u = await buildUser(t, { groups: ['Sg keep', 'Sg drop'] });
    const r = await t.exec(SET_GROUPS, { as: admin.id, variables: { id: String(u.id), g: [String(keep), String(add)] } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.setUserGroups.groups).toEqual([{ name: 'Sg add' }, { name: 'Sg keep' }]);
    expect(r.data!.setUserGroups.permissions).toEqual(['activos.view_activo']);
    expect(await groupIdsOf(t, u.id)).toEqual([keep, add].sort((a, b) => a - b));
    const none = await t.exec(SET_GROUPS, { as: admin.id, variables: { id: String(u.id), g: [] } });
    expect(none.data!.setUserGroups.groups).toEqual([]);
    expect(await groupIdsOf(t, u.id)).toEqual([]);
  });

  it('refuses adding someone to a group carrying permissions the caller lacks, and changes nothing', async () => {
    const admin = await buildStaff(t, ['auth.change_user']);
    const mighty = await buildGroup(t, 'Sg mighty', ['auth.add_user', 'activos.delete_activo']);
    const u = await buildUser(t, { groups: ['Sg other'] });
    const before = await groupIdsOf(t, u.id);
    const r = await t.exec(SET_GROUPS, { as: admin.id, variables: { id: String(u.id), g: [String(mighty)] } });
    expect(ext(r)).toMatchObject({ code: 'FORBIDDEN', field: 'groupIds', required_permission: 'activos.delete_activo' });
    expect(ext(r)!.permissions).toEqual(['activos.delete_activo', 'auth.add_user']);
    expect(await groupIdsOf(t, u.id)).toEqual(before);
  });

  it('lets a non-superuser keep a group they could not grant while changing others', async () => {
    const admin = await buildStaff(t, ['auth.change_user']);
    const mighty = await buildGroup(t, 'Sg mighty2', ['auth.delete_group']);
    const plain = await buildGroup(t, 'Sg plain');
    const u = await buildUser(t, { groups: ['Sg mighty2'] });
    const r = await t.exec(SET_GROUPS, { as: admin.id, variables: { id: String(u.id), g: [String(mighty), String(plain)] } });
    expect(r.errors).toBeUndefined();
    expect(await groupIdsOf(t, u.id)).toEqual([mighty, plain].sort((a, b) => a - b));
  });

  it('refuses re-grouping a superuser, and names unknown groups', async () => {
    const admin = await buildStaff(t, ['auth.change_user']);
    const su = await buildSuperuser(t);
    const plain = await buildGroup(t, 'Sg plain2');
    const r = await t.exec(SET_GROUPS, { as: admin.id, variables: { id: String(su.id), g: [String(plain)] } });
    expect(ext(r)).toMatchObject({ code: 'FORBIDDEN', required_permission: 'is_superuser' });
    expect(await groupIdsOf(t, su.id)).toEqual([]);
    const u = await buildUser(t);
    const unknown = await t.exec(SET_GROUPS, { as: admin.id, variables: { id: String(u.id), g: ['999998', String(plain)] } });
    expect(ext(unknown)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'groupIds', rule: 'unknown' });
    expect(unknown.errors![0]!.message).toContain('999998');
    expect(await groupIdsOf(t, u.id)).toEqual([]);
  });
});

describe('setUserPermissions', () => {
  it('replaces the direct permissions and returns the user', async () => {
    const admin = await buildStaff(t, ['auth.change_user', 'activos.view_activo', 'activos.view_marca']);
    const u = await buildUser(t, { perms: ['activos.view_marca', 'activos.add_marca'] });
    const r = await t.exec(SET_PERMS, { as: admin.id, variables: { id: String(u.id), p: ['activos.view_activo', 'activos.view_marca'] } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.setUserPermissions.userPermissions).toEqual([{ key: 'activos.view_activo' }, { key: 'activos.view_marca' }]);
    expect(await directPerms(t, u.id)).toEqual(['activos.view_activo', 'activos.view_marca']);
  });

  it('names unknown permission strings in BAD_USER_INPUT and changes nothing', async () => {
    const su = await buildSuperuser(t);
    const u = await buildUser(t, { perms: ['activos.view_marca'] });
    const r = await t.exec(SET_PERMS, { as: su.id, variables: { id: String(u.id), p: ['activos.view_activo', 'activos.teleport_activo'] } });
    expect(ext(r)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'permissions', rule: 'unknown' });
    expect(r.errors![0]!.message).toContain('activos.teleport_activo');
    expect(await directPerms(t, u.id)).toEqual(['activos.view_marca']);
  });

  it('refuses granting what the caller does not hold, but allows revoking it', async () => {
    const admin = await buildStaff(t, ['auth.change_user']);
    const u = await buildUser(t, { perms: ['activos.delete_activo'] });
    const grant = await t.exec(SET_PERMS, { as: admin.id, variables: { id: String(u.id), p: ['activos.delete_activo', 'auth.add_user'] } });
    expect(ext(grant)).toMatchObject({ code: 'FORBIDDEN', required_permission: 'auth.add_user', field: 'permissions' });
    expect(await directPerms(t, u.id)).toEqual(['activos.delete_activo']);
    const revoke = await t.exec(SET_PERMS, { as: admin.id, variables: { id: String(u.id), p: [] } });
    expect(revoke.errors).toBeUndefined();
    expect(await directPerms(t, u.id)).toEqual([]);
  });

  it('refuses a non-superuser granting to themselves what they lack', async () => {
    const admin = await buildStaff(t, ['auth.change_user']);
    const r = await t.exec(SET_PERMS, { as: admin.id, variables: { id: String(admin.id), p: ['auth.change_user', 'auth.add_group'] } });
    expect(ext(r)).toMatchObject({ code: 'FORBIDDEN', required_permission: 'auth.add_group' });
    expect(await directPerms(t, admin.id)).toEqual(['auth.change_user']);
  });

  it('refuses changing a superuser\'s permissions as a non-superuser', async () => {
    const admin = await buildStaff(t, ['auth.change_user']);
    const su = await buildSuperuser(t);
    const r = await t.exec(SET_PERMS, { as: admin.id, variables: { id: String(su.id), p: [] } });
    expect(ext(r)).toMatchObject({ code: 'FORBIDDEN', required_permission: 'is_superuser' });
  });

  it('refuses staff without auth.change_user, naming it', async () => {
    const staff = await buildStaff(t, ['auth.view_user']);
    const r = await t.exec(SET_PERMS, { as: staff.id, variables: { id: String(staff.id), p: [] } });
    expect(r.status).toBe(403);
    expect(ext(r)).toMatchObject({ code: 'FORBIDDEN', required_permission: 'auth.change_user' });
  });
});
