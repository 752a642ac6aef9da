/** GET /admin/login: the supervisor's name (for the audit log) and the shared token. */
import { html } from 'hono/html';
import { NAME_MAX } from '../auth.js';
import { adminPage } from '../layout.js';

export function loginPage({ token, error = null, name = '' }: { token: string; error?: string | null; name?: string }) {
  return adminPage({
    title: '登录',
    current: null,
    main: html`<section class="signin" aria-labelledby="signin-title">
  <h1 id="signin-title">管理登录</h1>
  <p class="muted">供服务大厅的督导人员查看对话日志、纠正回答。你填写的姓名会记入审计日志。</p>
  ${error ? html`<p class="notice error" role="alert">${error}</p>` : ''}
  <form method="post" action="/admin/login" class="stack">
    <input type="hidden" name="_signin" value="${token}">
    <div class="field">
      <label for="name">姓名</label>
      <input id="name" name="name" autocomplete="name" required maxlength="${NAME_MAX}" value="${name}">
    </div>
    <div class="field">
      <label for="token">管理口令</label>
      <input id="token" name="token" type="password" autocomplete="current-password" required>
    </div>
    <button type="submit" class="primary">登录</button>
  </form>
</section>`,
  });
}
