import { setupTestApp, type TestApp } from '../support/app';
import { buildStaff, buildUser } from '../support/factories';
import { buildSite, orderRow, WO_ALL, type Site } from '../support/maintenance-factories';

let t: TestApp;
let site: Site;
let manager: number;

beforeAll(async () => {
  t = await setupTestApp();
  site = await buildSite(t, 2);
  manager = (await buildStaff(t, WO_ALL)).id;
});
afterAll(async () => {
  await t.close();
});

const CREATE_NOTICE = `mutation($input: CreateNoticeInput!) {
  createNotice(input: $input) { id code status location { id name } asset { id name } requester { id } }
}`;
const NOTICES = `{ notices { edges { node { id code description requester { id } } } } }`;

describe('notices', () => {
  it('lets a non-staff user file a notice and see only their own', async () => {
    const alice = await buildUser(t);
    const bob = await buildUser(t);
    const mine = await t.exec(CREATE_NOTICE, { as: alice.id, variables: { input: { assetId: String(site.assetIds[0]), description: 'Pump leaking oil' } } });
    expect(mine.errors).toBeUndefined();
    const notice = mine.data!.createNotice;
    expect(notice).toMatchObject({ code: `AV-${notice.id}`, status: 'OPEN', location: { id: String(site.roomId) }, asset: { id: String(site.assetIds[0]) }, requester: { id: String(alice.id) } });
    await t.exec(CREATE_NOTICE, { as: bob.id, variables: { input: { locationId: String(site.rootId), description: 'Lights out' } } });

    const aliceList = await t.exec(NOTICES, { as: alice.id });
    expect(aliceList.data!.notices.edges.map((e: { node: { description: string } }) => e.node.description)).toEqual(['Pump leaking oil']);
    const forBob = await t.exec('query($id: ID!) { notice(id: $id) { id } }', { as: bob.id, variables: { id: notice.id } });
    expect(forBob.errors![0]!.extensions!.code).toBe('NOT_FOUND');

    const staff = await t.exec(NOTICES, { as: manager });
    expect(staff.data!.notices.edges.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses anonymous notices with the 401 shape', async () => {
    const res = await t.exec(CREATE_NOTICE, { variables: { input: { locationId: String(site.rootId), description: 'x' } } });
    expect(res.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('refuses updateNotice to non-staff', async () => {
    const u = await buildUser(t);
    const created = await t.exec(CREATE_NOTICE, { as: u.id, variables: { input: { locationId: String(site.rootId), description: 'x' } } });
    const res = await t.exec('mutation($id: ID!) { updateNotice(id: $id, input: { description: "changed" }) { id } }', { as: u.id, variables: { id: created.data!.createNotice.id } });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'is_staff' });
  });

  it('makes at most one order from a notice, moves it IN_PROCESS, and closing the order closes the notice', async () => {
    const requester = await buildUser(t);
    const tech = (await buildStaff(t, [])).id;
    const created = await t.exec(CREATE_NOTICE, {
      as: requester.id,
      variables: { input: { assetId: String(site.assetIds[1]), description: 'Motor stopped, smells burnt', equipmentStopped: true, priority: 'HIGH' } },
    });
    const noticeId = created.data!.createNotice.id;
    const ASSET = `query($id: ID!) { asset(id: $id) { state stopped downtimes { noticeId workOrderId endedAt } } }`;
    const viewer = await buildStaff(t, ['activos.view_activo', 'mantenimiento.view_ordentrabajo']);
    expect((await t.exec(ASSET, { as: viewer.id, variables: { id: String(site.assetIds[1]) } })).data!.asset).toMatchObject({ state: 'OPERATIONAL', stopped: true });

    const FROM = `mutation($id: ID!, $input: WorkOrderFromNoticeInput) {
      createWorkOrderFromNotice(id: $id, input: $input) { id code type priority status version equipmentStopped assets { id } notice { id status } }
    }`;
    const [first, second] = await Promise.all([
      t.exec(FROM, { as: manager, variables: { id: noticeId, input: { technicianId: String(tech), scheduledStart: '2026-03-02T08:00:00Z' } } }),
      t.exec(FROM, { as: manager, variables: { id: noticeId } }),
    ]);
    const ok = [first, second].filter((r) => !r.errors);
    const refused = [first, second].filter((r) => r.errors);
    expect(ok).toHaveLength(1);
    expect(refused[0]!.errors![0]!.extensions!.code).toMatch(/CONFLICT|BAD_USER_INPUT/);
    const order = ok[0]!.data!.createWorkOrderFromNotice;
    expect(order).toMatchObject({ type: 'CORRECTIVE', priority: 'HIGH', equipmentStopped: true, assets: [{ id: String(site.assetIds[1]) }], notice: { id: noticeId, status: 'IN_PROCESS' } });
    expect(await t.sql('select count(*)::int as n from mantenimiento_ordentrabajo where notice_id = $1', [Number(noticeId)])).toEqual([{ n: 1 }]);

    // Start and close the order: the notice closes, the asset is no longer stopped, its state untouched.
    let version = order.version;
    if (order.status === 'PENDING') {
      const s = await t.exec('mutation($id: ID!, $v: Int!) { updateWorkOrder(id: $id, version: $v, input: { technicianId: "' + tech + '" }) { version } }', { as: manager, variables: { id: order.id, v: version } });
      version = s.data!.updateWorkOrder.version;
    }
    const started = await t.exec('mutation($id: ID!, $v: Int!) { changeWorkOrderStatus(id: $id, status: IN_PROGRESS, version: $v) { version } }', { as: manager, variables: { id: order.id, v: version } });
    const closed = await t.exec(
      `mutation($id: ID!, $v: Int!) { closeWorkOrder(id: $id, version: $v, closure: { actualStart: "2026-03-02T08:00:00Z", actualEnd: "2026-03-02T09:00:00Z", manHours: "1", comments: "Rewound" }) { status } }`,
      { as: manager, variables: { id: order.id, v: started.data!.changeWorkOrderStatus.version } },
    );
    expect(closed.data!.closeWorkOrder.status).toBe('COMPLETED');
    const [n] = await t.sql('select status, closed_by_id, closed_at from mantenimiento_aviso where id = $1', [Number(noticeId)]);
    expect(n).toMatchObject({ status: 'CLOSED', closed_by_id: manager });
    expect(n!.closed_at).not.toBeNull();
    const after = (await t.exec(ASSET, { as: viewer.id, variables: { id: String(site.assetIds[1]) } })).data!.asset;
    expect(after).toMatchObject({ state: 'OPERATIONAL', stopped: false });
    expect(after.downtimes).toHaveLength(2);
    expect(after.downtimes.every((d: { endedAt: string | null }) => d.endedAt !== null)).toBe(true);

    const again = await t.exec(FROM, { as: manager, variables: { id: noticeId } });
    expect(again.errors![0]!.extensions!.code).toMatch(/CONFLICT|BAD_USER_INPUT/);
    expect(await orderRow(t, Number(order.id))).toMatchObject({ status: 'COMPLETED' });
  });
});

describe('notifications', () => {
  it('lists and marks only the caller\'s own notifications', async () => {
    const me = await buildUser(t);
    const other = await buildUser(t);
    await t.sql(`insert into mantenimiento_notificacion (user_id, message) values ($1, 'a'), ($1, 'b'), ($2, 'c')`, [me.id, other.id]);
    const [otherNote] = await t.sql('select id from mantenimiento_notificacion where user_id = $1', [other.id]);
    const list = await t.exec('{ myNotifications(unreadOnly: true) { edges { node { id message read } } } myUnreadNotificationCount }', { as: me.id });
    expect(list.data!.myNotifications.edges.map((e: { node: { message: string } }) => e.node.message)).toEqual(['b', 'a']);
    expect(list.data!.myUnreadNotificationCount).toBe(2);
    const firstId = list.data!.myNotifications.edges[0].node.id;
    const marked = await t.exec('mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }', { as: me.id, variables: { ids: [firstId, String(otherNote!.id)] } });
    expect(marked.data!.markNotificationsRead).toBe(1);
    expect(await t.sql('select read from mantenimiento_notificacion where id = $1', [otherNote!.id])).toEqual([{ read: false }]);
    const all = await t.exec('mutation { markNotificationsRead(all: true) }', { as: me.id });
    expect(all.data!.markNotificationsRead).toBe(1);
    const none = await t.exec('mutation { markNotificationsRead }', { as: me.id });
    expect(none.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
  });
});
