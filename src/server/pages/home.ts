/**
 * GET /: the chat. Phone first: a two-line introduction, then the conversation with its tools (大字,
 * 新对话) and the question box, which stays at the bottom of the window while the conversation scrolls;
 * example questions, the widget and the plan's facts come after it. The chat itself is
 * src/chat/main.ts, bundled to /assets/chat.js; the widget's button sits in its own box (inline), so it
 * never floats over the page.
 */
import { html } from 'hono/html';
import type { DocumentMeta } from '../../types.js';
import { page } from './layout.js';

/** What a business owner and a window clerk actually ask; each is answered by the plan. */
export const EXAMPLES = {
  owner: [
    '到2025年要建多少个5G基站？',
    '专精特新“小巨人”企业有哪些培育措施？',
    '中小企业融资方面规划有哪些支持？',
    '企业数字化改造有哪些支持措施？',
  ],
  clerk: ['这份规划的文号和印发日期是什么？', '“415”产业集群指的是什么？', '“未来工厂”怎么建设？', '规划实施有哪些保障措施？'],
} as const;

const exampleList = (questions: readonly string[]) =>
  html`<ul class="examples">${questions.map((q) => html`<li><button type="button" class="example" data-question="${q}">${q}</button></li>`)}</ul>`;

function source(doc: DocumentMeta | undefined) {
  if (!doc) return html`<p>《浙江省全球先进制造业基地建设“十四五”规划》</p>`;
  const facts = [doc.issuer, doc.documentNumber, doc.signedDate ? `${doc.signedDate}印发` : null, doc.period ? `规划期 ${doc.period}` : null].filter(Boolean);
  return html`<p>《${doc.title}》<span class="muted">（${facts.join('，')}）</span></p>`;
}

export function homePage(doc: DocumentMeta | undefined) {
  const main = html`
<div class="wrap home">
  <section class="intro" aria-labelledby="intro-title">
    <h1 id="intro-title">政策问答</h1>
    <p class="lead">就《浙江省全球先进制造业基地建设“十四五”规划》用自己的话提问，每句回答都标有规划原文出处。</p>
  </section>

  <section class="chat" aria-labelledby="chat-title">
    <div class="chat-head">
      <h2 id="chat-title">问答</h2>
      <div class="chat-tools">
        <button type="button" class="tool-button" id="large-toggle" aria-pressed="false">大字</button>
        <button type="button" class="tool-button" id="new-chat">新对话</button>
      </div>
    </div>
    <div id="chat-log" class="chat-log" role="log" aria-live="polite" aria-label="问答记录">
      <p class="chat-empty" id="chat-empty">还没有提问。请在下方输入问题，或点击“可以这样问”中的示例。</p>
    </div>
    <div id="chat-stream" class="chat-stream" aria-hidden="true"></div>
    <form id="ask-form" class="ask-form" novalidate>
      <label for="question">您的问题</label>
      <div class="ask-row">
        <textarea id="question" name="question" rows="2" maxlength="500" required aria-describedby="question-hint"></textarea>
        <button type="submit" class="primary" id="ask-button">提问</button>
      </div>
      <p id="question-hint" class="hint">最多 500 字。按 Enter 发送，Shift + Enter 换行。</p>
      <p id="ask-status" class="status" role="status"></p>
    </form>
  </section>

  <aside class="side" aria-labelledby="examples-title">
    <h2 id="examples-title">可以这样问</h2>
    <h3>企业经营者</h3>
    ${exampleList(EXAMPLES.owner)}
    <h3>窗口工作人员</h3>
    ${exampleList(EXAMPLES.clerk)}
    <section class="widget-demo" aria-labelledby="widget-demo-title">
      <h2 id="widget-demo-title">网站小部件</h2>
      <p>门户网站加一行代码，就能嵌入同样的问答窗口（<a href="/docs#embed">接入说明</a>）。点击试用：</p>
      <script src="/widget.js" data-launcher="inline" async></script>
    </section>
    <h2>更多</h2>
    <ul class="links">
      <li><a href="/plan">阅读规划全文（含目录和检索）</a></li>
      <li><a href="/match">哪些政策适用于我</a></li>
      <li><a href="/docs">接口文档和小部件接入说明</a></li>
    </ul>
    <h2>关于本服务</h2>
    ${source(doc)}
    <p class="muted">规划里没有写到的内容，本服务会如实告诉您，并建议拨打 12345 政务服务便民热线咨询。</p>
  </aside>
</div>`;
  return page({
    title: '政策问答 · 浙江省全球先进制造业基地建设“十四五”规划',
    description: '就《浙江省全球先进制造业基地建设“十四五”规划》提问，回答逐句标注规划原文出处。',
    current: '/',
    main,
    scripts: ['/assets/chat.js'],
  });
}
