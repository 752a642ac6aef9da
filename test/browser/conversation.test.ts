/** Copy, feedback, follow-ups with history, refusals with 12345, and retry after a network failure. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBrowserTests } from './_chromium.js';
import { SITE_KEY } from './_host.js';
import { ask, openHostPage, startFixture, type Fixture } from './_fixture.js';

const QUESTION = '到2025年要建多少个5G基站？';

let fixture: Fixture;
beforeAll(async () => {
  fixture = await startFixture();
});
afterAll(async () => {
  await fixture?.stop();
});

describe.skipIf(skipBrowserTests)('a conversation', () => {
  it('copies the answer with its citations, sends 👍 feedback and follows up with history', async () => {
    const { page, errors } = await openHostPage(fixture, {}, { permissions: ['clipboard-read', 'clipboard-write'] });
    const api = fixture.service.origin;
    const w = page.locator('policy-qa-widget');

    // The stream's `done` equals the /api/ask body (contract); the extractive answer is deterministic.
    const done = (await (await fetch(`${api}/api/ask`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ question: QUESTION }),
    })).json()) as { answer: string; citations: Array<{ id: string; quote: string }> };
    await ask(page, QUESTION);
    const [citation] = done.citations;
    expect(citation?.id).toBe('4.5.1');

    await w.getByRole('button', { name: '复制' }).click();
    await expect.poll(() => w.locator('[role="status"]').textContent()).toBe('已复制回答和引用条款。');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${done.answer}\n\n引用条款：\n[1] 四（五）建设一流数字基础设施 ${api}/plan#4.5.1\n“${citation!.quote}”`,
    );

    const feedback = page.waitForResponse((r) => r.url() === `${api}/api/feedback`);
    await w.getByRole('button', { name: '有帮助' }).click();
    const response = await feedback;
    expect(response.status()).toBe(201);
    expect(response.request().headers()['x-site-key']).toBe(SITE_KEY);
    expect(response.request().postDataJSON()).toEqual({ question: QUESTION, answer: done.answer, helpful: true });
    await expect.poll(() => w.locator('[role="status"]').textContent()).toBe('感谢您的反馈！');
    expect(await w.getByRole('button', { name: '有帮助' }).getAttribute('aria-pressed')).toBe('true');

    const followUp = page.waitForRequest((r) => r.url() === `${api}/api/ask/stream`);
    await w.getByRole('textbox', { name: '输入您的问题' }).fill('那宁波呢？');
    await w.getByRole('textbox', { name: '输入您的问题' }).press('Enter');
    expect((await followUp).postDataJSON()).toEqual({
      question: '那宁波呢？',
      history: [
        { role: 'user', content: QUESTION },
        { role: 'assistant', content: done.answer },
      ],
    });
    await w.locator('.log .msg.bot:not(.welcome)').nth(1).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows a refusal in its own style with the 12345 hotline', async () => {
    const { page } = await openHostPage(fixture);
    await ask(page, '明天杭州天气怎么样？');
    const refusal = page.locator('policy-qa-widget .log .msg.refused');
    expect(await refusal.locator('.refused-title').textContent()).toBe('规划中没有找到相关内容');
    expect(await refusal.locator('a[href="tel:12345"]').first().textContent()).toBe('12345');
    const colours = await refusal.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).borderLeftColor]);
    expect(colours).toEqual(['rgb(255, 246, 221)', 'rgb(154, 103, 0)']);
    await page.context().close();
  });

  it('offers 重试 after a network failure, and the retry answers', async () => {
    const { page } = await openHostPage(fixture);
    const w = page.locator('policy-qa-widget');
    await page.context().setOffline(true);
    await ask(page, QUESTION);
    const error = w.locator('.log .msg.error');
    expect(await error.locator('.error-text').textContent()).toBe('网络连接失败，请检查网络后重试。');

    await page.context().setOffline(false);
    await error.getByRole('button', { name: '重试' }).click();
    const answer = w.locator('.log .msg.bot:not(.welcome):not(.error)');
    await answer.waitFor();
    expect(await answer.locator('.text').textContent()).toContain('20万');
    expect(await w.locator('.log .msg.error').count()).toBe(0);
    expect(await w.locator('.log .msg.user').count()).toBe(1);
    await page.context().close();
  });
});
