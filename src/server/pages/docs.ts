/**
 * GET /docs: for a portal editor, how to embed the widget (what the service operator sets, the tag to
 * paste, every option with its default, what a refused site sees); for a developer, the API in a few
 * lines, then Swagger UI over /openapi.json, served from node_modules/swagger-ui-dist (no CDN).
 */
import { html } from 'hono/html';
import { WIDGET_OPTIONS } from '../../widget/options.js';
import { MESSAGES } from '../errors.js';
import { zh } from '../../widget/text.js';
import { page } from './layout.js';

const PORTAL = 'https://www.example.gov.cn';

const code = (text: string, label: string) =>
  html`<div class="code-block"><pre><code>${text}</code></pre><button type="button" class="secondary copy-code" data-copy="${text}" aria-label="复制${label}">复制</button></div>`;

const optionsTable = html`<table class="options">
<caption class="visually-hidden">小部件的 data- 属性</caption>
<thead><tr><th scope="col">属性</th><th scope="col">默认值</th><th scope="col">作用</th></tr></thead>
<tbody>${WIDGET_OPTIONS.map((o) => html`<tr><th scope="row"><code>${o.attribute}</code></th><td>${o.fallback}</td><td>${o.meaning}</td></tr>`)}</tbody>
</table>`;

/** `service`: this server's origin as the browser reached it, so the tag on this page can be pasted as is. */
export function docsPage(service: string) {
  const tag = `<script src="${service}/widget.js" data-site-key="zj-portal" async></script>`;
  return page({
    title: '接入说明和接口文档 · 政策问答',
    description: '在门户网站嵌入政策问答小部件，以及政策问答服务的 HTTP 接口（OpenAPI 3.1）。',
    current: '/docs',
    main: html`<div class="wrap docs">
  <h1>接入说明和接口文档</h1>
  <nav aria-label="本页目录"><ul class="links inline">
    <li><a href="#embed">在网站中嵌入小部件</a></li><li><a href="#options">小部件选项</a></li><li><a href="#api">接口概览</a></li><li><a href="#reference">接口明细</a></li>
  </ul></nav>

  <section aria-labelledby="embed">
  <h2 id="embed">在网站中嵌入小部件</h2>
  <p>以网站 <code>${PORTAL}</code> 为例，两步即可：</p>
  <ol class="steps">
    <li><p><strong>请本服务的运维人员登记您的网站地址</strong>（协议、域名和端口，不带路径），二选一：</p>
      ${code(`SITE_KEYS=zj-portal=${PORTAL}`, '密钥设置')}
      <p>为网站分配密钥 <code>zj-portal</code>，只有该网站能使用这个密钥。多个网站用“|”分隔，如 <code>zj-portal=https://a.gov.cn|https://b.gov.cn</code>；多个密钥用逗号分隔。</p>
      ${code(`ALLOWED_ORIGINS=${PORTAL}`, '来源设置')}
      <p>或者直接允许该网站调用接口（带不带密钥都可以）。两项都不设置时，只有本服务自己的页面可以提问。</p></li>
    <li><p><strong>在网站页面的 <code>&lt;/body&gt;</code> 之前粘贴</strong>：</p>
      ${code(tag, '嵌入代码')}
      <p>页面右下角会出现“政策问答”按钮。若页面设置了内容安全策略（CSP），请在 <code>script-src</code> 和 <code>connect-src</code> 中加入 <code>${service}</code>。</p></li>
  </ol>
  <p><strong>网站未登记时</strong>，小部件在对话中显示“${zh.errors.unauthorized}”，不会出现“重试”按钮；接口返回 403 <code>origin_not_allowed</code>（“${MESSAGES.originNotAllowed}”），服务日志记录一条 warn 级别的“origin not allowed”，写明被拒绝的网站地址。</p>
  </section>

  <section aria-labelledby="options">
  <h2 id="options">小部件选项</h2>
  <p>在 script 标签上添加以下属性，均可省略：</p>
  ${optionsTable}
  <p>页面脚本还可以通过 <code>window.PolicyQA</code> 控制小部件：<code>PolicyQA.open()</code> 打开窗口，<code>PolicyQA.close()</code> 关闭，<code>PolicyQA.ask('到2025年要建多少个5G基站？')</code> 打开并提问（返回的 Promise 在回答显示后完成）。同一页面只会有一个小部件。对话保存在当前标签页（sessionStorage）中，刷新页面不会丢失，点击“新对话”清空；“大字”设置保存在本网站的 localStorage 中。</p>
  </section>

  <section aria-labelledby="api">
  <h2 id="api">接口概览</h2>
  <ul class="api-list">
    <li><code>POST /api/ask</code>：提问，请求体 <code>{"question":"…","history":[…]}</code>，返回回答 <code>answer</code>（每句以 <code>[n]</code> 标注出处）、引用条款 <code>citations</code>、是否拒答 <code>refused</code>、相关问题 <code>related</code>。</li>
    <li><code>POST /api/ask/stream</code>：同一问题的流式版本（text/event-stream：citations、delta、done 或 error 事件）。</li>
    <li><code>GET /api/search?q=…</code>：在规划中检索条款；<code>GET /api/clauses</code>、<code>GET /api/clauses/{id}</code>：目录和单个条款；<code>GET /api/meta</code>：文件信息。</li>
    <li><code>POST /api/match</code>：按企业情况匹配适用措施；<code>POST /api/feedback</code>：对回答的评价。</li>
  </ul>
  <p>错误响应统一为 <code>{"error":{"code","message","field"}}</code>，其中 <code>message</code> 为中文。提问（ask、match）按客户端地址限流，默认每分钟 60 次，超出时返回 429 和 <code>Retry-After</code>（秒）；检索、条款等阅读接口另计，额度为提问的 10 倍。页面和静态文件不限流。</p>
  </section>

  <section aria-labelledby="reference">
  <h2 id="reference">接口明细</h2>
  <p>以下内容由服务的校验规则自动生成（<a href="/openapi.json">/openapi.json</a>），可在线试用。</p>
  <div id="swagger-ui" class="swagger-host"><p class="muted">正在加载接口文档……</p></div>
  </section>
  <p id="copy-status" class="visually-hidden" role="status"></p>
</div>`,
    styles: ['/assets/swagger/swagger-ui.css'],
    scripts: ['/assets/swagger/swagger-ui-bundle.js', '/assets/docs.js'],
  });
}
