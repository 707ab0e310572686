import { buildGroup, buildStaff, buildUser } from '../support/factories';
import { setupTestApp, type TestApp, firstErrorExtensions } from '../support/app';
import { buildSuperuser, groupPerms } from '../support/users-factories';

// createGroup, updateGroup, deleteGroup.

let t: TestApp;
beforeAll(async () => {
  t = await setupTestApp();
});
afterAll(async () => {
  await t.close();
});

const CREATE = 'mutation($n: String!, $p: [String!]!) { createGroup(name: $n, permissions: $p) { id name permissions { key } } }';
const UPDATE = 'mutation($id: ID!, $n: String, $p: [String!]) { updateGroup(id: $id, name: $n, permissions: $p) { id name permissions { key } } }';
const DELETE = 'mutation($id: ID!) { deleteGroup(id: $id) }';

const ext = firstErrorExtensions;

async function groupByName(name: string) {
  return t.sql<{ id: number; name: string }>('select id, name from auth_group where name = $1', [name]);
}

describe('createGroup', () => {
  it('creates a group with permissions the caller holds', async () => {
    const admin = await buildStaff(t, ['auth.add_group', 'activos.view_activo', 'activos.view_plano']);
    const r = await t.exec(CREATE, { as: admin.id, variables: { n: ' Cg planners ', p: ['activos.view_plano', 'activos.view_activo'] } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.createGroup).toMatchObject({ name: 'Cg planners', permissions: [{ key: 'activos.view_activo' }, { key: 'activos.view_plano' }] });
    expect(await groupPerms(t, Number(r.data!.createGroup.id))).toEqual(['activos.view_activo', 'activos.view_plano']);
  });

  it('answers CONFLICT naming name for a duplicate, and BAD_USER_INPUT for a blank or long name', async () => {
    const admin = await buildStaff(t, ['auth.add_group']);
    await buildGroup(t, 'Cg taken');
    const dup = await t.exec(CREATE, { as: admin.id, variables: { n: 'Cg taken', p: [] } });
    expect(ext(dup)).toMatchObject({ code: 'CONFLICT', field: 'name' });
    const blank = await t.exec(CREATE, { as: admin.id, variables: { n: '  ', p: ['x.y.z'] } });
    const problems = ext(blank)!.problems as Array<{ field: string; rule: string }>;
    expect(problems.map((p) => `${p.field}:${p.rule}`)).toEqual(['name:required', 'permissions:format']);
    const long = await t.exec(CREATE, { as: admin.id, variables: { n: 'g'.repeat(151), p: [] } });
    expect(ext(long)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name', rule: 'max_length' });
  });

  it('names unknown permission strings', async () => {
    const su = await buildSuperuser(t);
    const r = await t.exec(CREATE, { as: su.id, variables: { n: 'Cg unknown', p: ['activos.view_activo', 'mantenimiento.dance_aviso'] } });
    expect(ext(r)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'permissions', rule: 'unknown' });
    expect(r.errors![0]!.message).toContain('mantenimiento.dance_aviso');
    expect(await groupByName('Cg unknown')).toHaveLength(0);
  });

  it('refuses a group with permissions the caller lacks, and writes nothing', async () => {
    const admin = await buildStaff(t, ['auth.add_group', 'activos.view_activo']);
    const r = await t.exec(CREATE, { as: admin.id, variables: { n: 'Cg escalate', p: ['activos.view_activo', 'auth.change_user'] } });
    expect(ext(r)).toMatchObject({ code: 'FORBIDDEN', required_permission: 'auth.change_user', field: 'permissions' });
    expect(await groupByName('Cg escalate')).toHaveLength(0);
  });

  it('refuses anonymous, non-staff and staff without auth.add_group', async () => {
    const vars = { n: 'Cg refused', p: [] };
    const anon = await t.exec(CREATE, { variables: vars });
    expect(anon.status).toBe(401);
    expect(ext(anon)).toMatchObject({ code: 'UNAUTHENTICATED', redirect: '/admin/login/' });
    const nonStaff = await buildUser(t, { perms: ['auth.add_group'] });
    const r1 = await t.exec(CREATE, { as: nonStaff.id, variables: vars });
    expect(ext(r1)).toMatchObject({ code: 'FORBIDDEN', required_permission: 'is_staff' });
    const staff = await buildStaff(t, ['auth.change_group']);
    const r2 = await t.exec(CREATE, { as: staff.id, variables: vars });
    expect(r2.status).toBe(403);
    expect(ext(r2)).toMatchObject({ code: 'FORBIDDEN', required_permission: 'auth.add_group' });
    expect(await groupByName('Cg refused')).toHaveLength(0);
  });
});

describe('updateGroup', () => {
  it('renames without touching permissions, then replaces permissions', async () => {
    const admin = await buildStaff(t, ['auth.change_group', 'activos.view_activo', 'activos.view_marca']);
    const gid = await buildGroup(t, 'Ug before', ['activos.view_activo']);
    const renamed = await t.exec(UPDATE, { as: admin.id, variables: { id: String(gid), n: 'Ug after' } });
    expect(renamed.data!.updateGroup).toEqual({ id: String(gid), name: 'Ug after', permissions: [{ key: 'activos.view_activo' }] });
    const replaced = await t.exec(UPDATE, { as: admin.id, variables: { id: String(gid), p: ['activos.view_marca'] } });
    expect(replaced.data!.updateGroup.permissions).toEqual([{ key: 'activos.view_marca' }]);
    expect(await groupPerms(t, gid)).toEqual(['activos.view_marca']);
  });

  it('checks only the permissions being added against what the caller holds', async () => {
    const admin = await buildStaff(t, ['auth.change_group', 'activos.view_activo']);
    const gid = await buildGroup(t, 'Ug mixed', ['auth.delete_group']);
    const keep = await t.exec(UPDATE, { as: admin.id, variables: { id: String(gid), p: ['auth.delete_group', 'activos.view_activo'] } });
    expect(keep.errors).toBeUndefined();
    const add = await t.exec(UPDATE, { as: admin.id, variables: { id: String(gid), p: ['auth.delete_group', 'auth.add_user'] } });
    expect(ext(add)).toMatchObject({ code: 'FORBIDDEN', required_permission: 'auth.add_user', field: 'permissions' });
    expect(await groupPerms(t, gid)).toEqual(['activos.view_activo', 'auth.delete_group']);
  });

  it('writes nothing when a rename collides (one transaction)', async () => {
    const su = await buildSuperuser(t);
    await buildGroup(t, 'Ug other');
    const gid = await buildGroup(t, 'Ug mine', ['activos.view_activo']);
    const r = await t.exec(UPDATE, { as: su.id, variables: { id: String(gid), n: 'Ug other', p: [] } });
    expect(ext(r)).toMatchObject({ code: 'CONFLICT', field: 'name' });
    expect(await groupPerms(t, gid)).toEqual(['activos.view_activo']);
    expect((await t.sql('select name from auth_group where id = $1', [gid]))[0].name).toBe('Ug mine');
  });

  it('answers NOT_FOUND for a missing group, and refuses staff without auth.change_group', async () => {
    const su = await buildSuperuser(t);
    const missing = await t.exec(UPDATE, { as: su.id, variables: { id: '999999', n: 'x' } });
    expect(ext(missing)).toMatchObject({ code: 'NOT_FOUND' });
    const staff = await buildStaff(t, ['auth.add_group']);
    const gid = await buildGroup(t, 'Ug guarded');
    const r = await t.exec(UPDATE, { as: staff.id, variables: { id: String(gid), n: 'x' } });
    expect(ext(r)).toMatchObject({ code: 'FORBIDDEN', required_permission: 'auth.change_group' });
  });
});

describe('deleteGroup', () => {
  it('deletes the group with its memberships and grants', async () => {
    const admin = await buildStaff(t, ['auth.delete_group']);
    const gid = await buildGroup(t, 'Dg doomed', ['activos.view_activo']);
    const member = await buildUser(t, { groups: ['Dg doomed'] });
    const r = await t.exec(DELETE, { as: admin.id, variables: { id: String(gid) } });
    expect(r.data!.deleteGroup).toBe(true);
    expect(await groupByName('Dg doomed')).toHaveLength(0);
    expect(await t.sql('select 1 from auth_user_groups where user_id = $1', [member.id])).toHaveLength(0);
    expect(await t.sql('select 1 from auth_group_permissions where group_id = $1', [gid])).toHaveLength(0);
    const again = await t.exec(DELETE, { as: admin.id, variables: { id: String(gid) } });
    expect(ext(again)).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses staff without auth.delete_group, naming it', async () => {
    const staff = await buildStaff(t, ['auth.change_group']);
    const gid = await buildGroup(t, 'Dg kept');
    const r = await t.exec(DELETE, { as: staff.id, variables: { id: String(gid) } });
    expect(r.status).toBe(403);
    expect(ext(r)).toMatchObject({ code: 'FORBIDDEN', required_permission: 'auth.delete_group' });
    expect(await groupByName('Dg kept')).toHaveLength(1);
  });
});
