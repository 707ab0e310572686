import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { setupTestApp, type HttpClient, type TestApp } from '../support/app';
import { loggedInClient } from '../support/factories';
import { buildPlan } from '../support/floor-plan-factories';

// Plan images: POST/GET /floor-plans/:id/image. Test images are built here as bytes.

const MAX_BYTES = 8192;

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A valid RGB PNG of the given size. */
function png(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.alloc((width * 3 + 1) * height);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** SOI, a JFIF APP0 and a baseline SOF0 header carrying the size, then EOI. */
function jpeg(width: number, height: number): Buffer {
  const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00];
  const sof0 = [0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  return Buffer.from([0xff, 0xd8, ...app0, ...sof0, 0xff, 0xd9]);
}

const SVG = '<?xml version="1.0"?>\n<!-- plan -->\n<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><rect width="10" height="10"/></svg>\n';
const SVG_VIEWBOX = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200.4 900" width="100%"><g/></svg>';
const SVG_SCRIPT = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"><script>alert(document.cookie)</script></svg>';

let t: TestApp;
let uploadDir: string;
let editor: HttpClient;

const clientFor = (perms: string[], staff = true) => loggedInClient(t, perms, { isStaff: staff });

function upload(c: HttpClient, planId: number, bytes: Buffer, filename: string, contentType = 'application/octet-stream') {
  return c.agent.post(`/floor-plans/${planId}/image`).set('X-CSRFToken', c.csrfToken).attach('image', bytes, { filename, contentType });
}

function storedFiles(): string[] {
  try {
    return readdirSync(path.join(uploadDir, 'floor-plans')).sort();
  } catch {
    return [];
  }
}

async function planRow(id: number) {
  const [row] = await t.sql('select image_file, image_content_type, width, height from activos_plano where id = $1', [id]);
  return row!;
}

beforeAll(async () => {
  uploadDir = mkdtempSync(path.join(tmpdir(), 'cmms-uploads-'));
  t = await setupTestApp({ UPLOAD_DIR: uploadDir, UPLOAD_MAX_BYTES: String(MAX_BYTES) });
  editor = await clientFor(['activos.change_plano', 'activos.view_plano']);
});
afterAll(async () => {
  await t.close();
  rmSync(uploadDir, { recursive: true, force: true });
});

describe('POST /floor-plans/:id/image', () => {
  it('stores a PNG under a random name with its size read from the image, and serves it back', async () => {
    const planId = await buildPlan(t, { width: null, height: null });
    const bytes = png(3, 2);
    const res = await upload(editor, planId, bytes, 'plan.png', 'image/png');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id: String(planId), imageUrl: `/floor-plans/${planId}/image`, contentType: 'image/png', width: 3, height: 2 });
    const row = await planRow(planId);
    expect(row).toMatchObject({ image_content_type: 'image/png', width: 3, height: 2 });
    expect(row.image_file).toMatch(/^[0-9a-f]{32}\.png$/);
    expect(readFileSync(path.join(uploadDir, 'floor-plans', row.image_file)).equals(bytes)).toBe(true);

    const got = await editor.agent.get(`/floor-plans/${planId}/image`).buffer(true).parse((r, cb) => {
      const parts: Buffer[] = [];
      r.on('data', (d: Buffer) => parts.push(d));
      r.on('end', () => cb(null, Buffer.concat(parts)));
    });
    expect(got.status).toBe(200);
    expect(got.headers['content-type']).toBe('image/png');
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    expect((got.body as Buffer).equals(bytes)).toBe(true);
  });

  it('reads the size of a JPEG and of an SVG (attributes, else viewBox)', async () => {
    const a = await buildPlan(t);
    const r1 = await upload(editor, a, jpeg(640, 480), 'photo.jpeg', 'image/jpeg');
    expect(r1.body).toMatchObject({ contentType: 'image/jpeg', width: 640, height: 480 });
    const b = await buildPlan(t);
    const r2 = await upload(editor, b, Buffer.from(SVG), 'plan.svg', 'image/svg+xml');
    expect(r2.body).toMatchObject({ contentType: 'image/svg+xml', width: 800, height: 600 });
    const c = await buildPlan(t);
    const r3 = await upload(editor, c, Buffer.from(SVG_VIEWBOX), 'plan.svg');
    expect(r3.body).toMatchObject({ contentType: 'image/svg+xml', width: 1200, height: 900 });
  });

  it('types a .png named SVG with a script by its content and serves it sandboxed', async () => {
    const planId = await buildPlan(t);
    const res = await upload(editor, planId, Buffer.from(SVG_SCRIPT), 'innocent.png', 'image/png');
    expect(res.status).toBe(200);
    expect(res.body.contentType).toBe('image/svg+xml');
    expect((await planRow(planId)).image_file).toMatch(/\.svg$/);
    const got = await editor.agent.get(`/floor-plans/${planId}/image`);
    expect(got.status).toBe(200);
    expect(got.headers['content-type']).toBe('image/svg+xml');
    expect(got.headers['content-security-policy']).toBe("default-src 'none'; style-src 'unsafe-inline'; sandbox");
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    expect(got.headers['content-disposition']).toBe(`inline; filename="floor-plan-${planId}.svg"`);
  });

  it.each([
    ['garbage bytes', Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9]), 'plan.png', 'image_type'],
    ['an HTML page', Buffer.from('<!doctype html><html><script>alert(1)</script></html>'), 'plan.svg', 'image_type'],
    ['a damaged PNG', png(3, 2).subarray(0, 12), 'plan.png', 'image_corrupt'],
    ['a JPEG without a size', Buffer.from([0xff, 0xd8, 0xff, 0xd9]), 'plan.jpg', 'image_corrupt'],
    ['an SVG declaring entities', Buffer.from('<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg width="1" height="1">&a;</svg>'), 'plan.svg', 'svg_dtd'],
    ['an empty file', Buffer.alloc(0), 'plan.png', 'empty'],
  ])('refuses %s with 400 and leaves nothing behind', async (_name, bytes, filename, rule) => {
    const planId = await buildPlan(t, { width: 50, height: 40 });
    const before = storedFiles();
    const res = await upload(editor, planId, bytes, filename);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'image', rule });
    expect(typeof res.body.error).toBe('string');
    expect(storedFiles()).toEqual(before);
    expect(await planRow(planId)).toEqual({ image_file: null, image_content_type: null, width: 50, height: 40 });
  });

  it('refuses a file over UPLOAD_MAX_BYTES with 400 and leaves nothing behind', async () => {
    const planId = await buildPlan(t);
    const before = storedFiles();
    const big = Buffer.concat([png(20, 20), Buffer.alloc(MAX_BYTES, 7)]);
    const res = await upload(editor, planId, big, 'big.png');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'FILE_TOO_LARGE', field: 'image' });
    expect(storedFiles()).toEqual(before);
    expect((await planRow(planId)).image_file).toBeNull();
  });

  it('replaces the previous image and removes its file', async () => {
    const planId = await buildPlan(t);
    await upload(editor, planId, png(4, 4), 'a.png');
    const first = (await planRow(planId)).image_file;
    await upload(editor, planId, jpeg(10, 20), 'b.jpg');
    const second = await planRow(planId);
    expect(second).toMatchObject({ image_content_type: 'image/jpeg', width: 10, height: 20 });
    expect(storedFiles()).not.toContain(first);
    expect(storedFiles()).toContain(second.image_file);
    expect(storedFiles().some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('answers 404 for an unknown plan and 400 without a file, writing nothing', async () => {
    const before = storedFiles();
    const r1 = await upload(editor, 999999, png(2, 2), 'a.png');
    expect(r1.status).toBe(404);
    expect(r1.body).toMatchObject({ code: 'NOT_FOUND' });
    const r2 = await editor.agent.post(`/floor-plans/${await buildPlan(t)}/image`).set('X-CSRFToken', editor.csrfToken).field('x', '1');
    expect(r2.status).toBe(400);
    expect(r2.body).toMatchObject({ field: 'image', rule: 'required' });
    expect(storedFiles()).toEqual(before);
  });

  it('refuses anonymous callers, non-staff, staff without activos.change_plano and a missing CSRF token', async () => {
    const planId = await buildPlan(t);
    const anon = t.client();
    await anon.bootstrapCsrf();
    const r1 = await upload(anon, planId, png(2, 2), 'a.png');
    expect(r1.status).toBe(401);
    expect(r1.body).toEqual({ error: 'Authentication required', redirect: '/admin/login/' });
    const r2 = await upload(await clientFor(['activos.change_plano'], false), planId, png(2, 2), 'a.png');
    expect(r2.status).toBe(403);
    expect(r2.body).toMatchObject({ required_permission: 'is_staff' });
    const r3 = await upload(await clientFor(['activos.view_plano']), planId, png(2, 2), 'a.png');
    expect(r3.status).toBe(403);
    expect(r3.body).toMatchObject({ required_permission: 'activos.change_plano' });
    const r4 = await editor.agent.post(`/floor-plans/${planId}/image`).attach('image', png(2, 2), 'a.png');
    expect(r4.status).toBe(403);
    expect((await planRow(planId)).image_file).toBeNull();
  });
});

describe('GET /floor-plans/:id/image', () => {
  it('serves only to logged-in staff with activos.view_plano', async () => {
    const planId = await buildPlan(t);
    await upload(editor, planId, png(2, 2), 'a.png');
    const url = `/floor-plans/${planId}/image`;
    const anon = await t.client().agent.get(url);
    expect(anon.status).toBe(401);
    const noView = await (await clientFor(['activos.change_plano'])).agent.get(url);
    expect(noView.status).toBe(403);
    expect(noView.body).toMatchObject({ required_permission: 'activos.view_plano' });
    const viewer = await (await clientFor(['activos.view_plano'])).agent.get(url);
    expect(viewer.status).toBe(200);
  });

  it('answers 404 JSON for a plan without an uploaded image or an unknown plan', async () => {
    const r1 = await editor.agent.get(`/floor-plans/${await buildPlan(t)}/image`);
    expect(r1.status).toBe(404);
    expect(r1.body.code).toBe('NOT_FOUND');
    const r2 = await editor.agent.get('/floor-plans/999999/image');
    expect(r2.status).toBe(404);
    // Beyond the integer range and not a number: 404, never the database's range error.
    for (const id of ['9999999999', '0', 'abc']) {
      const r = await editor.agent.get(`/floor-plans/${id}/image`);
      expect({ id, status: r.status, code: r.body.code }).toEqual({ id, status: 404, code: 'NOT_FOUND' });
    }
  });
});
