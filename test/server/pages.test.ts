import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyText } from '../../src/server/plan-view.js';
import { WIDGET_OPTIONS } from '../../src/widget/options.js';
import { expectSelfContained, makeApp, testEngine, WIDGET, type TestApp } from './_helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await makeApp();
});

describe('GET /', () => {
  it('is a Chinese page with the chat, examples for owners and clerks, and the widget', async () => {
    const res = await t.app.request('/');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="zh-CN">');
    // The widget's button sits in its own box (inline), never floating over the page.
    expect(html).toContain('<script src="/widget.js" data-launcher="inline" async></script>');
    expect(html).toContain('<script src="/assets/chat.js" defer></script>');
    expect(html).toContain('<main id="main" tabindex="-1">');
    expect(html).toContain('<label for="question">您的问题</label>');
    expect(html).toContain('<div id="chat-log" class="chat-log" role="log" aria-live="polite" aria-label="问答记录">');
    expect(html).toContain('<button type="button" class="tool-button" id="large-toggle" aria-pressed="false">大字</button>');
    expect(html).toContain('<button type="button" class="tool-button" id="new-chat">新对话</button>');
    expect(html).toContain('<h3>企业经营者</h3>');
    expect(html).toContain('<h3>窗口工作人员</h3>');
    expect(html).toContain('data-question="到2025年要建多少个5G基站？"');
    expect(html).toContain('浙政发〔2021〕20号');
    await expectSelfContained(t.app, html);
  });

  it('serves the chat script bundled at start-up, and a warning when it was not built', async () => {
    const built = await makeApp({ pageScripts: new Map([['chat.js', 'console.log("chat")']]) });
    const res = await built.app.request('/assets/chat.js');
    expect([res.status, res.headers.get('content-type'), await res.text()]).toEqual([200, 'text/javascript; charset=utf-8', 'console.log("chat")']);
    expect(await (await t.app.request('/assets/chat.js')).text()).toBe("console.warn('[政策问答] /assets/chat.js 尚未构建，问答功能不可用');\n");
  });

  it('still renders before the index is loaded', async () => {
    const { app } = await makeApp({ engine: null });
    expect((await app.request('/')).status).toBe(200);
  });
});

describe('GET /plan', () => {
  it('renders every clause with its id as anchor and a copy button', async () => {
    const html = await (await t.app.request('/plan')).text();
    const { corpus } = (await testEngine()).index;
    for (const clause of corpus.clauses) expect(html, clause.id).toContain(`<div class="clause" id="${clause.id}" tabindex="-1">`);
    expect(html).toContain('<h2 id="part-4">四、加快数字化发展，引领制造业全方位升级</h2>');
    expect(html).toContain('<h3 id="sec-4.5">（五）建设一流数字基础设施</h3>');
    expect(html).toContain('<a href="#sec-4.5">（五）建设一流数字基础设施</a>');
    expect(html).toContain('<form id="search-form" role="search">');
    await expectSelfContained(t.app, html);
  });

  it('copies text + （《规划》四（五））', async () => {
    const clause = (await testEngine()).index.corpus.clauses.find((c) => c.id === '4.5.1')!;
    expect(copyText(clause)).toBe(`${clause.text}（《规划》四（五））`);
    const html = await (await t.app.request('/plan')).text();
    expect(html).toContain(`data-copy="${clause.text}（《规划》四（五））"`);
    const preamble = (await testEngine()).index.corpus.clauses.find((c) => c.id === '0.1')!;
    expect(copyText(preamble)).toBe(`${preamble.text}（《规划》前言）`);
  });

  it('notes the indicator table that the source only has as an image', async () => {
    const html = await (await t.app.request('/plan')).text();
    expect(html).toContain('此处原文为图片“全球先进制造业基地建设关键指标”，本服务无法读取其中的数据，请查阅原文件。');
  });

  it('503 with a Chinese page before the index is loaded', async () => {
    const { app } = await makeApp({ engine: null });
    const res = await app.request('/plan');
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('政策索引正在加载，请稍后刷新本页。');
  });
});

describe('GET /docs, /openapi.json, /widget.js', () => {
  it('shows a portal editor the settings, the tag with this server\'s origin, every option with its default, and the refusal', async () => {
    const html = await (await t.app.request('https://zcwd.example.gov.cn/docs')).text();
    expect(html).toContain('<pre><code>SITE_KEYS=zj-portal=https://www.example.gov.cn</code></pre>');
    expect(html).toContain('<pre><code>ALLOWED_ORIGINS=https://www.example.gov.cn</code></pre>');
    expect(html).toContain('<pre><code>&lt;script src=&quot;https://zcwd.example.gov.cn/widget.js&quot; data-site-key=&quot;zj-portal&quot; async&gt;&lt;/script&gt;</code></pre>');
    for (const option of WIDGET_OPTIONS) expect(html).toContain(`<tr><th scope="row"><code>${option.attribute}</code></th><td>${option.fallback}</td>`);
    expect(html).toContain('小部件在对话中显示“本网站未获授权使用政策问答，请联系网站管理员。”，不会出现“重试”按钮');
    expect(html).toContain("<code>PolicyQA.ask('到2025年要建多少个5G基站？')</code>");
  });

  it('README and docs/ name every widget option and point nowhere outside the repository', () => {
    for (const file of ['README.md', 'docs/widget.md']) {
      const text = readFileSync(file, 'utf8');
      for (const option of WIDGET_OPTIONS) expect(text, `${file} ${option.attribute}`).toContain(`\`${option.attribute}\``);
    }
    for (const file of ['README.md', 'docs/api.md', 'docs/widget.md', 'docs/server.md', 'docs/performance.md']) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/\.\.\/|CONTRACT\.md|\/work\/|\/tmp\//);
    }
  });

  it('serves Swagger UI from this server', async () => {
    const html = await (await t.app.request('/docs')).text();
    expect(html).toContain('<link rel="stylesheet" href="/assets/swagger/swagger-ui.css">');
    expect(html).toContain('<script src="/assets/swagger/swagger-ui-bundle.js" defer></script>');
    await expectSelfContained(t.app, html);
  });

  it('documents every contract route from the zod schemas', async () => {
    const doc = await (await t.app.request('/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(
      ['/api/ask', '/api/ask/stream', '/api/clauses', '/api/clauses/{id}', '/api/feedback', '/api/match', '/api/meta', '/api/search', '/healthz', '/readyz'].sort(),
    );
    const ask = doc.paths['/api/ask'].post.requestBody.content['application/json'].schema;
    expect(ask.properties.question).toMatchObject({ type: 'string', minLength: 1, maxLength: 500 });
    expect(ask.additionalProperties).toBe(false);
    expect(Object.keys(doc.paths['/api/ask'].post.responses).sort()).toEqual(['200', '400', '403', '413', '415', '429', '500', '503']);
    const k = doc.paths['/api/search'].get.parameters.find((p: { name: string }) => p.name === 'k');
    expect(k.schema).toMatchObject({ minimum: 1, maximum: 20, default: 8 });
  });

  it('serves the widget script, loadable from other origins', async () => {
    const res = await t.app.request('/widget.js');
    expect(await res.text()).toBe(WIDGET);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
  });

  it('404 for an asset that is not on the list', async () => {
    expect((await t.app.request('/assets/../../package.json')).status).toBe(404);
    expect((await t.app.request('/assets/swagger/index.html')).status).toBe(404);
  });
});

describe('GET /healthz, /readyz', () => {
  it('healthz is 200 even without an index; readyz is 503 until one is loaded', async () => {
    const { app, holder } = await makeApp({ engine: null });
    expect(await (await app.request('/healthz')).json()).toEqual({ status: 'ok' });
    const notReady = await app.request('/readyz');
    expect(notReady.status).toBe(503);
    expect(notReady.headers.get('retry-after')).toBe('5');
    expect(await notReady.json()).toEqual({ error: { code: 'index_not_ready', message: '政策索引正在加载，请稍后再试' } });
    expect((await app.request('/api/search?q=5G')).status).toBe(503);
    holder.current = await testEngine();
    expect(await (await app.request('/readyz')).json()).toEqual({ status: 'ready' });
    holder.draining = true;
    expect((await app.request('/readyz')).status).toBe(503);
  });
});
