/**
 * The supervisors' loop in Chromium, against the real server: a supervisor signs in, finds a refused
 * everyday question in the conversation log, links it to the clause that answers it, and the next identical
 * question — and a close rewording — is answered from that clause by the same running process. Every admin
 * page fits a phone (390 px) without sideways scrolling. With SCREENSHOTS=1, each page is saved on desktop
 * (1280×800) and phone (390×844) under screenshots/.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, skipBrowserTests } from './_chromium.js';
import { startService, type Service } from './_service.js';

const TOKEN = 'browser-test-admin-token-42';
const EVERYDAY = '老王讲有个啥拜把子，小厂抱大厂大腿';
const REWORDED = '老王说有个拜把子，小厂抱大厂大腿？';
const SHOTS = process.env.SCREENSHOTS === '1' ? 'screenshots' : null;

let service: Service;
let browser: Browser;
beforeAll(async () => {
  service = await startService({ siteKeys: 'test-key=http://127.0.0.1:9', env: { ADMIN_TOKEN: TOKEN } });
  browser = await launchChromium();
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await service?.stop();
});

interface Answer {
  refused: boolean;
  mode: string;
  citations: Array<{ id: string }>;
}

/** A citizen asks through the public API of the same running server. */
async function citizenAsks(question: string): Promise<Answer> {
  const res = await fetch(`${service.origin}/api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question }) });
  return (await res.json()) as Answer;
}

async function signIn(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${service.origin}/admin`);
  expect(new URL(page.url()).pathname).toBe('/admin/login');
  await page.getByLabel('姓名').fill('张三');
  await page.getByLabel('管理口令').fill(TOKEN);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(`${service.origin}/admin`);
  return page;
}

describe.skipIf(skipBrowserTests)('a supervisor corrects a refused question', () => {
  it('links it to a clause in /admin, and the same and a reworded question are then answered from it without a restart', async () => {
    const refused = await citizenAsks(EVERYDAY);
    expect(refused.refused).toBe(true);

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    const page = await signIn(context);
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));

    await page.getByRole('navigation', { name: '管理导航' }).getByRole('link', { name: '对话日志' }).click();
    await page.getByLabel('未能回答').check();
    await page.getByRole('button', { name: '筛选' }).click();
    await page.getByRole('link', { name: EVERYDAY }).click();
    await expect(page.locator('.question-text').textContent()).resolves.toBe(EVERYDAY);

    await page.getByRole('searchbox', { name: '搜索条款' }).fill('大中小企业融通发展');
    await page.getByRole('button', { name: '搜索条款' }).click();
    await page.locator('.clause-choice', { hasText: '5.3.1' }).getByRole('checkbox').check();
    await page.getByRole('button', { name: '保存关联' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('已保存，几秒内生效。');

    const same = await citizenAsks(EVERYDAY);
    const reworded = await citizenAsks(REWORDED);
    expect([same.refused, same.citations[0]?.id]).toEqual([false, '5.3.1']);
    expect([reworded.refused, reworded.citations[0]?.id]).toEqual([false, '5.3.1']);

    await page.getByRole('navigation', { name: '管理导航' }).getByRole('link', { name: '标注' }).click();
    await expect(page.locator('.annotation-item .count').first().textContent()).resolves.toBe('已服务 2 个提问');
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});

describe.skipIf(skipBrowserTests)('every admin page on a phone', () => {
  it('fits 390 px without sideways scrolling (and is saved as a screenshot with SCREENSHOTS=1)', async () => {
    const pages: Array<[string, string]> = [];
    const desktop = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const probe = await signIn(desktop);
    await probe.goto(`${service.origin}/admin/log`);
    const detail = await probe.locator('.log-question a').first().getAttribute('href');
    await probe.goto(`${service.origin}/admin/annotations`);
    const annotation = await probe.locator('.annotation-item a').first().getAttribute('href');
    pages.push(['dashboard', '/admin'], ['log', '/admin/log'], ['log-refused', '/admin/log?refused=1'], ['ask', detail!], ['annotations', '/admin/annotations'], ['annotation', annotation!], ['audit', '/admin/audit']);
    const phonePage = await signIn(phone);
    const login = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const loginPage = await login.newPage();
    await loginPage.goto(`${service.origin}/admin/login`);
    const overflow = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow(loginPage)).toBe(0);
    if (SHOTS) {
      await loginPage.screenshot({ path: `${SHOTS}/admin-login-phone.png`, fullPage: true });
      await probe.context().clearCookies();
      const anon = await desktop.newPage();
      await anon.goto(`${service.origin}/admin/login`);
      await anon.screenshot({ path: `${SHOTS}/admin-login-desktop.png`, fullPage: true });
      await signIn(desktop);
    }
    for (const [name, path] of pages) {
      await phonePage.goto(`${service.origin}${path}`);
      expect(await overflow(phonePage), name).toBe(0);
      if (SHOTS) {
        await phonePage.screenshot({ path: `${SHOTS}/admin-${name}-phone.png`, fullPage: true });
        // A long phone page is also saved in screen-high slices, readable one at a time.
        const height = await phonePage.evaluate(() => document.documentElement.scrollHeight);
        for (let top = 0, n = 1; height > 1800 && top < height; top += 1600, n++) {
          await phonePage.screenshot({ path: `${SHOTS}/admin-${name}-phone-${n}.png`, fullPage: true, clip: { x: 0, y: top, width: 390, height: Math.min(1600, height - top) } });
        }
        const d = desktop.pages().at(-1)!;
        await d.goto(`${service.origin}${path}`);
        await d.screenshot({ path: `${SHOTS}/admin-${name}-desktop.png`, fullPage: true });
      }
    }
    await Promise.all([desktop.close(), phone.close(), login.close()]);
  }, 90_000);
});
