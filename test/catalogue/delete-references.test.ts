import { buildStaff } from '../support/factories';
import { buildAsset, buildLocation, buildModel } from '../support/catalogue-factories';
import { buildWorkOrder } from '../support/maintenance-factories';
import { setupTestApp, type TestApp } from '../support/app';

// Deletes never cascade: whatever still refers to a row is named in the refusal.

let t: TestApp;
let staff: number;
beforeAll(async () => {
  t = await setupTestApp();
  staff = (await buildStaff(t, ['activos.delete_ubicacion', 'activos.delete_activo'])).id;
});
afterAll(async () => {
  await t.close();
});

it('refuses to delete a location that work orders and notices still use, naming them', async () => {
  const loc = await buildLocation(t, { name: 'Pump house' });
  await buildWorkOrder(t, { locationId: loc });
  await t.sql(`insert into mantenimiento_aviso (location_id, description, requester_id) values ($1, 'Noise', $2)`, [loc, staff]);
  const res = await t.exec('mutation ($id: ID!) { deleteLocation(id: $id) }', { as: staff, variables: { id: String(loc) } });
  expect(res.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', blockedBy: ['notices', 'work orders'] });
  expect(res.errors![0]!.message).toBe('Location "Pump house" cannot be deleted: it has 1 notices and 1 work orders.');
  expect(await t.sql('select 1 from activos_ubicacion where id = $1', [loc])).toHaveLength(1);
  expect(await t.sql('select 1 from mantenimiento_ordentrabajo where location_id = $1', [loc])).toHaveLength(1);
});

it('refuses to delete an asset that is on a work order', async () => {
  const loc = await buildLocation(t);
  const asset = await buildAsset(t, { modelId: await buildModel(t), locationId: loc, name: 'Chiller CH-9' });
  await buildWorkOrder(t, { locationId: loc, assetIds: [asset] });
  const res = await t.exec('mutation ($id: ID!) { deleteAsset(id: $id) }', { as: staff, variables: { id: String(asset) } });
  expect(res.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', blockedBy: ['work orders'] });
  expect(await t.sql('select 1 from activos_activo where id = $1', [asset])).toHaveLength(1);
});

it('deletes an unused location and reports NOT_FOUND for a missing one', async () => {
  const loc = await buildLocation(t);
  const ok = await t.exec('mutation ($id: ID!) { deleteLocation(id: $id) }', { as: staff, variables: { id: String(loc) } });
  expect(ok.data!.deleteLocation).toBe(String(loc));
  const again = await t.exec('mutation ($id: ID!) { deleteLocation(id: $id) }', { as: staff, variables: { id: String(loc) } });
  expect(again.errors![0]!.extensions!.code).toBe('NOT_FOUND');
});
