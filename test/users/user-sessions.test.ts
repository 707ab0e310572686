import { buildGroup, buildStaff, buildUser } from '../support/factories';
import { setupTestApp, type TestApp } from '../support/app';
import { buildSuperuser } from '../support/users-factories';

// Changes made through the admin API reach logged-in users on their next request.

let t: TestApp;
beforeAll(async () => {
  t = await setupTestApp();
});
afterAll(async () => {
  await t.close();
});

const ME = '{ me { id permissions } }';
const USERS = '{ users(first: 1) { edges { node { id } } } }';

async function sessionsOf(userId: number): Promise<number> {
  const [r] = await t.sql<{ n: number }>("select count(*)::int as n from http_session where sess ->> 'userId' = $1", [String(userId)]);
  return r!.n;
}

it('refuses a user on the next request once their group loses the permission', async () => {
  const admin = await buildStaff(t, ['auth.change_group', 'auth.view_user']);
  const gid = await buildGroup(t, 'Viewers of users', ['auth.view_user']);
  const member = await buildStaff(t, [], { groups: ['Viewers of users'] });
  const c = t.client();
  expect((await c.login(member.username, member.password)).status).toBe(200);
  const before = await c.gql(USERS);
  expect(before.status).toBe(200);
  expect(before.body.errors).toBeUndefined();

  const r = await t.exec('mutation($id: ID!) { updateGroup(id: $id, permissions: []) { id } }', { as: admin.id, variables: { id: String(gid) } });
  expect(r.errors).toBeUndefined();

  const after = await c.gql(USERS);
  expect(after.status).toBe(403);
  expect(after.body.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'auth.view_user' });
});

it('refuses a user on the next request once removed from the group', async () => {
  const admin = await buildStaff(t, ['auth.change_user']);
  const member = await buildStaff(t, [], { groups: ['Viewers of users 2'] });
  await t.sql(
    `insert into auth_group_permissions (group_id, permission_id)
     select g.id, p.id from auth_group g, auth_permission p where g.name = 'Viewers of users 2' and p.codename = 'view_user'`,
  );
  const c = t.client();
  await c.login(member.username, member.password);
  expect((await c.gql(USERS)).status).toBe(200);
  const r = await t.exec('mutation($id: ID!) { setUserGroups(userId: $id, groupIds: []) { id } }', { as: admin.id, variables: { id: String(member.id) } });
  expect(r.errors).toBeUndefined();
  const after = await c.gql(USERS);
  expect(after.status).toBe(403);
  expect(after.body.errors![0]!.extensions).toMatchObject({ required_permission: 'auth.view_user' });
});

it('ends every session of a user deactivated through the API', async () => {
  const su = await buildSuperuser(t);
  const u = await buildUser(t);
  const c1 = t.client();
  const c2 = t.client();
  await c1.login(u.username, u.password);
  await c2.login(u.username, u.password);
  expect((await c1.gql(ME)).status).toBe(200);
  expect(await sessionsOf(u.id)).toBe(2);

  const admin = t.client();
  await admin.login(su.username, su.password);
  const r = await admin.gql('mutation($id: ID!) { updateUser(id: $id, input: { isActive: false }) { isActive } }', { id: String(u.id) });
  expect(r.body.data.updateUser).toEqual({ isActive: false });

  expect(await sessionsOf(u.id)).toBe(0);
  for (const c of [c1, c2]) {
    const next = await c.gql(ME);
    expect(next.status).toBe(401);
    expect(next.body.errors![0]).toMatchObject({ message: 'Authentication required', extensions: { code: 'UNAUTHENTICATED', redirect: '/admin/login/' } });
  }
  // and the admin's own session is untouched
  expect((await admin.gql(ME)).status).toBe(200);
});

it('ends the sessions of a user whose password an admin sets', async () => {
  const admin = await buildStaff(t, ['auth.change_user']);
  const u = await buildUser(t);
  const c = t.client();
  await c.login(u.username, u.password);
  expect((await c.gql(ME)).status).toBe(200);
  const r = await t.exec('mutation($id: ID!) { setUserPassword(id: $id, password: "turbine-Lantern-42") { id } }', {
    as: admin.id,
    variables: { id: String(u.id) },
  });
  expect(r.errors).toBeUndefined();
  expect(await sessionsOf(u.id)).toBe(0);
  expect((await c.gql(ME)).status).toBe(401);
  const again = t.client();
  expect((await again.login(u.username, 'turbine-Lantern-42')).body.data.login.username).toBe(u.username);
});

it('keeps the caller logged in when they set their own password, ending their other sessions', async () => {
  const admin = await buildStaff(t, ['auth.change_user']);
  const here = t.client();
  const elsewhere = t.client();
  await here.login(admin.username, admin.password);
  await elsewhere.login(admin.username, admin.password);
  const r = await here.gql('mutation($id: ID!) { setUserPassword(id: $id, password: "turbine-Lantern-42") { id } }', { id: String(admin.id) });
  expect(r.body.errors).toBeUndefined();
  expect((await here.gql(ME)).status).toBe(200);
  expect((await elsewhere.gql(ME)).status).toBe(401);
});
