/**
 * The chat on `/`, as a citizen uses it on a desktop (1280×800) and a phone (390×844): the question box on
 * the first screen, a long answer shown from its start as a list, the cited clause read in place, copy,
 * 大字, 新对话, the conversation kept across a reload, related questions, Chinese errors with 重试 and the
 * wait on 429, the widget's button never over the page, axe clean.
 *
 * The service believes X-Forwarded-For from 127.0.0.1 (TRUSTED_PROXIES), so each browser context is its own
 * client with its own budget of RATE_LIMIT_PER_MINUTE questions.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from './_axe.js';
import { launchChromium, skipBrowserTests } from './_chromium.js';
import { watchProblems } from './_fixture.js';
import { startService, type Service } from './_service.js';

const Q_5G = '到2025年要建多少个5G基站？';
const Q_LIST = '中小企业融资方面规划有哪些支持？';
const PER_MINUTE = 20;

const VIEWPORTS: Array<[string, BrowserContextOptions]> = [
  ['desktop', { viewport: { width: 1280, height: 800 } }],
  ['phone', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
];

let service: Service;
let browser: Browser;
let clients = 0;
beforeAll(async () => {
  service = await startService({ env: { RATE_LIMIT_PER_MINUTE: String(PER_MINUTE), TRUSTED_PROXIES: '127.0.0.1/32' } });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await service?.stop();
});

const nextClient = () => `198.51.100.${(clients += 1)}`;

interface Home {
  page: Page;
  client: string;
  /** console warnings and errors, and page errors */
  problems: string[];
}

async function openHome(options: BrowserContextOptions, extra: BrowserContextOptions = {}): Promise<Home> {
  const client = nextClient();
  const context = await browser.newContext({ ...options, ...extra, extraHTTPHeaders: { 'X-Forwarded-For': client } });
  const page = await context.newPage();
  const problems = watchProblems(page, { warnings: true });
  await page.goto(`${service.origin}/`);
  await page.locator('policy-qa-widget .launcher').waitFor();
  return { page, client, problems };
}

/** Types the question, presses Enter, waits for the answer (or error) bubble. */
async function askOnPage(page: Page, question: string): Promise<void> {
  const before = await page.locator('#chat-log .msg.bot').count();
  await page.locator('#question').fill(question);
  await page.locator('#question').press('Enter');
  await page.waitForFunction((n) => document.querySelectorAll('#chat-log .msg.bot').length > n, before);
}

async function apiAnswer(question: string): Promise<{ answer: string; citations: Array<{ id: string; quote: string; label: string }>; related?: string[] }> {
  const res = await fetch(`${service.origin}/api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question }) });
  return res.json() as never;
}

const box = async (page: Page, selector: string) => (await page.locator(selector).last().boundingBox())!;
const height = (page: Page) => page.viewportSize()!.height;

/** Page elements with text or a control whose box intersects the widget's button (its own box and ancestors excepted). */
function coveredByLauncher(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const host = document.querySelector('policy-qa-widget')!;
    const launcher = host.shadowRoot!.querySelector('.launcher')!.getBoundingClientRect();
    const hit = (r: DOMRect) => r.width > 0 && r.left < launcher.right && r.right > launcher.left && r.top < launcher.bottom && r.bottom > launcher.top;
    return [...document.querySelectorAll('main p, main a, main button, main h2, main h3, main li, main textarea, main label, footer p')]
      .filter((el) => !el.contains(host) && hit(el.getBoundingClientRect()))
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} ${el.textContent?.slice(0, 20)}`);
  });
}

describe.skipIf(skipBrowserTests).each(VIEWPORTS)('/ on a %s', (name, options) => {
  it('has the question box on the first screen, the widget button in its own box at every scroll position, and no console warning', async () => {
    const { page, problems } = await openHome(options);
    const input = await box(page, '#question');
    expect(input.y + input.height).toBeLessThanOrEqual(height(page));
    expect(await page.evaluate(() => {
      const el = document.getElementById('question')!.getBoundingClientRect();
      return document.elementFromPoint(el.x + el.width / 2, el.y + el.height / 2)?.id;
    })).toBe('question');

    const placement = await page.evaluate(() => {
      const host = document.querySelector('policy-qa-widget')!;
      const launcher = host.shadowRoot!.querySelector('.launcher')!;
      return [host.parentElement!.className, getComputedStyle(host).position, getComputedStyle(launcher).position];
    });
    expect(placement).toEqual(['widget-demo', 'relative', 'static']);
    const maxScroll = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    for (const y of [0, Math.round(maxScroll / 2), maxScroll]) {
      await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
      expect(await coveredByLauncher(page), `scrolled to ${y}`).toEqual([]);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('shows a list answer from its start, as a list without the plan\'s own numbers, and each quote once', async () => {
    const { page, problems } = await openHome(options);
    await askOnPage(page, Q_LIST);
    const question = await box(page, '#chat-log .msg.user');
    const answer = await box(page, '#chat-log .msg.bot');
    expect(question.y).toBeGreaterThanOrEqual(0);
    expect(answer.y).toBeGreaterThan(question.y);
    expect(answer.y).toBeLessThan(height(page) / 2);
    const input = await box(page, '#question');
    expect(input.y + input.height).toBeLessThanOrEqual(height(page));

    // As many items as the answer has measures (never padded to five), each with its own enumerator.
    const { citations } = await apiAnswer(Q_LIST);
    const n = citations.length;
    expect(n).toBeGreaterThanOrEqual(3);
    const bubble = page.locator('#chat-log .msg.bot').last();
    expect(await bubble.locator('ol.answer-list > li').count()).toBe(n);
    expect(await bubble.locator('ol.answer-list .enum').allTextContents()).toEqual(['①', '②', '③', '④', '⑤'].slice(0, n));
    expect(await bubble.locator('ol.answer-list .enum[aria-hidden="true"]').count()).toBe(n);
    for (const item of await bubble.locator('ol.answer-list .item').allTextContents()) expect(item).not.toMatch(/^\s*(\d{1,2}[.．、]|[（(][一二三四五六七八九十]+[）)])/);

    // The answer is its quotes: opening 引用条款 must not print them a second time.
    await bubble.locator('.sources summary').click();
    expect(await bubble.locator('.source-quote').count()).toBe(0);
    const text = (await bubble.textContent())!;
    for (const c of citations) expect(text.split(c.quote).length - 1, c.id).toBe(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('copies, enlarges, and keeps the conversation across a reload until 新对话', async () => {
    const { page } = await openHome(options, { permissions: ['clipboard-read', 'clipboard-write'] });
    const expected = await apiAnswer(Q_5G);
    await askOnPage(page, Q_5G);
    const bubble = page.locator('#chat-log .msg.bot').last();

    await bubble.getByRole('button', { name: '复制' }).click();
    await expect.poll(() => page.locator('#ask-status').textContent()).toBe('已复制回答和引用条款。');
    const [c] = expected.citations;
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${expected.answer}\n\n引用条款：\n[1] ${c!.label} ${service.origin}/plan#4.5.1\n“${c!.quote}”`,
    );

    const fontSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    await page.getByRole('button', { name: '大字' }).click();
    expect([await page.getByRole('button', { name: '大字' }).getAttribute('aria-pressed'), await fontSize()]).toEqual(['true', '20px']);

    await page.reload();
    await page.locator('#chat-log .msg.bot').waitFor();
    expect(await page.locator('#chat-log .msg.user .text').allTextContents()).toEqual([Q_5G]);
    expect(await page.locator('#chat-log .msg.bot .answer-body').textContent()).toBe(expected.answer);
    expect(await page.locator('#chat-log .chat-empty').count()).toBe(0);
    expect([await page.getByRole('button', { name: '大字' }).getAttribute('aria-pressed'), await fontSize()]).toEqual(['true', '20px']);

    await page.getByRole('button', { name: '新对话' }).click();
    expect(await page.locator('#chat-log > *').evaluateAll((els) => els.map((el) => el.className))).toEqual(['chat-empty']);
    expect(await page.locator('#ask-status').textContent()).toBe('已开始新对话。');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('question');
    expect(await page.evaluate(() => sessionStorage.getItem('zhengce:conversation'))).toBeNull();
    await page.reload();
    await page.locator('#chat-empty').waitFor();
    expect(await page.locator('#chat-log .msg').count()).toBe(0);
    await page.context().close();
  });

  it('asks a related question as a follow-up, with the conversation so far', async () => {
    const { page } = await openHome(options);
    const first = await apiAnswer(Q_5G);
    await askOnPage(page, Q_5G);
    const related = page.locator('#chat-log .related:not([hidden]) .related-q');
    expect(await related.allTextContents()).toEqual(first.related);
    const next = first.related![0]!;
    const request = page.waitForRequest((r) => r.url() === `${service.origin}/api/ask/stream`);
    await related.first().click();
    expect((await request).postDataJSON()).toEqual({
      question: next,
      history: [
        { role: 'user', content: Q_5G },
        { role: 'assistant', content: first.answer },
      ],
    });
    await page.waitForFunction(() => document.querySelectorAll('#chat-log .msg.bot').length === 2);
    expect(await page.locator('#chat-log .msg.user .text').allTextContents()).toEqual([Q_5G, next]);
    // Related questions belong to the latest answer only.
    expect(await page.locator('#chat-log .msg.bot').first().locator('.related').isHidden()).toBe(true);
    await page.context().close();
  });

  it('opens the cited clause in a panel and closes it with the keyboard, focus back on [1]', async () => {
    const { page } = await openHome(options);
    await askOnPage(page, Q_5G);
    const cite = page.locator('#chat-log .msg.bot button.cite[data-clause="4.5.1"]');
    await cite.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '引用[1] 四（五）建设一流数字基础设施' });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('cite-close');
    expect(await dialog.locator('.cite-place').textContent()).toBe('四、加快数字化发展，引领制造业全方位升级 › （五）建设一流数字基础设施 › 条款 4.5.1');
    expect(await dialog.locator('mark').allTextContents()).toEqual(['到2025年，建成5G基站20万个以上，5G网络建设水平全国领先。']);
    const sheet = (await dialog.boundingBox())!;
    const { width, height: h } = page.viewportSize()!;
    // A side panel on a desktop, a bottom sheet on a phone; either way the chat stays where it was.
    if (name === 'desktop') expect([sheet.x + sheet.width, sheet.width, sheet.height]).toEqual([width, 480, h]);
    else expect([sheet.x, sheet.width, Math.round(sheet.y + sheet.height)]).toEqual([0, width, h]);

    await page.keyboard.press('Tab');
    const open = dialog.getByRole('link', { name: /^查看原文\s?（在新标签页打开规划全文）$/ });
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('cite-open');
    expect([await open.getAttribute('href'), await open.getAttribute('target')]).toEqual([`${service.origin}/plan#4.5.1`, '_blank']);
    const [plan] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('Enter')]);
    await plan.waitForLoadState();
    expect(plan.url()).toBe(`${service.origin}/plan#4.5.1`);
    await plan.close();
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.clause)).toBe('4.5.1');
    expect(page.url()).toBe(`${service.origin}/`);
    await page.context().close();
  });

  it('says a network failure in Chinese, keeps the typed question and answers on 重试', async () => {
    const { page } = await openHome(options);
    await page.context().setOffline(true);
    await askOnPage(page, Q_5G);
    const error = page.locator('#chat-log .msg.error');
    expect(await error.locator('.error-text').textContent()).toBe('网络连接失败，请检查网络后重试。');
    expect(await page.locator('#question').inputValue()).toBe(Q_5G);
    expect(await page.locator('main').textContent()).not.toContain('Failed to fetch');

    await page.context().setOffline(false);
    await error.getByRole('button', { name: '重试' }).click();
    await page.locator('#chat-log .msg.bot:not(.error)').waitFor();
    expect(await page.locator('#chat-log .msg.bot .answer-body').textContent()).toContain('建成5G基站20万个以上');
    expect(await page.locator('#chat-log .msg.error').count()).toBe(0);
    expect(await page.locator('#question').inputValue()).toBe('');
    await page.context().close();
  });

  it('says how long to wait after too many questions, and keeps the question', async () => {
    const { page, client } = await openHome(options);
    for (let i = 0; i < PER_MINUTE; i += 1) {
      const res = await fetch(`${service.origin}/api/ask`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': client },
        body: JSON.stringify({ question: Q_5G }),
      });
      expect(res.status).toBe(200);
    }
    const limited = page.waitForResponse((r) => r.url() === `${service.origin}/api/ask/stream`);
    await askOnPage(page, Q_5G);
    const response = await limited;
    expect(response.status()).toBe(429);
    const wait = Number(response.headers()['retry-after']);
    expect(wait).toBeGreaterThan(0);
    const error = page.locator('#chat-log .msg.error');
    expect(await error.locator('.error-text').textContent()).toBe(`提问过于频繁，请${wait}秒后再试。`);
    expect(await error.getByRole('button', { name: '重试' }).count()).toBe(1);
    expect(await page.locator('#question').inputValue()).toBe(Q_5G);
    // Reading the plan is another budget: /plan's search still works for this client.
    expect((await page.request.get(`${service.origin}/api/search?q=5G`)).status()).toBe(200);
    await page.context().close();
  });

  it('axe finds no serious or critical violation with an answer and with the clause panel open', async () => {
    const { page } = await openHome(options);
    expect((await runAxe(page)).blocking).toEqual([]);
    await askOnPage(page, Q_LIST);
    await page.locator('#chat-log .msg.bot .sources summary').click();
    await page.getByRole('button', { name: '没帮助' }).click();
    expect((await runAxe(page)).blocking).toEqual([]);
    await page.locator('#chat-log .msg.bot button.cite').first().click();
    await page.locator('dialog.cite-dialog[open]').waitFor();
    expect((await runAxe(page)).blocking).toEqual([]);
    await page.context().close();
  });
});
