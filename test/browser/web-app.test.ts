import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { setupTestApp, type TestApp } from '../support/app';
import { hasChromium, launchChromium, loginThroughPage, screenshot, tabletContext } from '../support/browser';
import { buildUser } from '../support/factories';
import { buildCatalogueBasics, buildPinAsset, buildPlan, buildViewer } from '../support/floor-plan-factories';
import { listen } from '../support/live-client';
import { ensureWebBuilt } from '../support/web-build';

// The app and the playground in a real browser against the server on loopback.

if (!hasChromium) {
  // eslint-disable-next-line no-console
  console.warn('SKIPPED test/browser: /usr/bin/chromium is not installed (apt-get install -y chromium).');
}
const describeInBrowser = hasChromium ? describe : describe.skip;

const PLAN_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="600" viewBox="0 0 1000 600">
  <rect width="1000" height="600" fill="#f7f7f2"/>
  <rect x="40" y="40" width="920" height="520" fill="none" stroke="#333" stroke-width="6"/>
  <line x1="500" y1="40" x2="500" y2="560" stroke="#333" stroke-width="4"/>
  <text x="270" y="80" font-size="28" font-family="sans-serif">Transformer bay</text>
  <text x="700" y="80" font-size="28" font-family="sans-serif">Control room</text>
</svg>`;

describeInBrowser('the web app in Chromium', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let uploads: string;
  let admin: { id: number; username: string; password: string };
  let viewerId: number;
  let assetId: number;
  let orderId: string;
  let a: { context: BrowserContext; page: Page; problems: string[] };
  let b: { context: BrowserContext; page: Page; problems: string[] };

  beforeAll(async () => {
    ensureWebBuilt();
    uploads = mkdtempSync(path.join(os.tmpdir(), 'cmms-browser-'));
    // The playground's schema docs need introspection (on by default only in development, like the playground).
    t = await setupTestApp({ GRAPHQL_PLAYGROUND: 'true', GRAPHQL_INTROSPECTION: 'true', UPLOAD_DIR: uploads });
    base = await listen(t);
    admin = await buildUser(t, { isStaff: true, isSuperuser: true, firstName: 'Ada', lastName: 'Field' });

    const basics = await buildCatalogueBasics(t, 'transformer');
    await t.sql('update activos_ubicacion set name = $1 where id = $2', ['Substation North', basics.locationId]);
    assetId = await buildPinAsset(t, basics, { name: 'Transformer T1' });
    await buildPinAsset(t, basics, { name: 'Breaker B7' });
    const planId = await buildPlan(t, { name: 'North substation ground floor', width: 1000, height: 600, locationId: basics.locationId });
    viewerId = await buildViewer(t, planId, { name: 'Electrical layout' });
    const c = t.client();
    await c.login(admin.username, admin.password);
    await c.agent.post(`/floor-plans/${planId}/image`).set('X-CSRFToken', c.csrfToken).attach('image', Buffer.from(PLAN_SVG), { filename: 'plan.svg', contentType: 'image/svg+xml' }).expect(200);
    const created = await t.exec(
      `mutation($input: CreateWorkOrderInput!) { createWorkOrder(input: $input) { id code status } }`,
      { as: admin.id, variables: { input: { shortDescription: 'Oil leak on T1', locationId: String(basics.locationId), assetIds: [String(assetId)], technicianId: String(admin.id), priority: 'HIGH' } } },
    );
    expect(created.errors).toBeUndefined();
    orderId = created.data!.createWorkOrder.id;

    browser = await launchChromium();
    a = await tabletContext(browser, base);
    b = await tabletContext(browser, base);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    if (uploads) rmSync(uploads, { recursive: true, force: true });
  });

  it('sends an anonymous visitor to the login page and back to the app after logging in', async () => {
    await a.page.goto('/app/');
    await a.page.waitForURL(/\/admin\/login\/\?next=/);
    await loginThroughPage(a.page, admin.username, admin.password);
    await expectText(a.page, '[data-testid=current-user]', admin.username);
    await b.page.goto('/app/');
    await b.page.waitForURL(/\/admin\/login\//);
    await loginThroughPage(b.page, admin.username, admin.password);
    await expectText(b.page, '[data-testid=current-user]', admin.username);
    // The 401 that sent the anonymous visit to the login page is expected.
    a.problems.length = 0;
    b.problems.length = 0;
  });

  it('searches assets by name', async () => {
    await a.page.click('nav >> text=Assets');
    await a.page.fill('[data-testid=asset-search]', 'transf');
    await waitFor(async () => (await a.page.locator('[data-testid=asset-results] li').count()) === 1);
    await expectText(a.page, '[data-testid=asset-results]', 'Transformer T1');
    await a.page.click('text=Transformer T1');
    await expectText(a.page, 'h1', 'Transformer T1');
    await expectText(a.page, '[data-testid=open-work-orders]', 'Oil leak on T1');
  });

  it('places a pin on the plan that a second browser sees arrive without reloading, then sees it move', async () => {
    await b.page.goto(`/app/viewers/${viewerId}`);
    await expectText(b.page, '[data-testid=pin-count]', '0 pins');
    await a.page.goto(`/app/viewers/${viewerId}`);
    await a.page.waitForSelector('[data-testid=plan] img');
    // Both pages have their subscription open before the pin is placed.
    await expectText(a.page, '[data-testid=live-status]', 'live');
    await expectText(b.page, '[data-testid=live-status]', 'live');

    await a.page.fill('[data-testid=pin-asset-search]', 'Transformer');
    await a.page.click('[data-testid=pin-asset-results] >> text=Transformer T1');
    await a.page.waitForSelector('[data-testid=placing-hint]');
    const plan = a.page.locator('[data-testid=plan]');
    const box = (await plan.boundingBox())!;
    // A quarter across and half down the plan: (250, 300) in plan pixels.
    await plan.tap({ position: { x: box.width / 4, y: box.height / 2 } });
    await expectText(a.page, '[data-testid=pin-count]', '1 pin');
    await expectText(b.page, '[data-testid=pin-count]', '1 pin');
    await b.page.waitForSelector('[data-testid=pin][aria-label="Transformer T1"]');
    await screenshot(a.page, 'viewer-placed-a');
    await screenshot(b.page, 'viewer-placed-b');

    const [row] = await t.sql('select viewer_id, asset_id, x, y from activos_pinplano');
    expect(row).toMatchObject({ viewer_id: viewerId, asset_id: assetId });
    expect(Math.abs(row.x - 250)).toBeLessThan(3);
    expect(Math.abs(row.y - 300)).toBeLessThan(3);

    // Drag it (pointer events, as a finger or mouse would) to three quarters across.
    const pin = a.page.locator('[data-testid=pin]').first();
    const p = (await pin.boundingBox())!;
    await a.page.mouse.move(p.x + p.width / 2, p.y + p.height / 2);
    await a.page.mouse.down();
    await a.page.mouse.move(p.x + p.width / 2 + box.width / 4, p.y + p.height / 2, { steps: 8 });
    await a.page.mouse.move(p.x + p.width / 2 + box.width / 2, p.y + p.height / 2, { steps: 8 });
    await a.page.mouse.up();
    await waitFor(async () => Math.abs(Number((await t.sql('select x from activos_pinplano'))[0].x) - 750) < 3);
    await waitFor(async () => (await b.page.locator('[data-testid=pin]').first().getAttribute('style'))!.includes('left: 75'));
    await screenshot(b.page, 'viewer-moved-b');
    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);
  });

  it('changes a work order status from its page', async () => {
    await a.page.click('nav >> text=Work orders');
    await expectText(a.page, '[data-testid=work-order-list]', 'Oil leak on T1');
    await a.page.click('text=Oil leak on T1');
    // Created with a technician, the order starts SCHEDULED.
    await a.page.click('[data-testid=status-actions] >> text=Mark in progress');
    await expectText(a.page, '[data-testid=history]', 'SCHEDULED → IN_PROGRESS');
    const [row] = await t.sql('select status, version from mantenimiento_ordentrabajo where id = $1', [orderId]);
    expect(row.status).toBe('IN_PROGRESS');
    // Someone else cancels it meanwhile: the page's stale change is refused, and the refusal is shown.
    const other = await t.exec('mutation($id: ID!, $v: Int!) { changeWorkOrderStatus(id: $id, status: CANCELLED, version: $v) { id } }', {
      as: admin.id,
      variables: { id: orderId, v: row.version },
    });
    expect(other.errors).toBeUndefined();
    await a.page.click('[data-testid=status-actions] >> text=Mark cancelled');
    await a.page.waitForSelector('[role=alert]');
    await screenshot(a.page, 'work-order-conflict');
    expect((await t.sql('select status from mantenimiento_ordentrabajo where id = $1', [orderId]))[0].status).toBe('CANCELLED');
  });

  it('runs { me { username } } in the playground with the session', async () => {
    await a.page.goto('/playground');
    await expectText(a.page, '[data-testid=who]', `Logged in as ${admin.username}`);
    const editor = a.page.locator('.graphiql-query-editor .monaco-editor').first();
    const text = async () => (await editor.locator('.view-lines').innerText()).replace(/[\s\u00a0]+/g, ' ').trim();
    // Clear until empty (the editor may still be loading its default tab), then insert the
    // query as one edit (like a paste): typed key by key, auto-closed braces race the keys.
    await waitFor(async () => {
      await editor.click();
      await a.page.keyboard.press('ControlOrMeta+A');
      await a.page.keyboard.press('Delete');
      return (await text()) === '';
    });
    await a.page.keyboard.insertText('{ me { username } }');
    await waitFor(async () => (await text()) === '{ me { username } }');
    await a.page.click('.graphiql-execute-button');
    try {
      await expectText(a.page, '.graphiql-response', `"username": "${admin.username}"`);
    } catch (err) {
      await screenshot(a.page, 'playground-failure');
      throw err;
    }
    await screenshot(a.page, 'playground');
    expect(a.problems.filter((p) => !p.includes('401'))).toEqual([]);
  });
});

async function expectText(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).filter({ hasText: text }).first().waitFor({ state: 'visible' });
}

async function waitFor(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}
