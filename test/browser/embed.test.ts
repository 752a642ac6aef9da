/** Installing with one tag: isolation from a hostile host, one widget per page, data- options. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBrowserTests } from './_chromium.js';
import { contrastRatio, ensureContrast, parseColor, toHex } from '../../src/widget/color.js';
import { PRIMARY_BACKGROUNDS } from '../../src/widget/palette.js';
import { focusedInWidget, openHostPage, startFixture, type Fixture } from './_fixture.js';

let fixture: Fixture;
beforeAll(async () => {
  fixture = await startFixture();
});
afterAll(async () => {
  await fixture?.stop();
});

const HOST_PROPS = ['display', 'font-size', 'color', 'background-color', 'border-top-style', 'letter-spacing', 'width', 'height'];

describe.skipIf(skipBrowserTests)('embedding on a portal', () => {
  it('keeps its own look under hostile host CSS and a strict CSP, and leaves the host untouched', async () => {
    const { page, errors } = await openHostPage(fixture);
    const launcher = page.locator('policy-qa-widget .launcher');
    const style = await launcher.evaluate((el) => {
      const s = getComputedStyle(el);
      const host = getComputedStyle(document.querySelector('policy-qa-widget')!);
      return { font: s.fontSize, bg: s.backgroundColor, color: s.color, hostDisplay: host.display, hostOpacity: host.opacity, hostTransform: host.transform };
    });
    expect(style).toEqual({ font: '16px', bg: 'rgb(11, 92, 173)', color: 'rgb(255, 255, 255)', hostDisplay: 'block', hostOpacity: '1', hostTransform: 'none' });
    const box = (await launcher.boundingBox())!;
    expect(box.x + box.width).toBeCloseTo(1280 - 20, 0);
    expect(box.y + box.height).toBeCloseTo(720 - 20, 0);
    expect(box.height).toBeGreaterThanOrEqual(44);

    await launcher.click();
    await expect(page.locator('policy-qa-widget [role="dialog"]').isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
    expect(errors).toEqual([]);

    // The same page without the tag: every host element computes the same styles.
    const hostStyles = (p: typeof page) =>
      p.evaluate((props) => ['body', 'h1', '#host-text', '#host-button', '#host-link'].map((sel) => {
        const s = getComputedStyle(document.querySelector(sel)!);
        return props.map((prop) => s.getPropertyValue(prop));
      }), HOST_PROPS);
    const withWidget = await hostStyles(page);
    const bare = await page.context().newPage();
    await bare.goto(fixture.hostUrl({ tags: '0' }));
    expect(await hostStyles(bare)).toEqual(withWidget);
    await page.context().close();
  });

  it('loaded twice still makes one widget and one window.PolicyQA', async () => {
    const { page, errors } = await openHostPage(fixture, { tags: '2' });
    await page.waitForLoadState('load');
    expect(await page.locator('script[src$="/widget.js"]').count()).toBe(2);
    expect(await page.evaluate(() => document.querySelectorAll('policy-qa-widget').length)).toBe(1);
    expect(await page.locator('policy-qa-widget .launcher').count()).toBe(1);
    expect(await page.evaluate(() => Object.keys(window.PolicyQA!))).toEqual(['open', 'close', 'ask']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('stays closed on load unless data-open is set, and then does not steal focus', async () => {
    const closed = await openHostPage(fixture);
    expect(await closed.page.locator('policy-qa-widget .panel').isHidden()).toBe(true);
    await closed.page.context().close();

    const { page } = await openHostPage(fixture, { 'data-open': 'true' });
    expect(await page.locator('policy-qa-widget .panel').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    expect(await focusedInWidget(page)).toBe('');
    await page.context().close();
  });

  it('applies title, welcome text, examples and position from data- attributes', async () => {
    const { page } = await openHostPage(fixture, {
      'data-title': '规划小助手',
      'data-welcome': '欢迎咨询制造业规划。',
      'data-examples': '问题一？|问题二？',
      'data-position': 'left',
    });
    const w = page.locator('policy-qa-widget');
    expect(await w.locator('.launcher').textContent()).toBe('规划小助手');
    expect((await w.locator('.launcher').boundingBox())!.x).toBeCloseTo(20, 0);
    await page.evaluate(() => window.PolicyQA!.open());
    await expect(w.getByRole('dialog', { name: '规划小助手' }).isVisible()).resolves.toBe(true);
    expect(await w.locator('.welcome > .text').textContent()).toBe('欢迎咨询制造业规划。');
    expect(await w.locator('.welcome .example').allTextContents()).toEqual(['问题一？', '问题二？']);
    await page.context().close();
  });

  it('darkens a configured colour that fails 4.5:1 until it passes', async () => {
    const { color, adjusted } = ensureContrast(parseColor('#ffcc00')!, PRIMARY_BACKGROUNDS);
    expect(adjusted).toBe(true);
    expect(toHex(color)).toBe('#846900');
    for (const bg of PRIMARY_BACKGROUNDS) expect(contrastRatio(color, bg)).toBeGreaterThanOrEqual(4.5);

    const { page, errors } = await openHostPage(fixture, { 'data-color': '#ffcc00' });
    const bg = await page.locator('policy-qa-widget .launcher').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).toBe('rgb(132, 105, 0)');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
