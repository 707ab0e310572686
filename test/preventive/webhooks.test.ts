import request from 'supertest';
import { setupTestApp, type TestApp } from '../support/app';
import { buildStaff, buildUser } from '../support/factories';
import { buildSite, type Site } from '../support/maintenance-factories';
import { buildPoint, buildWebhookSource, count, signBody } from '../support/preventive-factories';

// Signed webhooks: exempt from CSRF and sessions, authenticated by HMAC over
// "<timestamp>.<raw body>", fresh timestamps only, idempotency keys; every refusal
// writes nothing.

let t: TestApp;
let site: Site;
let source: { id: number; name: string; secret: string };
let bot: number;
let point: number;
let assetCode: string;

beforeAll(async () => {
  t = await setupTestApp();
  site = await buildSite(t, 2);
  bot = (await buildUser(t, { username: 'scada-bot' })).id;
  source = await buildWebhookSource(t, bot, 'scada');
  point = await buildPoint(t, { assetId: site.assetIds[0]!, code: 'KWH', cumulative: true });
  [{ internal_code: assetCode }] = await t.sql<{ internal_code: string }>('select internal_code from activos_activo where id = $1', [site.assetIds[0]]);
});
afterAll(async () => {
  await t.close();
});

interface Send {
  path?: string;
  body: unknown;
  secret?: string;
  timestamp?: number;
  key?: string | null;
  signature?: string;
  sourceName?: string;
}

function send(o: Send) {
  const raw = typeof o.body === 'string' ? o.body : JSON.stringify(o.body);
  const ts = String(o.timestamp ?? Math.floor(Date.now() / 1000));
  const req = request(t.app.app)
    .post(o.path ?? '/webhooks/readings')
    .set('Content-Type', 'application/json')
    .set('X-Webhook-Source', o.sourceName ?? source.name)
    .set('X-Timestamp', ts)
    .set('X-Signature', o.signature ?? signBody(o.secret ?? source.secret, ts, raw));
  if (o.key !== null) req.set('Idempotency-Key', o.key ?? `key-${Math.random()}`);
  return req.send(raw);
}

const readings = (n: number, start = 0) => ({
  readings: Array.from({ length: n }, (_, i) => ({ pointId: point, value: 1000 + start + i, readAt: new Date(Date.UTC(2026, 0, 1) + (start + i) * 60_000).toISOString() })),
});
const stored = () => count(t, 'mantenimiento_lectura', 'point_id = $1', [point]);

describe('POST /webhooks/readings', () => {
  it('stores every reading of a correctly signed request, without CSRF token or session', async () => {
    const before = await stored();
    const res = await send({ body: { readings: [
      { pointId: point, value: 12.5, readAt: '2026-02-01T10:00:00Z' },
      { asset: assetCode, point: 'KWH', value: '13.75', readAt: '2026-02-01T11:00:00+01:00' },
    ] } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ stored: 2, outOfTolerance: 0 });
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(await stored()).toBe(before + 2);
    const rows = await t.sql(`select source, technician_id from mantenimiento_lectura where point_id = $1 and read_at >= '2026-02-01'`, [point]);
    expect(rows).toEqual([{ source: 'WEBHOOK', technician_id: bot }, { source: 'WEBHOOK', technician_id: bot }]);
    expect(await count(t, 'http_session')).toBe(0);
  });

  it('refuses a bad signature, a wrong secret, an unknown source, a missing signature: 401 and nothing written', async () => {
    const before = await stored();
    const body = readings(3, 100);
    const cases = [
      await send({ body, signature: 'sha256=' + '0'.repeat(64) }),
      await send({ body, secret: 'not-the-secret' }),
      await send({ body, signature: 'garbage' }),
      await send({ body, sourceName: 'nobody' }),
    ];
    for (const res of cases) {
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ error: 'invalid_signature' });
    }
    // A body changed after signing.
    const ts = String(Math.floor(Date.now() / 1000));
    const tampered = await request(t.app.app).post('/webhooks/readings').set('Content-Type', 'application/json').set('X-Webhook-Source', source.name)
      .set('X-Timestamp', ts).set('X-Signature', signBody(source.secret, ts, JSON.stringify(body))).set('Idempotency-Key', 'tampered')
      .send(JSON.stringify(readings(4, 100)));
    expect(tampered.status).toBe(401);
    const missing = await request(t.app.app).post('/webhooks/readings').set('Content-Type', 'application/json').send(JSON.stringify(body));
    expect(missing.status).toBe(401);
    expect(missing.body).toMatchObject({ error: 'missing_signature' });
    expect(await stored()).toBe(before);
    expect(await count(t, 'webhook_delivery')).toBe(1);
  });

  it('refuses a timestamp older (or newer) than five minutes, signed or not: 401, nothing written', async () => {
    const before = await stored();
    const old = await send({ body: readings(2, 200), timestamp: Math.floor(Date.now() / 1000) - 301 });
    expect(old.status).toBe(401);
    expect(old.body).toMatchObject({ error: 'stale_timestamp' });
    const future = await send({ body: readings(2, 200), timestamp: Math.floor(Date.now() / 1000) + 400 });
    expect(future.status).toBe(401);
    expect(await stored()).toBe(before);
  });

  it('answers a retry with the same Idempotency-Key with the original result and writes nothing again', async () => {
    const before = await stored();
    const body = readings(5, 300);
    const first = await send({ body, key: 'batch-300' });
    expect(first.status).toBe(201);
    const replay = await send({ body, key: 'batch-300' });
    expect(replay.status).toBe(201);
    expect(replay.body).toEqual(first.body);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    // Two retries racing.
    const [a, b] = await Promise.all([send({ body, key: 'batch-300' }), send({ body, key: 'batch-300' })]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(await stored()).toBe(before + 5);
    // The same key with another body is a conflict.
    const reused = await send({ body: readings(5, 400), key: 'batch-300' });
    expect(reused.status).toBe(409);
    expect(reused.body).toMatchObject({ error: 'idempotency_key_reused' });
    expect(await stored()).toBe(before + 5);
    const nokey = await send({ body, key: null });
    expect(nokey.status).toBe(400);
    expect(nokey.body).toMatchObject({ error: 'missing_idempotency_key' });
  });

  it('rejects the whole batch when one row is bad, with its index and reason (400), and the key stays usable', async () => {
    const before = await stored();
    const body = readings(50, 500);
    (body.readings[37] as Record<string, unknown>).readAt = '2026-01-01 10:00';
    const bad = await send({ body, key: 'fix-me' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: 'invalid_row', index: 37, field: 'readAt' });
    const unknown = await send({ body: { readings: [{ pointId: point, value: 1, readAt: '2026-01-01T00:00:00Z' }, { pointId: 999999, value: 1, readAt: '2026-01-01T00:00:00Z' }] } });
    expect(unknown.body).toMatchObject({ error: 'invalid_row', index: 1, field: 'pointId' });
    const notJson = await send({ body: '{"readings": [' });
    expect(notJson.status).toBe(400);
    expect(notJson.body).toMatchObject({ error: 'invalid_json' });
    expect(await stored()).toBe(before);
    (body.readings[37] as Record<string, unknown>).readAt = '2026-01-01T10:00:00Z';
    const fixed = await send({ body, key: 'fix-me' });
    expect(fixed.status).toBe(201);
    expect(await stored()).toBe(before + 50);
  });

  it('accepts 10,000 readings in one request and stores them in one transaction', async () => {
    const before = await stored();
    // Named by asset and point code (resolved in one statement): over the 1 MB limit of every other route.
    const body = { readings: readings(10_000, 100_000).readings.map((r) => ({ asset: assetCode, point: 'KWH', value: (r.value + 0.1234).toFixed(4), readAt: r.readAt.replace('Z', '+00:00'), reset: false })) };
    const raw = JSON.stringify(body);
    expect(raw.length).toBeGreaterThan(1_048_576);
    const started = Date.now();
    const res = await send({ body: raw, key: 'big-batch' });
    const elapsed = Date.now() - started;
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ stored: 10_000 });
    expect(await stored()).toBe(before + 10_000);
    process.stdout.write(`[webhooks] 10,000 readings (${(raw.length / 1e6).toFixed(2)} MB) stored in ${elapsed} ms\n`);
    const tooMany = await send({ body: readings(10_001, 0) });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body).toMatchObject({ error: 'too_many_rows' });
  });
});

describe('POST /webhooks/notices', () => {
  it('files a notice as the source user, by asset code, once per key', async () => {
    const body = { asset: assetCode, description: 'Transformer temperature alarm', priority: 'HIGH' };
    const res = await send({ path: '/webhooks/notices', body, key: 'alarm-1' });
    expect(res.status).toBe(201);
    const again = await send({ path: '/webhooks/notices', body, key: 'alarm-1' });
    expect(again.body).toEqual(res.body);
    const rows = await t.sql('select requester_id, asset_id, location_id, priority from mantenimiento_aviso where id = $1', [res.body.noticeId]);
    expect(rows).toEqual([{ requester_id: bot, asset_id: site.assetIds[0], location_id: site.roomId, priority: 'HIGH' }]);
    expect(await count(t, 'mantenimiento_aviso', `description = 'Transformer temperature alarm'`)).toBe(1);
    const bad = await send({ path: '/webhooks/notices', body: { description: '' } });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: 'invalid_field', field: 'description' });
  });
});

describe('webhook sources through GraphQL', () => {
  const CREATE = `mutation C($name: String!, $userId: ID!) { createWebhookSource(name: $name, userId: $userId) { secret source { id name userId active } } }`;

  it('lets a superuser create a source whose secret is shown once and works for signing', async () => {
    const admin = await buildUser(t, { isStaff: true, isSuperuser: true });
    const res = await t.exec(CREATE, { as: admin.id, variables: { name: 'bms', userId: String(bot) } });
    expect(res.errors).toBeUndefined();
    const { secret, source: created } = res.data!.createWebhookSource;
    expect(secret.length).toBeGreaterThanOrEqual(40);
    const list = await t.exec('{ webhookSources { id name } }', { as: admin.id });
    expect(list.data!.webhookSources.map((s: { name: string }) => s.name)).toContain('bms');
    const leak = await t.exec('{ webhookSources { id secret } }', { as: admin.id });
    expect(leak.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const ok = await send({ sourceName: created.name, secret, body: readings(1, 7_000) });
    expect(ok.status).toBe(201);
  });

  it('refuses sources to anyone but superusers', async () => {
    const staff = await buildStaff(t, ['mantenimiento.add_lectura']);
    const res = await t.exec(CREATE, { as: staff.id, variables: { name: 'x', userId: String(bot) } });
    expect(res.status).toBe(403);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', required_permission: 'is_superuser' });
    const anon = await t.exec('{ webhookSources { id } }');
    expect(anon.status).toBe(401);
    expect(await count(t, 'webhook_source', `name = 'x'`)).toBe(0);
  });
});
