/**
 * `npm run screenshots`: `/`, the widget on a portal and `/docs`, on a desktop (1280×800) and a phone
 * (390×844), written to screenshots/ (not committed) for a person to look at. Skipped by `npm test`.
 */
import { mkdir } from 'node:fs/promises';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBrowserTests } from './_chromium.js';
import { ask, openHostPage, startFixture, type Fixture } from './_fixture.js';

const DIR = 'screenshots';
const VIEWPORTS: Array<[string, BrowserContextOptions]> = [
  ['desktop', { viewport: { width: 1280, height: 800 } }],
  ['phone', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
];

describe.runIf(process.env.SCREENSHOTS === '1' && !skipBrowserTests)('screenshots', () => {
  let fixture: Fixture;
  beforeAll(async () => {
    await mkdir(DIR, { recursive: true });
    fixture = await startFixture();
  });
  afterAll(async () => {
    await fixture?.stop();
  });

  const shot = (page: Page, name: string) => page.screenshot({ path: `${DIR}/${name}.png` });

  it.each(VIEWPORTS)('/ on a %s', async (name, options) => {
    const page = await (await fixture.browser.newContext(options)).newPage();
    await page.goto(`${fixture.service.origin}/`);
    await page.locator('policy-qa-widget .launcher').waitFor();
    await shot(page, `home-${name}-1-start`);
    await page.locator('#question').fill('中小企业融资方面规划有哪些支持？');
    await page.locator('#question').press('Enter');
    await page.locator('#chat-log .msg.bot').waitFor();
    await shot(page, `home-${name}-2-answer`);
    await page.locator('#chat-log .msg.bot button.cite').first().click();
    await page.locator('dialog.cite-dialog[open]').waitFor();
    await shot(page, `home-${name}-3-clause`);
    await page.keyboard.press('Escape');
    await page.context().setOffline(true);
    await page.locator('#question').fill('到2025年要建多少个5G基站？');
    await page.locator('#question').press('Enter');
    await page.locator('#chat-log .msg.error').waitFor();
    await shot(page, `home-${name}-4-offline`);
    await page.context().close();
  });

  it.each(VIEWPORTS)('the widget on a portal, on a %s', async (name, options) => {
    const { page } = await openHostPage(fixture, { css: 'portal' }, options);
    await shot(page, `widget-${name}-1-closed`);
    await ask(page, '专精特新“小巨人”企业有哪些培育措施？');
    await shot(page, `widget-${name}-2-answer`);
    const w = page.locator('policy-qa-widget');
    await w.locator('.log button.cite').first().click();
    await w.locator('dialog.cite-dialog[open]').waitFor();
    await shot(page, `widget-${name}-3-clause`);
    await page.keyboard.press('Escape');
    await w.getByRole('button', { name: '没帮助' }).click();
    await w.locator('.related').last().scrollIntoViewIfNeeded();
    await shot(page, `widget-${name}-4-comment-related`);
    await page.context().close();
  });

  it.each(VIEWPORTS)('/docs on a %s', async (name, options) => {
    const page = await (await fixture.browser.newContext(options)).newPage();
    await page.goto(`${fixture.service.origin}/docs`);
    await page.locator('.swagger-ui .opblock').first().waitFor();
    await shot(page, `docs-${name}-1-embed`);
    for (const id of ['options', 'reference']) {
      await page.evaluate((i) => document.getElementById(i)!.scrollIntoView({ behavior: 'instant' }), id);
      await shot(page, `docs-${name}-2-${id}`);
    }
    expect(await page.locator('table.options tbody tr').count()).toBe(8);
    await page.context().close();
  });
});
