import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

// Debian's Chromium, driven by playwright-core. Offline machines: every background
// service that would call out is off, so nothing floods refused connections.

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const ARTIFACTS = path.join(__dirname, '..', '..', 'test-artifacts');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A context sized like a landscape tablet, with touch, collecting console errors and CSP violations. */
export async function tabletContext(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 }, hasTouch: true });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  return { context, page, problems };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Logs in through the server's HTML login page (where the app sends anonymous visitors). */
export async function loginThroughPage(page: Page, username: string, password: string): Promise<void> {
  await page.fill('#id_username', username);
  await page.fill('#id_password', password);
  await page.click('button[type=submit]');
  try {
    await page.waitForURL(/\/app\//);
  } catch (err) {
    throw new Error(`login did not reach the app: ${page.url()} ${(await page.textContent('body'))?.slice(0, 500)}`);
  }
}
