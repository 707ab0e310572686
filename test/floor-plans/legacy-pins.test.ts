import { setupTestApp, type HttpClient, type TestApp } from '../support/app';
import { loggedInClient } from '../support/factories';
import {
  buildCatalogueBasics,
  buildPin,
  buildPinAsset,
  buildPlan,
  buildViewer,
  pinRows,
  PIN_PERMS,
  type CatalogueBasics,
} from '../support/floor-plan-factories';

// The old pin endpoints: POST /activos/api/guardar-pin/ and /activos/api/eliminar-pin/<id>/.

const SAVE = '/activos/api/guardar-pin/';
const SEED_EXAMPLE = { visor_id: 1, activo_id: 123, x: 150.5, y: 200.3, color: '#FF0000', nota: 'Equipment location' };

let t: TestApp;
let basics: CatalogueBasics;
let staff: HttpClient;

const clientFor = (perms: string[], spec: { isStaff?: boolean } = {}) => loggedInClient(t, perms, spec);

function post(c: HttpClient, path: string, body?: unknown) {
  const req = c.agent.post(path).set('X-CSRFToken', c.csrfToken);
  return body === undefined ? req : req.send(body as object);
}

beforeAll(async () => {
  t = await setupTestApp();
  basics = await buildCatalogueBasics(t, 'pump');
  const planId = await buildPlan(t, { width: 1000, height: 800 });
  await buildViewer(t, planId, { id: 1, name: 'Ground floor' });
  await buildPinAsset(t, basics, { id: 123, name: 'Chiller 3' });
  staff = await clientFor(PIN_PERMS);
});
afterAll(async () => {
  await t.close();
});

describe('POST /activos/api/guardar-pin/', () => {
  it('saves the seed example and answers in the old shape', async () => {
    const res = await post(staff, SAVE, SEED_EXAMPLE);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      status: 'success',
      pin_id: expect.any(Number),
      activo_id: 123,
      nombre_activo: 'Chiller 3',
      icono: 'pump',
      aviso_id: null,
      ubicacion_id: null,
      x: 150.5,
      y: 200.3,
      color: '#FF0000',
      nota: 'Equipment location',
      ancho: 0,
      alto: 0,
      label: 'Chiller 3',
    });
    const [row] = await t.sql('select viewer_id, asset_id, x, y, note from activos_pinplano where id = $1', [res.body.pin_id]);
    expect(row).toEqual({ viewer_id: 1, asset_id: 123, x: 150.5, y: 200.3, note: 'Equipment location' });
  });

  it('refuses the same asset on the same viewer again, naming the asset', async () => {
    const before = await pinRows(t);
    const res = await post(staff, SAVE, SEED_EXAMPLE);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ status: 'error', code: 'CONFLICT', field: 'activo_id' });
    expect(res.body.message).toContain('Chiller 3');
    expect(res.body.message).toContain('123');
    expect(await pinRows(t)).toEqual(before);
  });

  it('updates a pin when an id is given (needs activos.change_pinplano)', async () => {
    const pinId = (await t.sql<{ id: number }>('select id from activos_pinplano where asset_id = 123'))[0]!.id;
    const res = await post(staff, SAVE, { ...SEED_EXAMPLE, id: pinId, x: 10, color: '#00aa00', ancho: 40, alto: 30 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ pin_id: pinId, x: 10, color: '#00AA00', ancho: 40, alto: 30 });

    const onlyAdd = await clientFor(['activos.add_pinplano']);
    const refused = await post(onlyAdd, SAVE, { ...SEED_EXAMPLE, id: pinId, x: 99 });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ status: 'error', message: 'Permission denied', required_permission: 'activos.change_pinplano' });
    const [row] = await t.sql('select x from activos_pinplano where id = $1', [pinId]);
    expect(row!.x).toBe(10);
  });

  it('refuses a foreign Origin and a missing token with 403, saving nothing', async () => {
    const before = await pinRows(t);
    const body = { ...SEED_EXAMPLE, activo_id: null };
    const foreign = await staff.agent.post(SAVE).set('X-CSRFToken', staff.csrfToken).set('Origin', 'https://evil.example.org').send(body);
    expect(foreign.status).toBe(403);
    const noToken = await staff.agent.post(SAVE).send(body);
    expect(noToken.status).toBe(403);
    expect(noToken.headers['content-type']).toMatch(/json/);
    expect(await pinRows(t)).toEqual(before);
  });

  it('answers 401 with the seed body to anonymous callers', async () => {
    const anon = t.client();
    await anon.bootstrapCsrf();
    const res = await post(anon, SAVE, SEED_EXAMPLE);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: 'Authentication required', redirect: '/admin/login/' });
  });

  it('refuses non-staff users and staff without activos.add_pinplano', async () => {
    const nonStaff = await clientFor(PIN_PERMS, { isStaff: false });
    const r1 = await post(nonStaff, SAVE, { ...SEED_EXAMPLE, activo_id: null });
    expect(r1.status).toBe(403);
    expect(r1.body).toMatchObject({ status: 'error', required_permission: 'is_staff' });

    const noAdd = await clientFor(['activos.change_pinplano']);
    const r2 = await post(noAdd, SAVE, { ...SEED_EXAMPLE, activo_id: null });
    expect(r2.status).toBe(403);
    expect(r2.body).toMatchObject({ status: 'error', required_permission: 'activos.add_pinplano' });
  });

  it('reports bad coordinates and colors together (400, old field names) and writes nothing', async () => {
    const before = await pinRows(t);
    const res = await post(staff, SAVE, { visor_id: 1, x: -1, y: 5000, color: 'red', ancho: -2 });
    expect(res.status).toBe(400);
    expect(res.body.status).toBe('error');
    expect(res.body.problems.map((p: { field: string; rule: string }) => [p.field, p.rule])).toEqual([
      ['x', 'min'],
      ['y', 'inside_plan'],
      ['ancho', 'min'],
      ['color', 'hex_color'],
    ]);
    expect(await pinRows(t)).toEqual(before);
  });

  it('refuses non-finite numbers (1e999 parses to Infinity) and non-numeric text', async () => {
    const res = await post(staff, SAVE, '{"visor_id": 1, "x": 1e999, "y": "abc"}').set('Content-Type', 'application/json');
    expect(res.status).toBe(400);
    expect(res.body.problems.map((p: { field: string }) => p.field)).toEqual(['x', 'y']);
  });

  it('answers 404 naming the unknown viewer, asset or location', async () => {
    const before = await pinRows(t);
    const viewer = await post(staff, SAVE, { ...SEED_EXAMPLE, visor_id: 999999 });
    expect(viewer.status).toBe(404);
    expect(viewer.body).toMatchObject({ status: 'error', code: 'NOT_FOUND', field: 'visor_id' });
    const asset = await post(staff, SAVE, { ...SEED_EXAMPLE, activo_id: 999999 });
    expect(asset.status).toBe(404);
    expect(asset.body).toMatchObject({ field: 'activo_id' });
    const location = await post(staff, SAVE, { ...SEED_EXAMPLE, activo_id: null, ubicacion_id: 999999 });
    expect(location.status).toBe(404);
    expect(location.body).toMatchObject({ field: 'ubicacion_id' });
    expect(await pinRows(t)).toEqual(before);
  });

  it('answers 400 JSON to a body that is not a JSON object or has a malformed id', async () => {
    const text = await post(staff, SAVE, 'visor_id=1&x=1&y=2').set('Content-Type', 'application/x-www-form-urlencoded');
    expect(text.status).toBe(400);
    expect(text.body.status).toBe('error');
    const badId = await post(staff, SAVE, { ...SEED_EXAMPLE, visor_id: 'abc' });
    expect(badId.status).toBe(400);
    expect(badId.body).toMatchObject({ status: 'error', field: 'visor_id' });
    const missing = await post(staff, SAVE, { x: 1, y: 2 });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ status: 'error', field: 'visor_id' });
  });

  it('labels a notice pin AV-<id> with the warning icon, and an unlinked pin Unassigned', async () => {
    const notices = await t.sql<{ exists: boolean }>("select to_regclass('mantenimiento_aviso') is not null as exists");
    if (!notices[0]!.exists) {
      const notice = await post(staff, SAVE, { visor_id: 1, aviso_id: 77, x: 1, y: 2 });
      expect(notice.status).toBe(200);
      expect(notice.body).toMatchObject({ aviso_id: 77, label: 'AV-77', icono: 'warning', activo_id: null, nombre_activo: null });
    }
    const free = await post(staff, SAVE, { visor_id: 1, x: 3, y: 4 });
    expect(free.status).toBe(200);
    expect(free.body).toMatchObject({ label: 'Unassigned', icono: 'location', color: '#FF0000', nota: '' });
  });
});

describe('POST /activos/api/eliminar-pin/<id>/', () => {
  it('deletes a pin with activos.delete_pinplano and the CSRF token', async () => {
    const pinId = await buildPin(t, { viewerId: 1 });
    const res = await post(staff, `/activos/api/eliminar-pin/${pinId}/`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'success', pin_id: pinId });
    expect(await t.sql('select id from activos_pinplano where id = $1', [pinId])).toEqual([]);
  });

  it('refuses anonymous callers, missing permission and missing token; the pin stays', async () => {
    const pinId = await buildPin(t, { viewerId: 1 });
    const path = `/activos/api/eliminar-pin/${pinId}/`;
    const anon = t.client();
    await anon.bootstrapCsrf();
    const r1 = await post(anon, path);
    expect(r1.status).toBe(401);
    expect(r1.body).toEqual({ error: 'Authentication required', redirect: '/admin/login/' });
    const noDelete = await clientFor(['activos.add_pinplano', 'activos.change_pinplano']);
    const r2 = await post(noDelete, path);
    expect(r2.status).toBe(403);
    expect(r2.body).toMatchObject({ status: 'error', required_permission: 'activos.delete_pinplano' });
    const r3 = await staff.agent.post(path);
    expect(r3.status).toBe(403);
    expect(await t.sql('select id from activos_pinplano where id = $1', [pinId])).toHaveLength(1);
  });

  it('answers 404 for an unknown pin and 400 for a malformed id', async () => {
    const r1 = await post(staff, '/activos/api/eliminar-pin/999999/');
    expect(r1.status).toBe(404);
    expect(r1.body).toMatchObject({ status: 'error', code: 'NOT_FOUND' });
    const r2 = await post(staff, '/activos/api/eliminar-pin/abc/');
    expect(r2.status).toBe(400);
    expect(r2.body.status).toBe('error');
  });
});
