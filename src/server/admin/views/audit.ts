/** GET /admin/audit: who signed in, and who changed which annotation, when. */
import { html } from 'hono/html';
import type { AuditRow } from '../../../store/audit.js';
import { adminPage, cut, shownTime, type Html } from '../layout.js';

export const AUDIT_PAGE = 50;

const ACTIONS: Record<string, string> = {
  signin: '登录',
  signin_failed: '登录失败',
  signout: '退出',
  annotation_create: '新建标注',
  annotation_update: '修改标注',
  annotation_delete: '删除标注',
  annotations_import: '导入标注',
};

/** The annotation a row is about, linked while it still exists. */
const target = (r: AuditRow) =>
  !r.target ? '' : r.action === 'annotation_create' || r.action === 'annotation_update' ? html` <a href="/admin/annotations/${encodeURIComponent(r.target)}">${r.target}</a>` : html` <span>${r.target}</span>`;

export function auditPage({ rows, total, page, session }: { rows: AuditRow[]; total: number; page: number; session: { actor: string; csrf: string } }): Html {
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE));
  const main = html`<h1>审计日志</h1>
<p class="muted">每次登录和对标注的每次修改，谁在什么时候做的。共 ${total} 条。</p>
<ol class="audit-list">${rows.map(
  (r) => html`<li class="audit-item">
  <p class="log-meta"><time datetime="${r.at}">${shownTime(r.at)}</time> <strong class="actor">${r.actor}</strong> <span class="badge action-${r.action}">${ACTIONS[r.action] ?? r.action}</span>${target(r)}</p>
  ${r.detail ? html`<p class="detail">${cut(r.detail, 240)}</p>` : ''}
</li>`,
)}</ol>
<nav class="pager" aria-label="翻页">
  ${page > 1 ? html`<a rel="prev" href="/admin/audit?page=${page - 1}">上一页</a>` : ''}
  ${page < pages ? html`<a rel="next" href="/admin/audit?page=${page + 1}">下一页</a>` : ''}
</nav>`;
  return adminPage({ title: '审计日志', current: '/admin/audit', main, session });
}
