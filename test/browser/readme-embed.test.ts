/**
 * The README's "Embedding the widget", followed literally: its tag pasted into a page served on another
 * localhost port, and the service started with each setting the README names — only the two example
 * addresses are replaced by the real ones. Read from README.md itself, so the README cannot drift from
 * what works. A third origin, not named, is refused and named in the service's log.
 */
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, skipBrowserTests } from './_chromium.js';
import { watchProblems } from './_fixture.js';
import { startService } from './_service.js';

const SERVICE = 'https://zcwd.example.gov.cn';
const PORTAL = 'https://www.example.gov.cn';

interface Readme {
  /** `VARIABLE=value` of each `VARIABLE=value npm start` line */
  settings: Array<[string, string]>;
  tag: string;
}

async function readReadme(): Promise<Readme> {
  const text = await readFile('README.md', 'utf8');
  const section = text.slice(text.indexOf('## Embedding the widget'), text.indexOf('\n## ', text.indexOf('## Embedding the widget') + 1));
  const blocks = [...section.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map(([, lang, body]) => ({ lang, body: body!.replace(/^ {3}/gm, '').trim() }));
  const settings = blocks
    .filter((b) => b.lang === 'sh')
    .map((b) => /^([A-Z_]+)=(\S+) npm start$/.exec(b.body))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m): [string, string] => [m[1]!, m[2]!]);
  const tag = blocks.find((b) => b.lang === 'html')?.body ?? '';
  return { settings, tag };
}

/** A portal page with nothing but a heading and the pasted tag, on its own port. */
async function startPortal(html: () => string): Promise<{ origin: string; stop(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    if (req.url === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(html());
    } else if (req.url === '/favicon.ico') {
      // Browsers ask for one; a 404 would be a console error.
      res.writeHead(204).end();
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://localhost:${(server.address() as AddressInfo).port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const page = (tag: string) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>某市人民政府门户网站</title></head>
<body><h1>某市人民政府门户网站</h1><p>政务公开 · 政策文件</p>
${tag}
</body></html>`;

let readme: Readme;
let browser: Browser;
beforeAll(async () => {
  readme = await readReadme();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.skipIf(skipBrowserTests)("the README's embed snippet on a second origin", () => {
  it('names both settings and one tag', () => {
    expect(readme.settings.map(([name]) => name)).toEqual(['SITE_KEYS', 'ALLOWED_ORIGINS']);
    expect(readme.tag).toBe(`<script src="${SERVICE}/widget.js" data-site-key="zj-portal" async></script>`);
  });

  it.each([['SITE_KEYS'], ['ALLOWED_ORIGINS']])('answers on the portal with %s as the README sets it', async (variable) => {
    let serviceOrigin = '';
    const portal = await startPortal(() => page(readme.tag.replaceAll(SERVICE, serviceOrigin)));
    const stranger = await startPortal(() => page(readme.tag.replaceAll(SERVICE, serviceOrigin)));
    const [, value] = readme.settings.find(([name]) => name === variable)!;
    const service = await startService({ env: { [variable]: value.replaceAll(PORTAL, portal.origin), LOG_LEVEL: 'info' } });
    serviceOrigin = service.origin;
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const tab = await context.newPage();
      const problems = watchProblems(tab, { warnings: true });
      await tab.goto(`${portal.origin}/`);
      const w = tab.locator('policy-qa-widget');
      await w.getByRole('button', { name: '政策问答' }).click();
      await w.getByRole('textbox', { name: '输入您的问题' }).fill('到2025年要建多少个5G基站？');
      await w.getByRole('textbox', { name: '输入您的问题' }).press('Enter');
      const answer = w.locator('.log .msg.bot:not(.welcome)');
      await answer.waitFor();
      expect(await answer.locator('.answer-body').textContent()).toBe('到2025年，建成5G基站20万个以上，5G网络建设水平全国领先。[1]');
      expect(problems).toEqual([]);

      // The same tag on an origin the setting does not name: refused, in Chinese, and named in the log.
      await tab.goto(`${stranger.origin}/`);
      await tab.evaluate(() => window.PolicyQA!.ask('到2025年要建多少个5G基站？'));
      expect(await w.locator('.log .msg.error .error-text').textContent()).toBe('本网站未获授权使用政策问答，请联系网站管理员。');
      const warnings = service
        .output()
        .split('\n')
        .filter((line) => line.includes('"level":40'))
        .map((line) => JSON.parse(line) as { origin: string; msg: string });
      expect(warnings.map((w) => w.origin)).toEqual([stranger.origin]);
      expect(warnings[0]!.msg).toBe(`origin not allowed: ${stranger.origin} — add it to ALLOWED_ORIGINS, or to the SITE_KEYS entry of the site key its widget uses`);
      await context.close();
    } finally {
      await service.stop();
      await portal.stop();
      await stranger.stop();
    }
  }, 120_000);
});
