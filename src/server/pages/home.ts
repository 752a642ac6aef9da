/** GET /: what the service is, a streaming chat over /api/ask/stream, example questions, the widget. */
import { html } from 'hono/html';
import type { DocumentMeta } from '../../types.js';
import { page } from './layout.js';

/** What a business owner and a window clerk actually ask; each is answered by the plan. */
export const EXAMPLES = {
  owner: [
    '到2025年要建多少个5G基站？',
    '专精特新“小巨人”企业有哪些培育措施？',
    '中小企业融资方面规划有哪些支持？',
    '企业做数字化改造能得到什么支持？',
  ],
  clerk: ['这份规划的文号和印发日期是什么？', '“415”产业集群指的是什么？', '“未来工厂”要怎么建设？', '规划实施有哪些保障措施？'],
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
    <p class="lead">用自己的话提问，直接从规划原文中找答案。每句回答后面都标有出处编号，点击即可查看原文条款。</p>
    ${source(doc)}
    <p class="muted">规划里没有写到的内容，本服务会如实告诉您，并建议拨打 12345 政务服务热线咨询。</p>
  </section>

  <section class="chat" aria-labelledby="chat-title">
    <h2 id="chat-title">提问</h2>
    <div id="chat-log" class="chat-log" role="log" aria-live="polite" aria-label="问答记录">
      <p class="chat-empty" id="chat-empty">还没有提问。可以在下方输入问题，或点击“可以这样问”中的示例。</p>
    </div>
    <form id="ask-form" class="ask-form" novalidate>
      <label for="question">您的问题</label>
      <textarea id="question" name="question" rows="3" maxlength="500" required aria-describedby="question-hint"></textarea>
      <p id="question-hint" class="hint">最多 500 字。按 Enter 发送，Shift + Enter 换行。</p>
      <div class="form-actions">
        <button type="submit" class="primary" id="ask-button">提问</button>
        <button type="button" class="secondary" id="reset-button">清空对话</button>
      </div>
      <p id="ask-status" class="status" role="status"></p>
    </form>
  </section>

  <aside class="side" aria-labelledby="examples-title">
    <h2 id="examples-title">可以这样问</h2>
    <h3>企业经营者</h3>
    ${exampleList(EXAMPLES.owner)}
    <h3>窗口工作人员</h3>
    ${exampleList(EXAMPLES.clerk)}
    <h2>更多</h2>
    <ul class="links">
      <li><a href="/plan">阅读规划全文（含目录和检索）</a></li>
      <li><a href="/docs">接口文档：在门户网站或办事系统中接入</a></li>
    </ul>
    <p class="muted">右下角的“政策问答”按钮是可以嵌入其他网站的小部件。</p>
  </aside>
</div>`;
  return page({
    title: '政策问答 · 浙江省全球先进制造业基地建设“十四五”规划',
    description: '就《浙江省全球先进制造业基地建设“十四五”规划》提问，回答逐句标注规划原文出处。',
    current: '/',
    main,
    scripts: ['/assets/answer.js', '/assets/chat.js'],
    widget: true,
  });
}
