import { setupTestApp, type TestApp } from '../support/app';
import { buildStaff, buildUser } from '../support/factories';
import { buildRoutine, buildSite, buildWorkOrder, orderRow, WO_ALL, type Site } from '../support/maintenance-factories';

let t: TestApp;
let site: Site;
let manager: number;
let tech: number;

beforeAll(async () => {
  t = await setupTestApp();
  site = await buildSite(t, 3);
  manager = (await buildStaff(t, WO_ALL)).id;
  tech = (await buildStaff(t, ['mantenimiento.view_ordentrabajo'])).id;
});
afterAll(async () => {
  await t.close();
});

const CREATE = `mutation($input: CreateWorkOrderInput!) {
  createWorkOrder(input: $input) { id code status version type technician { id } assets { id } location { id } }
}`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: UpdateWorkOrderInput!) {
  updateWorkOrder(id: $id, version: $version, input: $input) { id version notes priority status }
}`;
const CHANGE = `mutation($id: ID!, $status: WorkOrderStatus!, $version: Int!, $reason: String) {
  changeWorkOrderStatus(id: $id, status: $status, version: $version, reason: $reason) { id status version startedAt }
}`;
const CLOSE = `mutation($id: ID!, $version: Int!, $closure: ClosureInput!, $checklist: [ChecklistAnswerInput!]) {
  closeWorkOrder(id: $id, version: $version, closure: $closure, checklist: $checklist) {
    id status version closure { manHours comments } checklist { stepId checked numberValue }
    history { fromStatus toStatus reason user { id } }
  }
}`;

describe('createWorkOrder', () => {
  it('creates an OT- coded order, SCHEDULED when a technician is given, and notifies the technician', async () => {
    const res = await t.exec(CREATE, {
      as: manager,
      variables: { input: { shortDescription: 'Noisy pump', locationId: String(site.roomId), assetIds: site.assetIds.slice(0, 2).map(String), technicianId: String(tech) } },
    });
    expect(res.errors).toBeUndefined();
    const wo = res.data!.createWorkOrder;
    expect(wo.code).toBe(`OT-${String(wo.id).padStart(9, '0')}`);
    expect(wo.status).toBe('SCHEDULED');
    expect(wo.version).toBe(1);
    expect(wo.assets.map((a: { id: string }) => Number(a.id)).sort()).toEqual(site.assetIds.slice(0, 2).sort());
    const notes = await t.sql('select user_id, message, kind from mantenimiento_notificacion where work_order_id = $1', [Number(wo.id)]);
    expect(notes).toEqual([{ user_id: tech, message: expect.stringContaining(`${wo.code} was assigned to you`), kind: 'INFO' }]);
    const mine = await t.exec('{ myNotifications { edges { node { message workOrderCode read } } } }', { as: tech });
    expect(mine.data!.myNotifications.edges[0].node).toMatchObject({ workOrderCode: wo.code, read: false });
  });

  it('gives unscheduled orders OTNP-<year>-<5 digits>', async () => {
    const res = await t.exec(CREATE, { as: manager, variables: { input: { type: 'UNSCHEDULED', shortDescription: 'Leak', locationId: String(site.roomId) } } });
    expect(res.data!.createWorkOrder.code).toMatch(new RegExp(`^OTNP-${new Date().getUTCFullYear()}-\\d{5}$`));
    expect(res.data!.createWorkOrder.status).toBe('PENDING');
  });

  it('reports every bad field at once and writes nothing', async () => {
    const before = await t.sql('select count(*)::int as n from mantenimiento_ordentrabajo');
    const res = await t.exec(CREATE, {
      as: manager,
      variables: {
        input: {
          shortDescription: ' ',
          locationId: '999999',
          assetIds: ['888888'],
          scheduledStart: '2026-03-02T10:00:00Z',
          scheduledEnd: '2026-03-02T09:00:00Z',
        },
      },
    });
    expect(res.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const fields = (res.errors![0]!.extensions!.problems as Array<{ field: string }>).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['shortDescription', 'scheduledEnd']));
    expect(await t.sql('select count(*)::int as n from mantenimiento_ordentrabajo')).toEqual(before);
  });

  it('refuses an unknown location naming the field', async () => {
    const res = await t.exec(CREATE, { as: manager, variables: { input: { shortDescription: 'x', locationId: '999999' } } });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'locationId' });
  });
});

describe('optimistic locking', () => {
  it('lets one of two clients with the same version win; the other gets CONFLICT and changes nothing', async () => {
    const id = await buildWorkOrder(t, { locationId: site.roomId });
    const [a, b] = await Promise.all([
      t.exec(UPDATE, { as: manager, variables: { id: String(id), version: 1, input: { notes: 'from A', priority: 'HIGH' } } }),
      t.exec(UPDATE, { as: manager, variables: { id: String(id), version: 1, input: { notes: 'from B', priority: 'LOW' } } }),
    ]);
    const results = [a, b];
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0]!.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'version', currentVersion: 2 });
    const won = winners[0]!.data!.updateWorkOrder;
    const row = await orderRow(t, id);
    expect(row).toMatchObject({ version: 2, notes: won.notes, priority: won.priority });
  });

  it('refuses a stale version on status changes too', async () => {
    const id = await buildWorkOrder(t, { locationId: site.roomId, technicianId: tech, status: 'SCHEDULED' });
    await t.sql('update mantenimiento_ordentrabajo set version = 3 where id = $1', [id]);
    const res = await t.exec(CHANGE, { as: manager, variables: { id: String(id), status: 'IN_PROGRESS', version: 2 } });
    expect(res.errors![0]!.extensions!.code).toBe('CONFLICT');
    expect(await orderRow(t, id)).toMatchObject({ status: 'SCHEDULED', version: 3, started_at: null });
  });
});

describe('status machine', () => {
  it('refuses PENDING -> COMPLETED naming both states, and writes nothing', async () => {
    const id = await buildWorkOrder(t, { locationId: site.roomId });
    const res = await t.exec(CHANGE, { as: manager, variables: { id: String(id), status: 'COMPLETED', version: 1 } });
    expect(res.errors![0]!.message).toContain('Cannot change status from PENDING to COMPLETED');
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    expect(await orderRow(t, id)).toMatchObject({ status: 'PENDING', version: 1 });
    expect(await t.sql('select * from mantenimiento_historialestado where work_order_id = $1', [id])).toEqual([]);
  });

  it('refuses IN_PROGRESS -> COMPLETED without a closure', async () => {
    const id = await buildWorkOrder(t, { locationId: site.roomId, status: 'IN_PROGRESS' });
    const res = await t.exec(CHANGE, { as: manager, variables: { id: String(id), status: 'COMPLETED', version: 1 } });
    expect(res.errors![0]!.message).toMatch(/Cannot change status from IN_PROGRESS to COMPLETED: .*closure/);
  });

  it('refuses PENDING -> SCHEDULED without technician or date', async () => {
    const id = await buildWorkOrder(t, { locationId: site.roomId });
    const res = await t.exec(CHANGE, { as: manager, variables: { id: String(id), status: 'SCHEDULED', version: 1 } });
    expect(res.errors![0]!.message).toContain('Cannot change status from PENDING to SCHEDULED');
  });

  it('schedules a PENDING order when a technician is set, and records it', async () => {
    const id = await buildWorkOrder(t, { locationId: site.roomId });
    const res = await t.exec(UPDATE, { as: manager, variables: { id: String(id), version: 1, input: { technicianId: String(tech) } } });
    expect(res.data!.updateWorkOrder).toMatchObject({ status: 'SCHEDULED', version: 2 });
    const history = await t.sql('select from_status, to_status, user_id from mantenimiento_historialestado where work_order_id = $1', [id]);
    expect(history).toEqual([{ from_status: 'PENDING', to_status: 'SCHEDULED', user_id: manager }]);
  });

  it('runs SCHEDULED -> IN_PROGRESS -> COMPLETED (with closure and checklist) and keeps the history', async () => {
    const routine = await buildRoutine(t, [{ type: 'HEADER' }, { type: 'CHECK' }, { type: 'MEASUREMENT' }]);
    const supervisor = (await buildStaff(t, [])).id;
    const id = await buildWorkOrder(t, { locationId: site.roomId, technicianId: tech, status: 'SCHEDULED', routineId: routine.id });
    await t.sql('update mantenimiento_ordentrabajo set supervisor_id = $2 where id = $1', [id, supervisor]);
    const started = await t.exec(CHANGE, { as: manager, variables: { id: String(id), status: 'IN_PROGRESS', version: 1, reason: 'crew on site' } });
    expect(started.data!.changeWorkOrderStatus).toMatchObject({ status: 'IN_PROGRESS', version: 2 });
    expect(started.data!.changeWorkOrderStatus.startedAt).not.toBeNull();
    const startNotes = await t.sql('select user_id from mantenimiento_notificacion where work_order_id = $1 and message like $2 order by user_id', [id, '%started%']);
    expect(startNotes.map((n) => n.user_id).sort()).toEqual([tech, supervisor].sort());

    const closure = { actualStart: '2026-03-02T08:00:00Z', actualEnd: '2026-03-02T10:30:00Z', manHours: '2.5', comments: 'Bearing replaced' };
    // A missing required step is refused, nothing written.
    const incomplete = await t.exec(CLOSE, { as: manager, variables: { id: String(id), version: 2, closure, checklist: [{ stepId: String(routine.stepIds[1]), checked: true }] } });
    expect(incomplete.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'checklist', rule: 'incomplete' });
    expect(await t.sql('select * from mantenimiento_cierreordentrabajo where work_order_id = $1', [id])).toEqual([]);
    expect(await t.sql('select * from mantenimiento_respuestapaso where work_order_id = $1', [id])).toEqual([]);

    const done = await t.exec(CLOSE, {
      as: manager,
      variables: {
        id: String(id),
        version: 2,
        closure,
        checklist: [
          { stepId: String(routine.stepIds[1]), checked: true },
          { stepId: String(routine.stepIds[2]), numberValue: '4.25' },
        ],
      },
    });
    expect(done.errors).toBeUndefined();
    const wo = done.data!.closeWorkOrder;
    expect(wo).toMatchObject({ status: 'COMPLETED', version: 3, closure: { manHours: '2.50', comments: 'Bearing replaced' } });
    expect(wo.checklist).toEqual([
      { stepId: String(routine.stepIds[1]), checked: true, numberValue: null },
      { stepId: String(routine.stepIds[2]), checked: null, numberValue: '4.2500' },
    ]);
    expect(wo.history.map((h: { fromStatus: string; toStatus: string }) => `${h.fromStatus}->${h.toStatus}`)).toEqual(['SCHEDULED->IN_PROGRESS', 'IN_PROGRESS->COMPLETED']);
    expect(wo.history[0].user).toEqual({ id: String(manager) });
    const doneNotes = await t.sql(`select user_id, kind from mantenimiento_notificacion where work_order_id = $1 and message like '%completed%'`, [id]);
    expect(doneNotes.map((n) => n.user_id).sort()).toEqual([tech, supervisor].sort());
  });

  it('refuses a closure whose end is before its start', async () => {
    const id = await buildWorkOrder(t, { locationId: site.roomId, status: 'IN_PROGRESS' });
    const res = await t.exec(CLOSE, {
      as: manager,
      variables: { id: String(id), version: 1, closure: { actualStart: '2026-03-02T10:00:00Z', actualEnd: '2026-03-02T09:00:00Z', manHours: '-1', comments: 'x' } },
    });
    const fields = (res.errors![0]!.extensions!.problems as Array<{ field: string }>).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['closure.actualEnd', 'closure.manHours']));
    expect(await orderRow(t, id)).toMatchObject({ status: 'IN_PROGRESS' });
  });

  it('reopens COMPLETED only with mantenimiento.reopen_ordentrabajo', async () => {
    const id = await buildWorkOrder(t, { locationId: site.roomId, status: 'COMPLETED' });
    const refused = await t.exec(CHANGE, { as: manager, variables: { id: String(id), status: 'IN_PROGRESS', version: 1 } });
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'mantenimiento.reopen_ordentrabajo' });
    expect(await orderRow(t, id)).toMatchObject({ status: 'COMPLETED', version: 1 });
    const boss = (await buildStaff(t, [...WO_ALL, 'mantenimiento.reopen_ordentrabajo'])).id;
    const ok = await t.exec(CHANGE, { as: boss, variables: { id: String(id), status: 'IN_PROGRESS', version: 1, reason: 'leaking again' } });
    expect(ok.data!.changeWorkOrderStatus).toMatchObject({ status: 'IN_PROGRESS', version: 2 });
  });

  it('never moves a CANCELLED order', async () => {
    const id = await buildWorkOrder(t, { locationId: site.roomId, status: 'CANCELLED' });
    const res = await t.exec(CHANGE, { as: manager, variables: { id: String(id), status: 'PENDING', version: 1 } });
    expect(res.errors![0]!.message).toContain('Cannot change status from CANCELLED to PENDING');
    const upd = await t.exec(UPDATE, { as: manager, variables: { id: String(id), version: 1, input: { notes: 'x' } } });
    expect(upd.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'final' });
  });
});

describe('permissions', () => {
  it('answers anonymous callers with the 401 shape', async () => {
    const res = await t.exec('{ workOrders { edges { node { id } } } }');
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses non-staff with is_staff', async () => {
    const u = await buildUser(t, { perms: ['mantenimiento.view_ordentrabajo'] });
    const res = await t.exec('{ workOrders { edges { node { id } } } }', { as: u.id });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'is_staff' });
  });

  it('refuses createWorkOrder without mantenimiento.add_ordentrabajo and writes nothing', async () => {
    const u = await buildStaff(t, ['mantenimiento.view_ordentrabajo']);
    const before = await t.sql('select count(*)::int as n from mantenimiento_ordentrabajo');
    const res = await t.exec(CREATE, { as: u.id, variables: { input: { shortDescription: 'x', locationId: String(site.roomId) } } });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'mantenimiento.add_ordentrabajo' });
    expect(await t.sql('select count(*)::int as n from mantenimiento_ordentrabajo')).toEqual(before);
  });

  it('refuses closeWorkOrder without mantenimiento.add_cierreordentrabajo', async () => {
    const u = await buildStaff(t, ['mantenimiento.change_ordentrabajo']);
    const id = await buildWorkOrder(t, { locationId: site.roomId, status: 'IN_PROGRESS' });
    const res = await t.exec(CLOSE, {
      as: u.id,
      variables: { id: String(id), version: 1, closure: { actualStart: '2026-03-02T08:00:00Z', actualEnd: '2026-03-02T09:00:00Z', manHours: '1', comments: 'ok' } },
    });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'mantenimiento.add_cierreordentrabajo' });
    expect(await orderRow(t, id)).toMatchObject({ status: 'IN_PROGRESS' });
  });

  it('checks nested access: asset.workOrders needs mantenimiento.view_ordentrabajo', async () => {
    await buildWorkOrder(t, { locationId: site.roomId, assetIds: [site.assetIds[0]!] });
    const q = `query($id: ID!) { asset(id: $id) { id name stopped workOrders { code } } }`;
    const onlyAssets = await buildStaff(t, ['activos.view_activo']);
    const refused = await t.exec(q, { as: onlyAssets.id, variables: { id: String(site.assetIds[0]) } });
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'mantenimiento.view_ordentrabajo' });
    expect(refused.errors![0]!.path).toEqual(['asset', 'workOrders']);
    const both = await buildStaff(t, ['activos.view_activo', 'mantenimiento.view_ordentrabajo']);
    const ok = await t.exec(q, { as: both.id, variables: { id: String(site.assetIds[0]) } });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.asset.workOrders.length).toBeGreaterThan(0);
  });
});
