/** GET /docs: Swagger UI over /openapi.json, served from node_modules/swagger-ui-dist (no CDN). */
import { html } from 'hono/html';
import { page } from './layout.js';

export function docsPage() {
  return page({
    title: '接口文档 · 政策问答',
    description: '政策问答服务的 HTTP 接口（OpenAPI 3.1），可在线试用。',
    current: '/docs',
    main: html`<div class="wrap docs">
  <h1>接口文档</h1>
  <p>以下接口说明由服务的校验规则自动生成（<a href="/openapi.json">/openapi.json</a>）。错误响应统一为 <code>{"error":{"code","message","field"}}</code>，其中 <code>message</code> 为中文。</p>
  <div id="swagger-ui" class="swagger-host"><p class="muted">正在加载接口文档……</p></div>
</div>`,
    styles: ['/assets/swagger/swagger-ui.css'],
    scripts: ['/assets/swagger/swagger-ui-bundle.js', '/assets/docs.js'],
  });
}
