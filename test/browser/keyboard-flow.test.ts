/**
 * The "Done when" walk-through: a portal on another origin with a strict CSP and hostile CSS,
 * keyboard only — open, ask, read the streamed cited answer, open its clause, 查看原文, Esc back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBrowserTests } from './_chromium.js';
import { SITE_KEY } from './_host.js';
import { focusedInWidget, openHostPage, pressUntilFocused, startFixture, type Fixture } from './_fixture.js';

const QUESTION = '到2025年要建多少个5G基站？';

let fixture: Fixture;
beforeAll(async () => {
  fixture = await startFixture();
});
afterAll(async () => {
  await fixture?.stop();
});

describe.skipIf(skipBrowserTests)('keyboard-only conversation on a strict-CSP, hostile-CSS portal', () => {
  it('opens, streams a cited answer, reads the cited clause in place, opens /plan#4.5.1 and returns focus on Esc', async () => {
    const { page, errors } = await openHostPage(fixture);
    const api = fixture.service.origin;
    const widget = page.locator('policy-qa-widget');

    // Open by keyboard: Tab from the top of the page reaches the launcher, Enter opens.
    await pressUntilFocused(page, 'Tab', 'launcher');
    await expect(widget.locator('.launcher').getAttribute('aria-expanded')).resolves.toBe('false');
    await page.keyboard.press('Enter');
    await expect(widget.locator('.launcher').getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(widget.getByRole('dialog', { name: '政策问答' }).isVisible()).resolves.toBe(true);
    expect(await widget.getByRole('dialog').getAttribute('aria-modal')).toBe('false');
    expect(await focusedInWidget(page)).toBe('question');

    // Watch what the live log receives and what the status says, to check "announced once".
    await page.evaluate(() => {
      const root = document.querySelector('policy-qa-widget')!.shadowRoot!;
      const seen = { logAdded: [] as string[], status: [] as string[], streamedHidden: false };
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) seen.logAdded.push((n as Element).className);
      }).observe(root.querySelector('[role="log"]')!, { childList: true });
      new MutationObserver(() => seen.status.push(root.querySelector('[role="status"]')!.textContent ?? '')).observe(
        root.querySelector('[role="status"]')!,
        { childList: true, characterData: true, subtree: true },
      );
      new MutationObserver(() => {
        const bubble = root.querySelector('.stream .streaming');
        if (bubble?.textContent && bubble.closest('[aria-hidden="true"]')) seen.streamedHidden = true;
      }).observe(root.querySelector('.stream')!, { childList: true, characterData: true, subtree: true });
    });

    const streamResponse = page.waitForResponse((r) => r.url() === `${api}/api/ask/stream`);
    await page.keyboard.type(QUESTION);
    await page.keyboard.press('Enter');
    const response = await streamResponse;
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/event-stream/);
    expect(response.request().headers()['x-site-key']).toBe(SITE_KEY);
    expect(response.request().postDataJSON()).toEqual({ question: QUESTION });

    const answer = widget.locator('.log .msg.bot:not(.welcome)');
    await answer.waitFor();
    expect(await answer.locator('.text').textContent()).toContain('20万');
    const seen = await page.evaluate(() => (window as unknown as { __seen: { logAdded: string[]; status: string[]; streamedHidden: boolean } }).__seen);
    expect(seen.logAdded).toEqual(['msg user', 'msg bot']);
    expect(seen.status).toEqual(['正在生成…', '']);
    expect(seen.streamedHidden).toBe(true);

    const cite = answer.locator('button.cite[data-clause="4.5.1"]');
    expect(await cite.getAttribute('aria-label')).toBe('引用[1]：四（五）建设一流数字基础设施，查看条款');
    expect(await cite.getAttribute('aria-haspopup')).toBe('dialog');

    // Back from the input to the citation by keyboard; Enter opens the clause in place, focus on 关闭.
    await page.keyboard.press('Shift+Tab');
    await pressUntilFocused(page, 'Shift+Tab', 'cite');
    await page.keyboard.press('Enter');
    const dialog = widget.getByRole('dialog', { name: '引用[1] 四（五）建设一流数字基础设施' });
    await expect(dialog.isVisible()).resolves.toBe(true);
    expect(await focusedInWidget(page)).toBe('cite-close');
    expect(await dialog.locator('.cite-place').textContent()).toBe('四、加快数字化发展，引领制造业全方位升级 › （五）建设一流数字基础设施 › 条款 4.5.1');
    expect(await dialog.locator('mark').allTextContents()).toEqual(['到2025年，建成5G基站20万个以上，5G网络建设水平全国领先。']);
    expect(await dialog.locator('.cite-clause').textContent()).toMatch(/^构建高速泛在的网络基础设施。/);

    // 查看原文 opens the plan at the clause in a new tab; the chat stays where it was.
    await page.keyboard.press('Tab');
    expect(await focusedInWidget(page)).toBe('cite-open');
    const [plan] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('Enter')]);
    await plan.waitForLoadState();
    expect(plan.url()).toBe(`${api}/plan#4.5.1`);
    expect(await plan.locator('[id="4.5.1"]').count()).toBe(1);
    await plan.close();
    await page.bringToFront();

    // First Esc closes the clause and returns focus to its [1]; the second closes the panel.
    await page.keyboard.press('Escape');
    await expect(dialog.isVisible()).resolves.toBe(false);
    expect(await focusedInWidget(page)).toBe('cite');
    await expect(widget.locator('.panel').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(widget.locator('.panel').isHidden()).resolves.toBe(true);
    expect(await focusedInWidget(page)).toBe('launcher');
    await expect(widget.locator('.launcher').getAttribute('aria-expanded')).resolves.toBe('false');

    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
