import { buildGroup, buildStaff, buildUser } from '../support/factories';
import { setupTestApp, type TestApp } from '../support/app';
import { buildSuperuser, buildUsersWithGrants } from '../support/users-factories';

// Reading users, groups and the permission catalogue.

let t: TestApp;
beforeAll(async () => {
  t = await setupTestApp();
});
afterAll(async () => {
  await t.close();
});

const USERS = `query Users($filter: UserFilter, $first: Int, $after: String) {
  users(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id username email isActive isStaff groups { name } permissions userPermissions { key } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

function usernames(r: { data?: any }): string[] {
  return r.data!.users.edges.map((e: any) => e.node.username);
}

describe('users', () => {
  it('filters by substring of username, email or name, and by flags and group', async () => {
    const viewer = await buildStaff(t, ['auth.view_user']);
    const gid = await buildGroup(t, 'Filter crew');
    const a = await buildUser(t, { username: 'filt_ana', firstName: 'Ana', lastName: 'Zamora', isStaff: true, groups: ['Filter crew'] });
    const b = await buildUser(t, { username: 'filt_bo', email: 'bo@zamora-energy.example', isActive: false });
    await buildUser(t, { username: 'filt_cy', firstName: 'Cy' });

    const byName = await t.exec(USERS, { as: viewer.id, variables: { filter: { q: 'ZAMORA' } } });
    expect(byName.errors).toBeUndefined();
    expect(usernames(byName)).toEqual([a.username, b.username]);
    const full = await t.exec(USERS, { as: viewer.id, variables: { filter: { q: 'ana zam' } } });
    expect(usernames(full)).toEqual([a.username]);
    const inactive = await t.exec(USERS, { as: viewer.id, variables: { filter: { q: 'filt_', isActive: false } } });
    expect(usernames(inactive)).toEqual([b.username]);
    const staff = await t.exec(USERS, { as: viewer.id, variables: { filter: { q: 'filt_', isStaff: true } } });
    expect(usernames(staff)).toEqual([a.username]);
    const inGroup = await t.exec(USERS, { as: viewer.id, variables: { filter: { groupId: String(gid) } } });
    expect(usernames(inGroup)).toEqual([a.username]);
    expect(inGroup.data!.users.edges[0].node.groups).toEqual([{ name: 'Filter crew' }]);
  });

  it('treats LIKE wildcards in q literally', async () => {
    const viewer = await buildStaff(t, ['auth.view_user']);
    await buildUser(t, { username: 'pct_plain' });
    const r = await t.exec(USERS, { as: viewer.id, variables: { filter: { q: 'pct%plain' } } });
    expect(usernames(r)).toEqual([]);
  });

  it('pages by id with a cursor until the end', async () => {
    const viewer = await buildStaff(t, ['auth.view_user']);
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await buildUser(t, { username: `page_${i}` }));
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 3; i++) {
      const r: { data?: any } = await t.exec(USERS, { as: viewer.id, variables: { filter: { q: 'page_' }, first: 2, after } });
      seen.push(...usernames(r));
      after = r.data!.users.pageInfo.endCursor;
      expect(r.data!.users.pageInfo.hasNextPage).toBe(i < 2);
    }
    expect(seen).toEqual(made.map((u) => u.username));
  });

  it('refuses a forged cursor and an oversized page, naming the argument', async () => {
    const viewer = await buildStaff(t, ['auth.view_user']);
    const forged = await t.exec(USERS, { as: viewer.id, variables: { after: Buffer.from('["x"]').toString('base64url') } });
    expect(forged.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const big = await t.exec(USERS, { as: viewer.id, variables: { first: 201 } });
    expect(big.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('costs the same number of statements for 50 users with groups and permissions as for 5', async () => {
    const viewer = await buildStaff(t, ['auth.view_user']);
    await buildUsersWithGrants(t, 50);
    const run = (first: number) =>
      t.countQueries(() => t.exec(USERS, { as: viewer.id, variables: { filter: { q: 'bulk_' }, first } }));
    const small = await run(5);
    const large = await run(50);
    expect(small.result.errors).toBeUndefined();
    expect(large.result.data!.users.edges).toHaveLength(50);
    expect(large.result.data!.users.edges[0].node.groups).toHaveLength(2);
    expect(large.result.data!.users.edges[0].node.userPermissions).toHaveLength(2);
    expect(large.count).toBe(small.count);
    // the caller's load, the page, groups, effective permissions, direct permissions
    expect(large.count).toBe(5);
  });

  it('refuses anonymous callers with the 401 shape', async () => {
    const r = await t.exec(USERS);
    expect(r.status).toBe(401);
    expect(r.errors![0]).toMatchObject({
      message: 'Authentication required',
      extensions: { code: 'UNAUTHENTICATED', redirect: '/admin/login/' },
    });
  });

  it('refuses non-staff holders of auth.view_user with is_staff', async () => {
    const u = await buildUser(t, { perms: ['auth.view_user'] });
    const r = await t.exec(USERS, { as: u.id });
    expect(r.status).toBe(403);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'is_staff' });
  });

  it('refuses staff without auth.view_user, naming it', async () => {
    const u = await buildStaff(t, ['auth.view_group']);
    const r = await t.exec(USERS, { as: u.id });
    expect(r.status).toBe(403);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'auth.view_user' });
    const one = await t.exec(`{ user(id: "${u.id}") { id } }`, { as: u.id });
    expect(one.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'auth.view_user' });
  });
});

describe('user', () => {
  it('returns one user with groups and direct permissions', async () => {
    const viewer = await buildStaff(t, ['auth.view_user']);
    const u = await buildUser(t, { firstName: 'Ida', groups: ['One user group'], perms: ['activos.view_marca'] });
    const r = await t.exec(`query($id: ID!) { user(id: $id) { id username firstName displayName groups { name } userPermissions { key } } }`, {
      as: viewer.id,
      variables: { id: String(u.id) },
    });
    expect(r.data!.user).toEqual({
      id: String(u.id),
      username: u.username,
      firstName: 'Ida',
      displayName: 'Ida',
      groups: [{ name: 'One user group' }],
      userPermissions: [{ key: 'activos.view_marca' }],
    });
  });

  it('answers NOT_FOUND for a missing user and BAD_USER_INPUT for a malformed id', async () => {
    const viewer = await buildStaff(t, ['auth.view_user']);
    const missing = await t.exec('{ user(id: "999999") { id } }', { as: viewer.id });
    expect(missing.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    const bad = await t.exec('{ user(id: "abc") { id } }', { as: viewer.id });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

describe('groups, group and permissionCatalogue', () => {
  it('lists groups by name with their permissions and member count', async () => {
    const viewer = await buildStaff(t, ['auth.view_group']);
    await buildGroup(t, 'Lst Beta', ['activos.view_activo']);
    const alpha = await buildGroup(t, 'Lst Alpha');
    await buildUser(t, { groups: ['Lst Alpha'] });
    const r = await t.exec('{ groups(q: "lst ") { id name userCount permissions { key } } }', { as: viewer.id });
    expect(r.data!.groups).toEqual([
      { id: String(alpha), name: 'Lst Alpha', userCount: 1, permissions: [] },
      { id: expect.any(String), name: 'Lst Beta', userCount: 0, permissions: [{ key: 'activos.view_activo' }] },
    ]);
    const one = await t.exec(`{ group(id: "${alpha}") { name } }`, { as: viewer.id });
    expect(one.data!.group).toEqual({ name: 'Lst Alpha' });
    const missing = await t.exec('{ group(id: "999999") { name } }', { as: viewer.id });
    expect(missing.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('costs a fixed number of statements whatever the number of groups', async () => {
    const viewer = await buildStaff(t, ['auth.view_group']);
    for (let i = 0; i < 3; i++) await buildGroup(t, `Cnt few ${i}`, ['activos.view_activo']);
    for (let i = 0; i < 30; i++) await buildGroup(t, `Cnt many ${i}`, ['activos.view_activo']);
    const q = (term: string) => t.countQueries(() => t.exec(`{ groups(q: "${term}") { name userCount permissions { key } } }`, { as: viewer.id }));
    const few = await q('Cnt few');
    const many = await q('Cnt many');
    expect(many.result.data!.groups).toHaveLength(30);
    expect(many.count).toBe(few.count);
  });

  it('refuses staff without auth.view_group, naming it', async () => {
    const u = await buildStaff(t, ['auth.view_user']);
    const r = await t.exec('{ groups { id } }', { as: u.id });
    expect(r.status).toBe(403);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'auth.view_group' });
  });

  it('lists the permission catalogue, optionally of one app, to holders of either view permission', async () => {
    const [{ n }] = (await t.sql<{ n: string }>('select count(*) as n from auth_permission')) as [{ n: string }];
    const groupViewer = await buildStaff(t, ['auth.view_group']);
    const all = await t.exec('{ permissionCatalogue { key appLabel codename name } }', { as: groupViewer.id });
    expect(all.data!.permissionCatalogue).toHaveLength(Number(n));
    const userViewer = await buildStaff(t, ['auth.view_user']);
    const auth = await t.exec('{ permissionCatalogue(appLabel: "auth") { key } }', { as: userViewer.id });
    expect(auth.data!.permissionCatalogue.map((p: { key: string }) => p.key)).toEqual([
      'auth.add_group',
      'auth.add_user',
      'auth.change_group',
      'auth.change_user',
      'auth.delete_group',
      'auth.delete_user',
      'auth.view_group',
      'auth.view_user',
    ]);
    const neither = await buildStaff(t, ['activos.view_activo']);
    const refused = await t.exec('{ permissionCatalogue { key } }', { as: neither.id });
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'auth.view_user' });
  });

  it('shows a superuser every user regardless of permissions held', async () => {
    const su = await buildSuperuser(t);
    const r = await t.exec(USERS, { as: su.id, variables: { first: 1 } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.users.edges).toHaveLength(1);
  });
});
