import pino from 'pino';
import { PubSub } from '../../src/graphql/pubsub';
import { setupTestApp, type TestApp } from '../support/app';
import { buildStaff, buildUser, type BuiltUser } from '../support/factories';
import { buildCatalogueBasics, buildPinAsset, buildPlan, buildViewer, PIN_PERMS, VIEW_ALL } from '../support/floor-plan-factories';
import { collect, listen, loginCookie, until, untilDrained, untilSubscribed, upgradeStatus, wsClient } from '../support/live-client';

const PINS = `subscription($v: ID!) { pinsChanged(viewerId: $v) { kind viewerId pinId pin { id x y color note label asset { id name } } } }`;
const SAVE = `mutation($input: SavePinInput!) { savePin(input: $input) { id } }`;

let t: TestApp;
let base: string;
let origin: string;
let viewer: BuiltUser;
let viewerCookie: string;
let planViewer: number;
let otherViewer: number;
let pump: number;
let valve: number;
let editor: BuiltUser;

beforeAll(async () => {
  t = await setupTestApp({ CSRF_TRUSTED_ORIGINS: 'https://*.plant.example.org' });
  base = await listen(t);
  origin = base;
  const basics = await buildCatalogueBasics(t, 'pump');
  const plan = await buildPlan(t, { width: 1000, height: 800, locationId: basics.locationId });
  planViewer = await buildViewer(t, plan, { name: 'Ground floor' });
  otherViewer = await buildViewer(t, plan, { name: 'Other' });
  pump = await buildPinAsset(t, basics, { name: 'Pump 7' });
  valve = await buildPinAsset(t, basics, { name: 'Valve 2' });
  viewer = await buildStaff(t, VIEW_ALL);
  editor = await buildStaff(t, [...PIN_PERMS, ...VIEW_ALL]);
  viewerCookie = await loginCookie(base, viewer.username, viewer.password);
});
afterEach(async () => {
  await untilDrained(t, 'pinsChanged');
  await untilDrained(t, 'workOrderChanged');
});
afterAll(async () => {
  await t.close();
});

describe('the WebSocket upgrade at /graphql', () => {
  it('refuses an anonymous connection with 401', async () => {
    expect(await upgradeStatus(base, { origin })).toBe(401);
  });

  it('refuses a forged session cookie with 401', async () => {
    expect(await upgradeStatus(base, { origin, cookie: 'cmms_sessionid=s%3Aforged.signature' })).toBe(401);
  });

  it('refuses a foreign origin with 403, even with a valid session', async () => {
    expect(await upgradeStatus(base, { origin: 'https://evil.example.com', cookie: viewerCookie })).toBe(403);
    expect(await upgradeStatus(base, { cookie: viewerCookie })).toBe(403);
    expect(await upgradeStatus(base, { origin: 'null', cookie: viewerCookie })).toBe(403);
  });

  it('accepts the same origin and trusted origins (wildcard subdomains)', async () => {
    expect(await upgradeStatus(base, { origin, cookie: viewerCookie })).toBe(101);
    expect(await upgradeStatus(base, { origin: 'https://hmi.plant.example.org', cookie: viewerCookie })).toBe(101);
    expect(await upgradeStatus(base, { origin: 'http://hmi.plant.example.org', cookie: viewerCookie })).toBe(403);
  });

  it('compares the origin with the scheme as the CSRF check does: X-Forwarded-Proto only from a trusted proxy', async () => {
    const https = base.replace('http://', 'https://');
    // No TRUST_PROXY here: a client claiming https is not believed, as on a POST.
    expect(await upgradeStatus(base, { origin: https, 'x-forwarded-proto': 'https', cookie: viewerCookie })).toBe(403);
    expect(await upgradeStatus(base, { origin, 'x-forwarded-proto': 'https', cookie: viewerCookie })).toBe(101);
    const proxied = await setupTestApp({ TRUST_PROXY: '1' });
    try {
      const proxiedBase = await listen(proxied);
      const u = await buildStaff(proxied, VIEW_ALL);
      const cookie = await loginCookie(proxiedBase, u.username, u.password);
      const proxiedHttps = proxiedBase.replace('http://', 'https://');
      expect(await upgradeStatus(proxiedBase, { origin: proxiedHttps, 'x-forwarded-proto': 'https', cookie })).toBe(101);
      expect(await upgradeStatus(proxiedBase, { origin: proxiedBase, 'x-forwarded-proto': 'https', cookie })).toBe(403);
    } finally {
      await proxied.close();
    }
  });

  it('refuses a session that was logged out', async () => {
    const u = await buildStaff(t, VIEW_ALL);
    const cookie = await loginCookie(base, u.username, u.password);
    expect(await upgradeStatus(base, { origin, cookie })).toBe(101);
    await t.sql(`delete from http_session where sess ->> 'userId' = $1`, [String(u.id)]);
    expect(await upgradeStatus(base, { origin, cookie })).toBe(401);
  });

  it('answers 404 to upgrades on other paths', async () => {
    const status = await new Promise<number>((resolve) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const WebSocket = require('ws');
      const ws = new WebSocket(`${base.replace('http', 'ws')}/other`, { headers: { origin, cookie: viewerCookie } });
      ws.on('unexpected-response', (_q: unknown, res: { statusCode: number; resume(): void }) => {
        resolve(res.statusCode);
        res.resume();
      });
    });
    expect(status).toBe(404);
  });
});

describe('pinsChanged', () => {
  it('delivers a pin saved by another user to the subscriber, and its deletion', async () => {
    const client = wsClient(base, { origin, cookie: viewerCookie });
    const sub = collect(client, PINS, { v: String(planViewer) });
    await untilSubscribed(t, 'pinsChanged');
    const saved = await t.exec(SAVE, { as: editor.id, variables: { input: { viewerId: String(planViewer), assetId: String(pump), x: 120, y: 80, color: '#00aa00', note: 'north wall' } } });
    expect(saved.errors).toBeUndefined();
    const pinId = saved.data!.savePin.id;
    const [first] = await sub.waitFor(1);
    expect(first).toEqual({
      data: {
        pinsChanged: {
          kind: 'SAVED',
          viewerId: String(planViewer),
          pinId,
          pin: { id: pinId, x: 120, y: 80, color: '#00AA00', note: 'north wall', label: 'Pump 7', asset: { id: String(pump), name: 'Pump 7' } },
        },
      },
    });

    await t.exec(SAVE, { as: editor.id, variables: { input: { id: pinId, viewerId: String(planViewer), x: 300, y: 400 } } });
    const deleted = await t.exec('mutation($id: ID!) { deletePin(id: $id) }', { as: editor.id, variables: { id: pinId } });
    expect(deleted.errors).toBeUndefined();
    const all = await sub.waitFor(3);
    expect(all[1].data.pinsChanged.pin).toMatchObject({ x: 300, y: 400 });
    expect(all[2].data.pinsChanged).toEqual({ kind: 'DELETED', viewerId: String(planViewer), pinId, pin: null });
    sub.stop();
    await client.dispose();
  });

  it('does not deliver pins of other viewers', async () => {
    const client = wsClient(base, { origin, cookie: viewerCookie });
    const sub = collect(client, PINS, { v: String(planViewer) });
    await untilSubscribed(t, 'pinsChanged');
    await t.exec(SAVE, { as: editor.id, variables: { input: { viewerId: String(otherViewer), assetId: String(valve), x: 1, y: 1 } } });
    const mine = await t.exec(SAVE, { as: editor.id, variables: { input: { viewerId: String(planViewer), assetId: String(valve), x: 2, y: 2 } } });
    expect(mine.errors).toBeUndefined();
    const [only] = await sub.waitFor(1);
    expect(only.data.pinsChanged.pinId).toBe(mine.data!.savePin.id);
    await new Promise((r) => setTimeout(r, 100));
    expect(sub.results).toHaveLength(1);
    sub.stop();
    await client.dispose();
  });

  it('unsubscribing removes the listener while the connection stays open', async () => {
    const client = wsClient(base, { origin, cookie: viewerCookie });
    const first = collect(client, PINS, { v: String(planViewer) });
    const second = collect(client, PINS, { v: String(otherViewer) });
    await untilSubscribed(t, 'pinsChanged', 2);
    first.stop();
    await until(() => t.app.services.pubsub.listenerCount('pinsChanged') === 1, 'one pinsChanged listener');
    second.stop();
    await untilDrained(t, 'pinsChanged');
    await client.dispose();
  });

  it('refuses a staff user without activos.view_pinplano, naming the permission', async () => {
    const u = await buildStaff(t, ['activos.view_visorplano']);
    const client = wsClient(base, { origin, cookie: await loginCookie(base, u.username, u.password) });
    const sub = collect(client, PINS, { v: String(planViewer) });
    await sub.done;
    const [res] = sub.results as any[];
    expect(res.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'activos.view_pinplano' });
    expect(res.errors[0].extensions.http).toBeUndefined();
    await client.dispose();
  });

  it('refuses a non-staff user with is_staff', async () => {
    const u = await buildUser(t, { perms: VIEW_ALL });
    const client = wsClient(base, { origin, cookie: await loginCookie(base, u.username, u.password) });
    const sub = collect(client, PINS, { v: String(planViewer) });
    await sub.done;
    expect((sub.results[0] as any).errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'is_staff' });
    await client.dispose();
  });

  it('answers NOT_FOUND for an unknown viewer', async () => {
    const client = wsClient(base, { origin, cookie: viewerCookie });
    const sub = collect(client, PINS, { v: '999999' });
    await sub.done;
    expect((sub.results[0] as any).errors[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'viewerId' });
    await client.dispose();
  });

  it('accepts only subscriptions over the socket', async () => {
    const client = wsClient(base, { origin, cookie: viewerCookie });
    const sub = collect(client, '{ me { username } }');
    await sub.done;
    expect(sub.results).toEqual([]);
    expect(JSON.stringify(sub.errors)).toContain('Only subscriptions');
    await client.dispose();
  });
});

describe('workOrderChanged', () => {
  const WO = `subscription($l: ID, $t: ID) { workOrderChanged(locationId: $l, technicianId: $t) { kind workOrderId workOrder { id code status shortDescription } } }`;
  const CREATE = `mutation($input: CreateWorkOrderInput!) { createWorkOrder(input: $input) { id version } }`;

  it('delivers orders created or changed at a location or below it, and no others', async () => {
    const [site] = await t.sql<{ id: number }>(`insert into activos_ubicacion (name) values ('Plant A') returning id`);
    const [room] = await t.sql<{ id: number }>(`insert into activos_ubicacion (name, parent_id) values ('Pump room', $1) returning id`, [site!.id]);
    const [elsewhere] = await t.sql<{ id: number }>(`insert into activos_ubicacion (name) values ('Plant B') returning id`);
    const planner = await buildStaff(t, ['mantenimiento.view_ordentrabajo', 'mantenimiento.add_ordentrabajo', 'mantenimiento.change_ordentrabajo']);
    const client = wsClient(base, { origin, cookie: await loginCookie(base, planner.username, planner.password) });
    const sub = collect(client, WO, { l: String(site!.id) });
    await untilSubscribed(t, 'workOrderChanged');

    const away = await t.exec(CREATE, { as: planner.id, variables: { input: { shortDescription: 'Elsewhere', locationId: String(elsewhere!.id) } } });
    expect(away.errors).toBeUndefined();
    const here = await t.exec(CREATE, { as: planner.id, variables: { input: { shortDescription: 'Seal leak', locationId: String(room!.id) } } });
    expect(here.errors).toBeUndefined();
    const id = here.data!.createWorkOrder.id;
    const changed = await t.exec('mutation($id: ID!, $v: Int!) { changeWorkOrderStatus(id: $id, status: CANCELLED, version: $v) { id } }', {
      as: planner.id,
      variables: { id, v: here.data!.createWorkOrder.version },
    });
    expect(changed.errors).toBeUndefined();

    const [created, cancelled] = await sub.waitFor(2);
    expect(created.data.workOrderChanged).toMatchObject({ kind: 'CREATED', workOrderId: id, workOrder: { id, status: 'PENDING', shortDescription: 'Seal leak' } });
    expect(cancelled.data.workOrderChanged).toMatchObject({ kind: 'STATUS_CHANGED', workOrderId: id, workOrder: { status: 'CANCELLED' } });
    expect(sub.results).toHaveLength(2);
    sub.stop();
    await client.dispose();
  });

  it('refuses a staff user without mantenimiento.view_ordentrabajo', async () => {
    const client = wsClient(base, { origin, cookie: viewerCookie });
    const sub = collect(client, WO, {});
    await sub.done;
    expect((sub.results[0] as any).errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'mantenimiento.view_ordentrabajo' });
    await client.dispose();
  });
});

describe('PubSub over PostgreSQL LISTEN/NOTIFY', () => {
  it('delivers an event published by one instance to subscribers of another', async () => {
    const other = new PubSub({ pool: t.pool, logger: pino({ level: 'silent' }) });
    await other.start();
    try {
      const events = other.subscribe('pinsChanged', (e) => e.viewerId === 4242);
      const next = events.next();
      t.app.services.pubsub.publish('pinsChanged', { kind: 'SAVED', viewerId: 4242, pinId: 7 });
      await expect(next).resolves.toEqual({ done: false, value: { kind: 'SAVED', viewerId: 4242, pinId: 7 } });
      await events.return!();
    } finally {
      await other.close();
    }
  });
});
