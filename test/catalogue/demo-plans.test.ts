import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seedDemo } from '../../src/db/seeders/demo-seeder';
import { seedDemoPlansAndOrders } from '../../src/db/seeders/demo-plans';
import { buildUser } from '../support/factories';
import { setupTestApp, type TestApp } from '../support/app';

let t: TestApp;
let uploads: string;
beforeAll(async () => {
  uploads = mkdtempSync(path.join(os.tmpdir(), 'cmms-demo-uploads-'));
  t = await setupTestApp({ UPLOAD_DIR: uploads });
});
afterAll(async () => {
  await t.close();
  rmSync(uploads, { recursive: true, force: true });
});

it('adds a floor plan with pins, a notice and work orders to the demo, once', async () => {
  const admin = await buildUser(t, { isStaff: true, isSuperuser: true });
  await seedDemo(t.orm.em.fork());
  const first = await seedDemoPlansAndOrders(t.orm.em.fork(), t.config, admin.id);
  expect(first).toEqual({ floorPlans: 1, pins: 6, workOrders: 3, notices: 1 });
  const again = await seedDemoPlansAndOrders(t.orm.em.fork(), t.config, admin.id);
  expect(again).toEqual({ floorPlans: 0, pins: 0, workOrders: 0, notices: 0 });

  const [viewer] = await t.sql<{ id: number }>('select id from activos_visorplano');
  const res = await t.exec(
    `query ($id: ID!) { viewer(id: $id) { floorPlan { name width height } pins { label icon asset { internalCode } } } }`,
    { as: admin.id, variables: { id: String(viewer!.id) } },
  );
  expect(res.errors).toBeUndefined();
  expect(res.data!.viewer.floorPlan).toMatchObject({ width: 1200, height: 800 });
  const labels = res.data!.viewer.pins.map((p: { label: string }) => p.label);
  expect(labels).toEqual(expect.arrayContaining(['Power transformer TR-1', 'MV switchgear SWG-11']));
  expect(labels.some((l: string) => /^AV-\d+$/.test(l))).toBe(true);

  const orders = await t.sql<{ code: string; status: string }>('select code, status from mantenimiento_ordentrabajo order by id');
  expect(orders.map((o) => o.status)).toEqual(['SCHEDULED', 'IN_PROGRESS', 'PENDING']);
  for (const o of orders) expect(o.code).toMatch(/^OT-\d{9}$/);

  const c = t.client();
  await c.login(admin.username, admin.password);
  const [plan] = await t.sql<{ id: number }>('select id from activos_plano');
  const img = await c.agent.get(`/floor-plans/${plan!.id}/image`);
  expect(img.status).toBe(200);
  expect(img.headers['content-type']).toMatch(/image\/svg\+xml/);
});
