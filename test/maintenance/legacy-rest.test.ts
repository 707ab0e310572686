import { setupTestApp, type HttpClient, type TestApp } from '../support/app';
import { buildStaff, loggedInClient } from '../support/factories';
import { buildSite, buildWorkOrder, orderRow, WO_ALL, type Site } from '../support/maintenance-factories';

// The old maintenance API: search-ordenes, ot/<pk>/detalle, ot/<pk>/update.

const SEARCH = '/mantenimiento/api/search-ordenes/';

let t: TestApp;
let site: Site;
let staff: HttpClient;
let ids: { pending: number; scheduled: number; running: number; done: number };

const clientFor = (perms: string[], spec: { isStaff?: boolean } = {}) => loggedInClient(t, perms, spec);

beforeAll(async () => {
  t = await setupTestApp();
  site = await buildSite(t, 2);
  staff = await clientFor(WO_ALL);
  const tech = (await buildStaff(t, [], { firstName: 'Ana', lastName: 'Ruiz' })).id;
  ids = {
    pending: await buildWorkOrder(t, { locationId: site.roomId, shortDescription: 'Valve check', assetIds: [site.assetIds[0]!] }),
    scheduled: await buildWorkOrder(t, { locationId: site.roomId, status: 'SCHEDULED', technicianId: tech, type: 'PREVENTIVE', scheduledStart: '2026-03-10T08:00:00Z', shortDescription: 'Pump overhaul' }),
    running: await buildWorkOrder(t, { locationId: site.rootId, status: 'IN_PROGRESS', scheduledStart: '2026-03-12T08:00:00Z' }),
    done: await buildWorkOrder(t, { locationId: site.rootId, status: 'COMPLETED', scheduledStart: '2026-02-01T08:00:00Z' }),
  };
});
afterAll(async () => {
  await t.close();
});

describe('GET /mantenimiento/api/search-ordenes/', () => {
  it('searches with the old Spanish codes and answers in the old shape', async () => {
    const res = await staff.agent.get(SEARCH).query({ estado: 'PROGRAMADA', tipo: 'PREVENTIVA', q: 'overhaul' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      count: 1,
      results: [
        expect.objectContaining({
          id: ids.scheduled,
          codigo: `OT-${String(ids.scheduled).padStart(9, '0')}`,
          estado: 'PROGRAMADA',
          tipo: 'PREVENTIVA',
          ubicacion: 'Boiler room',
          tecnico: expect.objectContaining({ nombre: 'Ana Ruiz' }),
          fecha_programada: '2026-03-10T08:00:00.000Z',
        }),
      ],
    });
  });

  it('filters by an inclusive date range', async () => {
    const res = await staff.agent.get(SEARCH).query({ fecha_desde: '2026-03-10', fecha_hasta: '2026-03-12' });
    expect(res.body.results.map((r: { id: number }) => r.id)).toEqual([ids.scheduled, ids.running]);
  });

  it('answers 400 naming the field for an unknown estado or a bad date', async () => {
    const res = await staff.agent.get(SEARCH).query({ estado: 'TERMINADA', fecha_desde: '10/03/2026' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ field: 'estado', errors: [{ field: 'estado' }, { field: 'fecha_desde' }] });
  });

  it('answers 401, 403 is_staff and 403 naming the permission', async () => {
    const anon = await t.client().agent.get(SEARCH);
    expect(anon.status).toBe(401);
    expect(anon.body).toEqual({ error: 'Authentication required', redirect: '/admin/login/' });
    const notStaff = await (await clientFor(['mantenimiento.view_ordentrabajo'], { isStaff: false })).agent.get(SEARCH);
    expect(notStaff.status).toBe(403);
    expect(notStaff.body).toEqual({ error: 'Permission denied', required_permission: 'is_staff' });
    const noPerm = await (await clientFor([])).agent.get(SEARCH);
    expect(noPerm.status).toBe(403);
    expect(noPerm.body.required_permission).toBe('mantenimiento.view_ordentrabajo');
  });
});

describe('GET /mantenimiento/api/ot/<pk>/detalle/', () => {
  it('answers the detail with Spanish codes', async () => {
    const res = await staff.agent.get(`/mantenimiento/api/ot/${ids.pending}/detalle/`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: ids.pending,
      estado: 'ESPERA',
      tipo: 'CORRECTIVA',
      descripcion_corta: 'Valve check',
      ubicacion_ruta: expect.stringMatching(/^Plant \w+ \/ Boiler room$/),
      activos: [{ id: site.assetIds[0], nombre: 'Pump 1' }],
      cierre: null,
      version: 1,
    });
  });

  it('answers the closure, the technician and the routine of a completed order', async () => {
    const [routine] = await t.sql<{ id: number }>(`insert into mantenimiento_rutina (code, name) values ('R-LEG', 'Legacy routine') returning id`);
    const tech = await buildStaff(t, [], { firstName: 'Luis', lastName: 'Vega' });
    await t.sql('update mantenimiento_ordentrabajo set routine_id = $2, technician_id = $3 where id = $1', [ids.done, routine!.id, tech.id]);
    await t.sql(
      `insert into mantenimiento_cierreordentrabajo (work_order_id, actual_start, actual_end, man_hours, comments, materials)
       values ($1, '2026-02-01T08:00:00Z', '2026-02-01T10:30:00Z', 2.5, 'Seal replaced', 'Seal kit')`,
      [ids.done],
    );
    const res = await staff.agent.get(`/mantenimiento/api/ot/${ids.done}/detalle/`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      estado: 'REALIZADA',
      tecnico: { id: tech.id, username: tech.username, nombre: 'Luis Vega' },
      rutina: { id: routine!.id, codigo: 'R-LEG', nombre: 'Legacy routine' },
      cierre: { inicio_real: '2026-02-01T08:00:00.000Z', fin_real: '2026-02-01T10:30:00.000Z', horas_hombre: '2.50', comentarios: 'Seal replaced', materiales: 'Seal kit' },
    });
  });

  it('answers 404 JSON for a missing or malformed pk', async () => {
    for (const pk of ['999999', 'abc']) {
      const res = await staff.agent.get(`/mantenimiento/api/ot/${pk}/detalle/`);
      expect(res.status).toBe(404);
      expect(res.body.error).toBeDefined();
    }
  });
});

describe('POST /mantenimiento/api/ot/<pk>/update/', () => {
  const update = (c: HttpClient, pk: number | string, body: Record<string, unknown>, form = false) => {
    const req = c.agent.post(`/mantenimiento/api/ot/${pk}/update/`).set('X-CSRFToken', c.csrfToken);
    return form ? req.type('form').send(body) : req.send(body);
  };

  it('changes the status through the status machine, with notes, from a form body', async () => {
    const res = await update(staff, ids.scheduled, { estado: 'EJECUCION', notas: 'Started by radio' }, true);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true, id: ids.scheduled, codigo: expect.any(String), estado: 'EJECUCION', notas: 'Started by radio', version: 2 });
    const row = await orderRow(t, ids.scheduled);
    expect(row).toMatchObject({ status: 'IN_PROGRESS', notes: 'Started by radio' });
    expect(row.started_at).not.toBeNull();
  });

  it('refuses REALIZADA: completion needs a closure', async () => {
    const res = await update(staff, ids.running, { estado: 'REALIZADA' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status', error: expect.stringContaining('Cannot change status from IN_PROGRESS to COMPLETED') });
    expect(await orderRow(t, ids.running)).toMatchObject({ status: 'IN_PROGRESS', version: 1 });
  });

  it('refuses an illegal jump naming both states, and a stale version with 409', async () => {
    const jump = await update(staff, ids.pending, { estado: 'EJECUCION' });
    expect(jump.status).toBe(400);
    expect(jump.body.error).toContain('Cannot change status from PENDING to IN_PROGRESS');
    const stale = await update(staff, ids.pending, { notas: 'x', version: 7 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'CONFLICT', field: 'version' });
    expect(await orderRow(t, ids.pending)).toMatchObject({ notes: '', version: 1 });
  });

  it('updates only the notes', async () => {
    const res = await update(staff, ids.pending, { notas: 'Bring the long key' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ estado: 'ESPERA', notas: 'Bring the long key', version: 2 });
  });

  it('answers 400 for an unknown estado and 404 for a missing order', async () => {
    expect((await update(staff, ids.pending, { estado: 'LISTA' })).status).toBe(400);
    expect((await update(staff, 999999, { estado: 'CANCELADA' })).status).toBe(404);
  });

  it('refuses an empty update naming estado, changing nothing', async () => {
    const before = await orderRow(t, ids.pending);
    const res = await update(staff, ids.pending, {});
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'estado' });
    expect(await orderRow(t, ids.pending)).toEqual(before);
  });

  it('decides notes-only or status change on the locked row, after a concurrent change commits', async () => {
    const pk = await buildWorkOrder(t, { locationId: site.roomId, shortDescription: 'Raced order' });
    const tech = (await buildStaff(t, [])).id;
    const other = await t.pool.connect();
    try {
      await other.query('begin');
      await other.query(
        `update mantenimiento_ordentrabajo set status = 'SCHEDULED', technician_id = $2, scheduled_start = '2026-05-01T08:00:00Z', version = version + 1 where id = $1`,
        [pk, tech],
      );
      // Asks for the status the other transaction is giving the order, with notes.
      // then() sends the request now (supertest waits for it otherwise), so it can queue on the lock.
      const pending = update(staff, pk, { estado: 'PROGRAMADA', notas: 'Crew told' }).then((r) => r);
      const deadline = Date.now() + 5000;
      for (;;) {
        const [w] = await t.sql<{ n: number }>(
          `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query like '%for update%'`,
        );
        if (w!.n > 0) break;
        if (Date.now() > deadline) throw new Error('the update never waited for the row lock');
        await new Promise((r) => setTimeout(r, 10));
      }
      await other.query('commit');
      const res = await pending;
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ estado: 'PROGRAMADA', notas: 'Crew told', version: 3 });
    } finally {
      other.release();
    }
    expect(await orderRow(t, pk)).toMatchObject({ status: 'SCHEDULED', notes: 'Crew told', version: 3 });
    // Notes only: the request wrote no status history of its own.
    expect(await t.sql('select 1 from mantenimiento_historialestado where work_order_id = $1', [pk])).toHaveLength(0);
  });

  it('refuses a POST without the CSRF token, changing nothing', async () => {
    const res = await staff.agent.post(`/mantenimiento/api/ot/${ids.done}/update/`).send({ notas: 'sneaky' });
    expect(res.status).toBe(403);
    expect(await orderRow(t, ids.done)).toMatchObject({ notes: '' });
  });

  it('refuses staff without mantenimiento.change_ordentrabajo', async () => {
    const c = await clientFor(['mantenimiento.view_ordentrabajo']);
    const res = await update(c, ids.done, { notas: 'x' });
    expect(res.status).toBe(403);
    expect(res.body.required_permission).toBe('mantenimiento.change_ordentrabajo');
  });
});
