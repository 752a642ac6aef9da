/**
 * The widget's conversation on a portal (another origin, strict CSP, hostile CSS), on a desktop
 * (1280×800) and a phone (390×844): lists and quotes, related questions, the conversation kept across a
 * reload until 新对话, the clause panel by keyboard, 没帮助 with a comment, axe clean.
 */
import type { BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBrowserTests } from './_chromium.js';
import { runAxe } from './_axe.js';
import { ask, focusedInWidget, openHostPage, startFixture, type Fixture } from './_fixture.js';

const Q_5G = '到2025年要建多少个5G基站？';
const Q_LIST = '专精特新“小巨人”企业有哪些培育措施？';

const VIEWPORTS: Array<[string, BrowserContextOptions]> = [
  ['desktop', { viewport: { width: 1280, height: 800 } }],
  ['phone', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
];

let fixture: Fixture;
beforeAll(async () => {
  fixture = await startFixture();
});
afterAll(async () => {
  await fixture?.stop();
});

async function apiAnswer(question: string): Promise<{ answer: string; related?: string[]; citations: Array<{ quote: string }> }> {
  const res = await fetch(`${fixture.service.origin}/api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question }) });
  return res.json() as never;
}

describe.skipIf(skipBrowserTests).each(VIEWPORTS)('the widget on a %s', (name, options) => {
  it('renders a list answer as a list, each quote once', async () => {
    const { page, errors } = await openHostPage(fixture, {}, options);
    await ask(page, Q_LIST);
    const bubble = page.locator('policy-qa-widget .log .msg.bot:not(.welcome)');
    expect(await bubble.locator('.answer-body > p').first().textContent()).toBe('规划中与此相关的主要措施有：');
    // One list item per cited measure, numbered as the engine numbers them (at least two: it is a list).
    const api = await apiAnswer(Q_LIST);
    expect(api.citations.length).toBeGreaterThanOrEqual(2);
    expect(await bubble.locator('ol.answer-list .enum').allTextContents()).toEqual(['①', '②', '③', '④', '⑤'].slice(0, api.citations.length));
    await bubble.locator('.sources summary').click();
    expect(await bubble.locator('.source-quote').count()).toBe(0);
    const text = (await bubble.textContent())!;
    for (const { quote } of api.citations) expect(text.split(quote).length - 1).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('asks a related question with the history, and keeps the conversation across a reload until 新对话', async () => {
    const { page, errors } = await openHostPage(fixture, {}, options);
    const w = page.locator('policy-qa-widget');
    const first = await apiAnswer(Q_5G);
    await ask(page, Q_5G);
    const related = w.locator('.related:not([hidden]) .related-q');
    expect(await related.allTextContents()).toEqual(first.related);
    const request = page.waitForRequest((r) => r.url() === `${fixture.service.origin}/api/ask/stream`);
    await related.first().click();
    expect((await request).postDataJSON()).toEqual({
      question: first.related![0],
      history: [
        { role: 'user', content: Q_5G },
        { role: 'assistant', content: first.answer },
      ],
    });
    await page.waitForFunction(() => document.querySelector('policy-qa-widget')!.shadowRoot!.querySelectorAll('.log .msg.bot:not(.welcome)').length === 2);
    expect(await focusedInWidget(page)).toBe('question');

    await page.reload();
    await w.locator('.launcher').waitFor();
    await page.evaluate(() => window.PolicyQA!.open());
    expect(await w.locator('.log .msg.user .text').allTextContents()).toEqual([Q_5G, first.related![0]]);
    expect(await w.locator('.log .msg.bot:not(.welcome)').count()).toBe(2);
    expect(await w.locator('.log .msg.bot:not(.welcome) .answer-body').first().textContent()).toBe(first.answer);
    // The conversation goes on from where it was: the next question carries the restored history.
    const followUp = page.waitForRequest((r) => r.url() === `${fixture.service.origin}/api/ask/stream`);
    void page.evaluate(() => window.PolicyQA!.ask('那宁波呢？'));
    expect(((await followUp).postDataJSON() as { history: unknown[] }).history).toHaveLength(4);
    await page.waitForFunction(() => document.querySelector('policy-qa-widget')!.shadowRoot!.querySelectorAll('.log .msg.bot:not(.welcome)').length === 3);

    await w.getByRole('button', { name: '新对话' }).click();
    expect(await w.locator('.log > *').evaluateAll((els) => els.map((el) => el.className))).toEqual(['msg bot welcome']);
    expect(await w.locator('[role="status"]').textContent()).toBe('已开始新对话。');
    expect(await focusedInWidget(page)).toBe('question');
    await page.reload();
    await w.locator('.launcher').waitFor();
    await page.evaluate(() => window.PolicyQA!.open());
    expect(await w.locator('.log .msg').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens the cited clause with the keyboard and closes it with Esc, focus back on [1]', async () => {
    const { page } = await openHostPage(fixture, {}, options);
    const w = page.locator('policy-qa-widget');
    await ask(page, Q_5G);
    await w.locator('.log button.cite[data-clause="4.5.1"]').focus();
    await page.keyboard.press('Enter');
    const dialog = w.getByRole('dialog', { name: '引用[1] 四（五）建设一流数字基础设施' });
    await dialog.waitFor();
    expect(await focusedInWidget(page)).toBe('cite-close');
    const sheet = (await dialog.boundingBox())!;
    const { width, height } = page.viewportSize()!;
    // Over the widget's window on a desktop; a bottom sheet on a phone.
    if (name === 'desktop') expect([Math.round(sheet.x + sheet.width), Math.round(sheet.y + sheet.height)]).toEqual([width - 20, height - 88]);
    else expect([sheet.x, sheet.width, Math.round(sheet.y + sheet.height)]).toEqual([0, width, height]);
    expect(await dialog.locator('a.cite-open').getAttribute('href')).toBe(`${fixture.service.origin}/plan#4.5.1`);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // (The dialog is hidden before its close event has run; focus is where that leaves it.)
    await expect.poll(() => focusedInWidget(page)).toBe('cite');
    await expect(w.locator('.panel').isVisible()).resolves.toBe(true);
    // The close button works too.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await w.locator('.cite-close').click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => focusedInWidget(page)).toBe('cite');
    await page.context().close();
  });

  it('gives focus back to [1] when a close lands after the clause was opened again', async () => {
    // A closed dialog's close event is a queued task; the browser may run a key or a tap first. Here the
    // clause is closed and opened again before that event runs, then closed with its button.
    const { page } = await openHostPage(fixture, {}, options);
    const w = page.locator('policy-qa-widget');
    await ask(page, Q_5G);
    await w.locator('.log button.cite[data-clause="4.5.1"]').click();
    await w.locator('dialog.cite-dialog[open]').waitFor();
    await page.evaluate(() => {
      const root = document.querySelector('policy-qa-widget')!.shadowRoot!;
      root.querySelector<HTMLDialogElement>('dialog.cite-dialog')!.close();
      root.querySelector<HTMLButtonElement>('.log button.cite[data-clause="4.5.1"]')!.click();
    });
    await w.locator('dialog.cite-dialog[open]').waitFor();
    await w.locator('.cite-close').click();
    await w.locator('dialog.cite-dialog').waitFor({ state: 'hidden' });
    await expect.poll(() => focusedInWidget(page)).toBe('cite');
    await page.context().close();
  });

  it('takes a comment with 没帮助 and sends it with the feedback', async () => {
    const { page } = await openHostPage(fixture, {}, options);
    const w = page.locator('policy-qa-widget');
    const { answer } = await apiAnswer(Q_5G);
    await ask(page, Q_5G);
    await w.getByRole('button', { name: '没帮助' }).click();
    const comment = w.getByRole('textbox', { name: '哪里没有帮助？（选填）' });
    expect(await focusedInWidget(page)).toBe('comment-field');
    await comment.fill('想知道宁波的数字');
    const sent = page.waitForResponse((r) => r.url() === `${fixture.service.origin}/api/feedback`);
    await w.getByRole('button', { name: '提交' }).click();
    const response = await sent;
    expect(response.status()).toBe(201);
    expect(response.request().postDataJSON()).toEqual({ question: Q_5G, answer, helpful: false, comment: '想知道宁波的数字' });
    await expect.poll(() => w.locator('[role="status"]').textContent()).toBe('感谢您的反馈！');
    expect(await w.locator('.comment').isHidden()).toBe(true);
    expect(await focusedInWidget(page)).toBe('action');
    expect(await w.getByRole('button', { name: '没帮助' }).getAttribute('aria-pressed')).toBe('true');
    await page.context().close();
  });

  it('axe finds nothing serious with related questions, the comment box and the clause open', async () => {
    const { page } = await openHostPage(fixture, { css: 'portal' }, options);
    const w = page.locator('policy-qa-widget');
    await ask(page, Q_LIST);
    await w.getByRole('button', { name: '没帮助' }).click();
    expect((await runAxe(page, ['policy-qa-widget'])).blocking).toEqual([]);
    await w.locator('.log button.cite').first().click();
    await w.locator('dialog.cite-dialog[open]').waitFor();
    expect((await runAxe(page, ['policy-qa-widget'])).blocking).toEqual([]);
    await page.context().close();
  });
});
