import { setupTestApp, type GqlResult, type TestApp } from '../support/app';
import { buildBrand, buildCategory, buildLocation, buildModel } from '../support/catalogue-factories';
import { buildCatalogueBasics, buildPin, buildPlan, buildViewer } from '../support/floor-plan-factories';
import { buildStaff, buildUser } from '../support/factories';

let t: TestApp;
let auditor: { id: number; username: string; password: string };
let editor: { id: number; username: string; password: string };

beforeAll(async () => {
  t = await setupTestApp();
  auditor = await buildStaff(t, ['audit.view_logentry', 'auth.view_user']);
  editor = await buildStaff(t, ['activos.view_marca', 'activos.change_marca', 'activos.delete_marca', 'activos.change_modelo', 'activos.view_modelo', 'activos.delete_pinplano']);
});
afterAll(async () => {
  await t.close();
});

const UPDATE_BRAND = 'mutation RenameBrand($id: ID!, $name: String!) { updateBrand(id: $id, input: { name: $name }) { id name } }';
const LOG = `query Log($filter: AuditFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    edges { node { id at actorId actor { username } requestId operation operationName entity entityId action changes { field old new } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('recording', () => {
  it('records the actor, the request id, the operation and the field diffs of a mutation', async () => {
    const brandId = await buildBrand(t, 'Siemens');
    const c = t.client();
    await c.login(editor.username, editor.password);
    const res = await c.gql(UPDATE_BRAND, { id: String(brandId), name: 'Siemens Energy' });
    expect(res.body.errors).toBeUndefined();
    const requestId = res.headers['x-request-id'];
    expect(requestId).toBeTruthy();

    const rows = await t.sql('select * from audit_log where request_id = $1', [requestId]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actor_id: editor.id,
      operation: 'updateBrand',
      operation_name: 'RenameBrand',
      entity: 'activos_marca',
      entity_id: String(brandId),
      action: 'update',
      changes: { name: ['Siemens', 'Siemens Energy'] },
    });

    const log = await t.exec(LOG, { as: auditor.id, variables: { filter: { requestId } } });
    expect(log.errors).toBeUndefined();
    const node = log.data!.auditLog.edges[0].node;
    expect(node).toMatchObject({
      actorId: String(editor.id),
      actor: { username: editor.username },
      requestId,
      operation: 'updateBrand',
      operationName: 'RenameBrand',
      entity: 'activos_marca',
      entityId: String(brandId),
      action: 'UPDATE',
      changes: [{ field: 'name', old: 'Siemens', new: 'Siemens Energy' }],
    });
  });

  it('attributes each mutation of a document to its own field', async () => {
    const a = await buildBrand(t);
    const b = await buildBrand(t);
    const c = t.client();
    await c.login(editor.username, editor.password);
    const res = await c.gql(`mutation Two { first: updateBrand(id: "${a}", input: { name: "First ${a}" }) { id } second: deleteBrand(id: "${b}") }`);
    expect(res.body.errors).toBeUndefined();
    const rows = await t.sql('select operation, entity_id, action from audit_log where request_id = $1 order by id', [res.headers['x-request-id']]);
    expect(rows).toEqual([
      { operation: 'updateBrand', entity_id: String(a), action: 'update' },
      { operation: 'deleteBrand', entity_id: String(b), action: 'delete' },
    ]);
  });

  it('records a REST write under its method and path', async () => {
    const basics = await buildCatalogueBasics(t);
    const viewer = await buildViewer(t, await buildPlan(t, { locationId: basics.locationId }));
    const pin = await buildPin(t, { viewerId: viewer, locationId: basics.locationId });
    const c = t.client();
    await c.login(editor.username, editor.password);
    const res = await c.agent.post(`/activos/api/eliminar-pin/${pin}/`).set('X-CSRFToken', c.csrfToken).expect(200);
    const rows = await t.sql('select actor_id, operation, entity, action, changes from audit_log where request_id = $1', [res.headers['x-request-id']]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor_id: editor.id, operation: `POST /activos/api/eliminar-pin/${pin}/`, entity: 'activos_pinplano', action: 'delete' });
    expect(rows[0].changes.viewer_id).toEqual([viewer, null]);
  });

  it('attributes writes sent outside an explicit transaction (password change) and never logs the hash', async () => {
    const u = await buildUser(t);
    const c = t.client();
    await c.login(u.username, u.password);
    const res = await c.gql('mutation { changePassword(oldPassword: $o, newPassword: $n) }'.replace('$o', JSON.stringify(u.password)).replace('$n', '"Another-long-passphrase-42"'));
    expect(res.body.errors).toBeUndefined();
    const rows = await t.sql('select actor_id, operation, entity_id, changes from audit_log where request_id = $1', [res.headers['x-request-id']]);
    expect(rows).toEqual([{ actor_id: u.id, operation: 'changePassword', entity_id: String(u.id), changes: { password: ['(hidden)', '(hidden)'] } }]);
    const [hash] = await t.sql('select password from auth_user where id = $1', [u.id]);
    const all = JSON.stringify(await t.sql('select changes from audit_log'));
    expect(all).not.toContain(hash.password);
    expect(all).not.toContain('pbkdf2_sha256$');
  });

  it('records the login itself (last_login) for the user logging in', async () => {
    const u = await buildUser(t);
    const c = t.client();
    const res = await c.gql('mutation { login(username: $u, password: $p) { id } }'.replace('$u', JSON.stringify(u.username)).replace('$p', JSON.stringify(u.password)));
    expect(res.body.errors).toBeUndefined();
    const rows = await t.sql('select actor_id, operation, entity_id, changes from audit_log where request_id = $1', [res.headers['x-request-id']]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor_id: null, operation: 'login', entity_id: String(u.id) });
    expect(Object.keys(rows[0].changes)).toEqual(['last_login']);
  });

  it('leaves no audit row when the mutation fails half-way', async () => {
    const modelId = await buildModel(t, { name: 'Half-way model' });
    const [m] = await t.sql('select brand_id, category_id from activos_modelo where id = $1', [modelId]);
    const location = await buildLocation(t, { name: 'Half-way site' });
    await t.sql(`insert into activos_activo (name, internal_code, model_id, category_id, location_id) values ('Half-way asset', '777001', $1, $2, $3)`, [
      modelId,
      m.category_id,
      location,
    ]);
    const newCategory = await buildCategory(t, { name: 'Half-way category' });
    // The model row is written first; the assets' category update then fails.
    await t.sql(`create function fail_asset_update() returns trigger language plpgsql as $$ begin raise exception 'refused by test'; end $$`);
    await t.sql('create trigger fail_asset_update before update on activos_activo for each row execute function fail_asset_update()');
    const before = (await t.sql('select count(*)::int as n from audit_log'))[0].n;
    try {
      const res = await t.exec(
        'mutation { updateModel(id: $id, input: { name: "Renamed", brandId: $b, categoryId: $c }) { id } }'
          .replace('$id', `"${modelId}"`).replace('$b', `"${m.brand_id}"`).replace('$c', `"${newCategory}"`),
        { as: editor.id },
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(res.errors)).not.toContain('refused by test');
    } finally {
      await t.sql('drop trigger fail_asset_update on activos_activo; drop function fail_asset_update()');
    }
    const [after] = await t.sql('select count(*)::int as n from audit_log');
    expect(after.n).toBe(before);
    const [model] = await t.sql('select name, category_id from activos_modelo where id = $1', [modelId]);
    expect(model).toEqual({ name: 'Half-way model', category_id: m.category_id });
  });

  it('keeps the log append-only', async () => {
    await expect(t.sql('delete from audit_log')).rejects.toThrow(/append-only/);
    await expect(t.sql("update audit_log set actor_id = null")).rejects.toThrow(/append-only/);
  });
});

describe('coverage', () => {
  // Infrastructure only; every domain table, present and future, records its history
  // (a new table's migration calls `select audit_enable('table')`, or lists it here with a reason).
  const NOT_AUDITED = [
    'audit_log',
    'http_session',
    'login_throttle',
    'mikro_orm_migrations',
    'mantenimiento_job',
    'webhook_delivery',
    'mantenimiento_programacion_orden',
  ];
  const HIDDEN = { auth_user: 'password', webhook_source: 'secret' };

  it('has the history trigger on every table but the infrastructure ones', async () => {
    const rows = await t.sql<{ table_name: string }>(
      `select c.relname as table_name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = current_schema() and c.relkind in ('r', 'p') and c.relname <> all($1::text[])
          and (select count(*) from pg_trigger g where g.tgrelid = c.oid and g.tgname in ('audit_insert', 'audit_update', 'audit_delete') and g.tgenabled <> 'D') <> 3
        order by 1`,
      [NOT_AUDITED],
    );
    expect(rows.map((r) => r.table_name)).toEqual([]);
  });

  it.each(Object.entries(HIDDEN))('hides the values of %s.%s', async (table, column) => {
    const [row] = await t.sql(`select tgargs from pg_trigger where tgname = 'audit_update' and tgrelid = $1::regclass`, [table]);
    expect(row.tgargs.toString().split('\u0000')[1]).toContain(column);
  });
});

it('never writes a webhook secret into the log', async () => {
  await t.sql(`insert into webhook_source (name, secret, user_id) values ('Audit hook', 'whsec-do-not-log', $1)`, [auditor.id]);
  const rows = await t.sql(`select changes from audit_log where entity = 'webhook_source'`);
  expect(rows[0].changes.secret).toEqual([null, '(hidden)']);
  expect(JSON.stringify(await t.sql('select changes from audit_log'))).not.toContain('whsec-do-not-log');
});

describe('queries', () => {
  let brandId: number;
  beforeAll(async () => {
    brandId = await buildBrand(t, 'History brand');
    for (let i = 1; i <= 5; i++) {
      const res = await t.exec(UPDATE_BRAND, { as: editor.id, variables: { id: String(brandId), name: `History brand v${i}` } });
      expect(res.errors).toBeUndefined();
    }
  });

  it('pages through the history of one row, newest first, by table or type name', async () => {
    const HISTORY = 'query H($e: String!, $id: ID!, $after: String) { history(entity: $e, id: $id, first: 2, after: $after) { edges { node { action changes { field new } } } pageInfo { hasNextPage endCursor } } }';
    const names: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: GqlResult = await t.exec(HISTORY, { as: auditor.id, variables: { e: 'Brand', id: String(brandId), after } });
      expect(res.errors).toBeUndefined();
      const h: { edges: Array<{ node: { action: string; changes: Array<{ new: string }> } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } = res.data!.history;
      for (const e of h.edges) names.push(e.node.action === 'INSERT' ? 'insert' : e.node.changes[0].new);
      if (!h.pageInfo.hasNextPage) break;
      after = h.pageInfo.endCursor;
    }
    expect(names).toEqual(['History brand v5', 'History brand v4', 'History brand v3', 'History brand v2', 'History brand v1', 'insert']);
    const byTable = await t.exec(HISTORY, { as: auditor.id, variables: { e: 'activos_marca', id: String(brandId) } });
    expect(byTable.data!.history.edges).toHaveLength(2);
  });

  it('filters by actor, operation, entity and time', async () => {
    const res = await t.exec(LOG, {
      as: auditor.id,
      variables: { filter: { actorId: String(editor.id), operation: 'updateBrand', entity: 'activos_marca', entityId: String(brandId), from: new Date(Date.now() - 60_000).toISOString() }, first: 50 },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.auditLog.edges).toHaveLength(5);
    const none = await t.exec(LOG, { as: auditor.id, variables: { filter: { entityId: String(brandId), to: new Date(Date.now() - 3_600_000).toISOString() } } });
    expect(none.data!.auditLog.edges).toHaveLength(0);
  });

  it('answers bad filters with BAD_USER_INPUT', async () => {
    for (const variables of [
      { filter: { entity: "x'; drop table audit_log; --" } },
      { filter: { actorId: 'abc' } },
      { filter: { operation: 'x'.repeat(500) } },
      { after: 'not-a-cursor' },
      { first: 10_000 },
    ]) {
      const res = await t.exec(LOG, { as: auditor.id, variables });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses anonymous callers, non-staff and staff without audit.view_logentry, writing nothing', async () => {
    const plain = await buildUser(t, { perms: ['audit.view_logentry'] });
    const staff = await buildStaff(t, ['auth.view_user']);
    const before = (await t.sql('select count(*)::int as n from audit_log'))[0].n;
    const anon = await t.client().gql('{ auditLog { edges { node { id } } } }');
    expect(anon.status).toBe(401);
    expect(anon.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const notStaff = await t.exec('{ auditLog { edges { node { id } } } }', { as: plain.id });
    expect(notStaff.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'is_staff' });
    for (const q of ['{ auditLog { edges { node { id } } } }', `{ history(entity: "Brand", id: "${brandId}") { edges { node { id } } } }`]) {
      const res = await t.exec(q, { as: staff.id });
      expect(res.data).toBeNull();
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'audit.view_logentry' });
    }
    expect((await t.sql('select count(*)::int as n from audit_log'))[0].n).toBe(before);
  });

  it('hides the actor from auditors without auth.view_user', async () => {
    const limited = await buildStaff(t, ['audit.view_logentry']);
    const res = await t.exec(`{ history(entity: "Brand", id: "${brandId}", first: 1) { edges { node { actorId actor { id } } } } }`, { as: limited.id });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'auth.view_user' });
  });
});
