/**
 * Accessibility: axe-core on the widget closed and open (with a cited answer), phone and 200 % zoom
 * layouts, 44×44 px targets, visible focus, and the 大字 toggle that survives a reload.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from './_axe.js';
import { skipBrowserTests } from './_chromium.js';
import { ask, focusedInWidget, openHostPage, startFixture, type Fixture } from './_fixture.js';

const QUESTION = '到2025年要建多少个5G基站？';

let fixture: Fixture;
beforeAll(async () => {
  fixture = await startFixture();
});
afterAll(async () => {
  await fixture?.stop();
});

/** axe on the widget (host element and its shadow tree). */
const axe = (page: Page) => runAxe(page, ['policy-qa-widget']);

/** Widget controls smaller than 44×44 CSS px (the [n] buttons inside sentences are exempt, as in WCAG 2.5.8). */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('policy-qa-widget')!.shadowRoot!;
    return [...root.querySelectorAll('button:not(.cite), input, textarea, summary, a.cite-open')]
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.width < 44 || box.height < 44))
      .map(({ el, box }) => `${el.className || el.tagName} ${box.width}×${box.height}`);
  });
}

describe.skipIf(skipBrowserTests)('accessibility', () => {
  it('axe finds no serious or critical violations with the panel closed and open', async () => {
    for (const css of ['hostile', 'portal']) {
      const { page } = await openHostPage(fixture, { css });
      const closed = await axe(page);
      expect(closed.blocking).toEqual([]);
      expect(closed.shadowPasses).toBeGreaterThan(0);

      await ask(page, QUESTION);
      await page.locator('policy-qa-widget .sources summary').click();
      const open = await axe(page);
      expect(open.blocking).toEqual([]);
      expect(open.shadowPasses).toBeGreaterThan(closed.shadowPasses);

      await page.locator('policy-qa-widget .log .cite').first().click();
      await page.locator('policy-qa-widget dialog.cite-dialog[open]').waitFor();
      const citation = await axe(page);
      expect(citation.blocking).toEqual([]);
      await page.context().close();
    }
  });

  it('fills a 320×568 phone screen without horizontal scrolling, with 44 px targets', async () => {
    const { page } = await openHostPage(fixture, {}, { viewport: { width: 320, height: 568 }, isMobile: true, hasTouch: true });
    await page.locator('policy-qa-widget .launcher').tap();
    await ask(page, QUESTION);
    await page.locator('policy-qa-widget .sources summary').tap();
    const panel = (await page.locator('policy-qa-widget .panel').boundingBox())!;
    expect(panel).toEqual({ x: 0, y: 0, width: 320, height: 568 });
    expect(await page.locator('policy-qa-widget .launcher').isHidden()).toBe(true);
    const overflow = await page.evaluate(() => {
      const root = document.querySelector('policy-qa-widget')!.shadowRoot!;
      const scroller = root.querySelector('.scroller')!;
      const wide = [...root.querySelectorAll('.panel *')].filter((el) => el.getBoundingClientRect().right > 320.5);
      return {
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        scroller: scroller.scrollWidth - scroller.clientWidth,
        wide: wide.map((el) => el.className),
      };
    });
    expect(overflow).toEqual({ page: 0, scroller: 0, wide: [] });
    expect(await smallTargets(page)).toEqual([]);

    // Full screen hides the page, so the dialog is modal and Tab wraps inside it.
    expect(await page.locator('policy-qa-widget [role="dialog"]').getAttribute('aria-modal')).toBe('true');
    await page.locator('policy-qa-widget .send').focus();
    await page.keyboard.press('Tab');
    expect(await focusedInWidget(page)).toBe('tool new-chat');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedInWidget(page)).toBe('send');
    await page.context().close();
  });

  it('at 200 % zoom (a 1280×720 screen is 640×360 CSS px) the panel fills the window and nothing overflows', async () => {
    const { page } = await openHostPage(fixture, {}, { viewport: { width: 640, height: 360 } });
    await ask(page, QUESTION);
    expect(await page.locator('policy-qa-widget .panel').boundingBox()).toEqual({ x: 0, y: 0, width: 640, height: 360 });
    const inputBox = (await page.locator('policy-qa-widget .question').boundingBox())!;
    expect(inputBox.y + inputBox.height).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.querySelector('policy-qa-widget')!.shadowRoot!.querySelector('.scroller')!.scrollWidth)).toBeLessThanOrEqual(640);
    expect(await smallTargets(page)).toEqual([]);
    await page.context().close();
  });

  it('shows a 3 px focus ring on every control reached by Tab', async () => {
    const { page } = await openHostPage(fixture);
    await ask(page, QUESTION);
    await page.locator('policy-qa-widget .launcher').focus();
    const seen: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.querySelector('policy-qa-widget')!.shadowRoot!.activeElement;
        if (!el || document.activeElement !== document.querySelector('policy-qa-widget')) return null;
        const s = getComputedStyle(el);
        return `${el.className || el.tagName}: ${s.outlineStyle} ${s.outlineWidth}`;
      });
      if (!focused) break;
      seen.push(focused);
    }
    // One to three related questions (as many as the engine offers), each a stop of its own.
    const related = seen.filter((s) => s.startsWith('related-q')).length;
    expect(related).toBeGreaterThanOrEqual(1);
    expect(related).toBeLessThanOrEqual(3);
    expect(seen.filter((s, i) => !(s.startsWith('related-q') && seen[i - 1]?.startsWith('related-q')))).toEqual([
      'tool new-chat: solid 3px',
      'tool large-toggle: solid 3px',
      'tool close: solid 3px',
      'scroller: solid 3px',
      'example: solid 3px',
      'example: solid 3px',
      'example: solid 3px',
      'cite: solid 3px',
      'SUMMARY: solid 3px',
      'action copy: solid 3px',
      'action: solid 3px',
      'action: solid 3px',
      'related-q: solid 3px',
      'question: solid 3px',
      'send: solid 3px',
    ]);
    await page.context().close();
  });

  it('大字 enlarges the text and is remembered after a reload', async () => {
    const { page } = await openHostPage(fixture);
    const w = page.locator('policy-qa-widget');
    const fontSize = () => w.locator('.root').evaluate((el) => getComputedStyle(el).fontSize);
    await page.evaluate(() => window.PolicyQA!.open());
    const toggle = w.getByRole('button', { name: '大字' });
    expect([await toggle.getAttribute('aria-pressed'), await fontSize()]).toEqual(['false', '16px']);
    await toggle.click();
    expect([await toggle.getAttribute('aria-pressed'), await fontSize()]).toEqual(['true', '20px']);

    await page.reload();
    await w.locator('.launcher').waitFor();
    await page.evaluate(() => window.PolicyQA!.open());
    expect([await w.getByRole('button', { name: '大字' }).getAttribute('aria-pressed'), await fontSize()]).toEqual(['true', '20px']);
    await page.context().close();
  });
});
