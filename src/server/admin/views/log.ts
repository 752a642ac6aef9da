/** GET /admin/log: the conversation log with filters (refused, 没帮助, weak evidence, dates, text), paging and CSV export. */
import { html } from 'hono/html';
import { WEAK_EVIDENCE, type LogFilter, type LogRow } from '../../../store/log.js';
import { MODES, REASONS } from '../../reasons.js';
import { adminPage, cut, shownTime, type Html } from '../layout.js';

export const PAGE_SIZE = 30;

/** The filter as a query string (for paging and the CSV link). */
export function filterQuery(filter: LogFilter, page?: number): string {
  const params = new URLSearchParams();
  if (filter.refused) params.set('refused', '1');
  if (filter.unhelpful) params.set('unhelpful', '1');
  if (filter.weak) params.set('weak', '1');
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (filter.text) params.set('q', filter.text);
  if (page && page > 1) params.set('page', String(page));
  return params.toString();
}

/** What a row's answer was, in a few words: 未能回答（reason）, or the mode. */
export function outcome(row: Pick<LogRow, 'refused' | 'refusalReason' | 'mode'>): Html {
  if (row.refused) return html`<span class="badge refused">未能回答 · ${REASONS[row.refusalReason ?? 'unknown'] ?? row.refusalReason}</span>`;
  return html`<span class="badge ${row.mode}">${MODES[row.mode] ?? row.mode}</span>`;
}

export function feedbackSummary(row: Pick<LogRow, 'feedback'>): Html | string {
  const helpful = row.feedback.filter((f) => f.helpful).length;
  const unhelpful = row.feedback.length - helpful;
  if (row.feedback.length === 0) return '';
  return html`<span class="badge ${unhelpful > 0 ? 'unhelpful' : 'helpful'}">${helpful > 0 ? `有帮助 ${helpful}` : ''}${helpful > 0 && unhelpful > 0 ? ' · ' : ''}${unhelpful > 0 ? `没帮助 ${unhelpful}` : ''}</span>`;
}

const check = (name: string, label: string, on: boolean | undefined) =>
  html`<label class="choice"><input type="checkbox" name="${name}" value="1"${on ? html` checked` : ''}> ${label}</label>`;

export function logPage({
  filter,
  page,
  rows,
  total,
  enabled,
  retentionDays,
  session,
}: {
  filter: LogFilter;
  page: number;
  rows: LogRow[];
  total: number;
  enabled: boolean;
  retentionDays: number;
  session: { actor: string; csrf: string };
}): Html {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const query = filterQuery(filter);
  const main = html`<div class="page-head">
  <h1>对话日志</h1>
  <a class="secondary button" href="/admin/log.csv${query ? `?${query}` : ''}" download>导出 CSV</a>
</div>
<p class="muted">${enabled ? `保留最近 ${retentionDays} 天的提问；手机号、身份证号、银行卡号和邮箱在保存前已隐去。` : '已关闭提问记录（LOG_RETENTION_DAYS=0）：新的提问不会记入日志。'}</p>
<form class="filters" method="get" action="/admin/log" role="search" aria-label="筛选对话">
  <fieldset class="choices">
    <legend>只看</legend>
    ${check('refused', '未能回答', filter.refused)}
    ${check('unhelpful', '没帮助', filter.unhelpful)}
    ${check('weak', `依据不足（低于 ${WEAK_EVIDENCE}）`, filter.weak)}
  </fieldset>
  <div class="field-row">
    <div class="field"><label for="from">起始日期</label><input id="from" name="from" type="date" value="${filter.from ?? ''}"></div>
    <div class="field"><label for="to">截止日期</label><input id="to" name="to" type="date" value="${filter.to ?? ''}"></div>
    <div class="field grow"><label for="q">问题包含</label><input id="q" name="q" type="search" maxlength="100" value="${filter.text ?? ''}"></div>
  </div>
  <div class="form-actions"><button type="submit" class="primary">筛选</button><a class="secondary button" href="/admin/log">清除</a></div>
</form>
<p class="result-count" role="status">共 ${total} 条${total > 0 ? `，第 ${page} / ${pages} 页` : ''}</p>
${rows.length === 0
  ? html`<p class="muted">没有符合条件的对话。</p>`
  : html`<ol class="log-list">${rows.map(
      (row) => html`<li class="log-item${row.refused ? ' is-refused' : ''}">
  <p class="log-meta"><time datetime="${row.createdAt}">${shownTime(row.createdAt)}</time> ${outcome(row)} ${feedbackSummary(row)}${row.cardId ? html` <span class="badge card">标注 ${row.cardId}</span>` : ''}</p>
  <p class="log-question"><a href="/admin/log/${row.id}">${cut(row.question, 120)}</a></p>
  <p class="log-answer muted">${cut(row.answer, 140)}</p>
  <p class="log-facts muted">依据 ${row.evidence.toFixed(2)} · 用时 ${row.latencyMs} 毫秒${row.citations.length > 0 ? ` · 引用 ${row.citations.join('、')}` : ''}</p>
</li>`,
    )}</ol>`}
<nav class="pager" aria-label="翻页">
  ${page > 1 ? html`<a rel="prev" href="/admin/log?${filterQuery(filter, page - 1)}">上一页</a>` : ''}
  ${page < pages ? html`<a rel="next" href="/admin/log?${filterQuery(filter, page + 1)}">下一页</a>` : ''}
</nav>`;
  return adminPage({ title: '对话日志', current: '/admin/log', main, session });
}
