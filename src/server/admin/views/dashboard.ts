/** GET /admin: questions per day, refusal and 有帮助 rates, latency, most-cited clauses, top refused and unhelpful questions. */
import { html } from 'hono/html';
import { LATENCY_BOUNDS, type DashboardStats } from '../../../store/dashboard.js';
import type { QuestionCount } from '../../../store/log.js';
import { REASONS } from '../../reasons.js';
import { barChart } from '../charts.js';
import { adminPage, cut, type Html } from '../layout.js';

export const RANGES = [7, 30, 90] as const;

const percent = (part: number, whole: number) => (whole > 0 ? `${Math.round((part / whole) * 1000) / 10}%` : '—');

/** The bucket bound under which `share` of the answers fall, as words ("≤ 25 毫秒"). */
function latencyBound(latency: DashboardStats['latency'], share: number): string {
  const total = latency.reduce((n, b) => n + b.count, 0);
  if (total === 0) return '—';
  let seen = 0;
  for (const bucket of latency) {
    seen += bucket.count;
    if (seen >= total * share) return bucket.upTo === null ? `> ${LATENCY_BOUNDS.at(-1)} 毫秒` : `< ${bucket.upTo} 毫秒`;
  }
  return '—';
}

const shortMs = (ms: number) => (ms >= 1000 ? `${ms / 1000}k` : String(ms));

function questionList(rows: QuestionCount[], empty: string, filter: string, notes: (r: QuestionCount) => string) {
  if (rows.length === 0) return html`<p class="muted">${empty}</p>`;
  return html`<ol class="top-list">${rows.map(
    (r) => html`<li><a href="/admin/log?${filter}&amp;q=${encodeURIComponent(r.question)}">${cut(r.question, 60)}</a> <span class="count">${r.count} 次</span>${notes(r) ? html`<span class="muted note">${notes(r)}</span>` : ''}</li>`,
  )}</ol>`;
}

export function dashboardPage({ stats, days, labels, session }: { stats: DashboardStats; days: number; labels: ReadonlyMap<string, string>; session: { actor: string; csrf: string } }): Html {
  const { totals } = stats;
  const answered = totals.questions - totals.refused;
  // About five date labels fit a phone-wide chart.
  const every = Math.ceil(stats.days.length / 5);
  const maxCited = Math.max(1, ...stats.topCited.map((c) => c.count));
  const main = html`<div class="page-head">
  <h1>概览</h1>
  <nav aria-label="时间范围" class="ranges">${RANGES.map((d) => html`<a href="/admin?days=${d}"${d === days ? html` aria-current="page"` : ''}>近 ${d} 天</a>`)}</nav>
</div>
<p class="muted">${stats.from} 至 ${stats.to}（北京时间）</p>
<dl class="kpis">
  <div><dt>提问</dt><dd>${totals.questions}</dd></div>
  <div><dt>未能回答</dt><dd>${percent(totals.refused, totals.questions)}</dd><dd class="muted">${totals.refused} 次</dd></div>
  <div><dt>有帮助</dt><dd>${percent(totals.helpful, totals.feedback)}</dd><dd class="muted">${totals.feedback} 条反馈中 ${totals.helpful} 条</dd></div>
  <div><dt>回答用时</dt><dd>${latencyBound(stats.latency, 0.5)}</dd><dd class="muted">95% ${latencyBound(stats.latency, 0.95)}</dd></div>
</dl>
<div class="charts">
  ${barChart({
    title: '每日提问',
    series: [
      { name: '已回答', className: 'bar-answered' },
      { name: '未能回答', className: 'bar-refused' },
    ],
    bars: stats.days.map((d) => ({ label: d.day.slice(5), parts: [d.questions - d.refused, d.refused] })),
    labelEvery: every,
    axis: '日期',
    summary: `${stats.from} 至 ${stats.to} 共 ${totals.questions} 个提问，其中 ${answered} 个已回答，${totals.refused} 个未能回答`,
  })}
  ${barChart({
    title: '回答用时分布',
    series: [{ name: '回答数', className: 'bar-latency' }],
    bars: stats.latency.map((b) => ({ label: b.upTo === null ? '更长' : shortMs(b.upTo), parts: [b.count] })),
    axis: '用时上限（毫秒）',
    summary: `回答用时：一半的回答${latencyBound(stats.latency, 0.5)}，95% 的回答${latencyBound(stats.latency, 0.95)}`,
  })}
</div>
<div class="columns">
  <section aria-labelledby="cited-title">
    <h2 id="cited-title">引用最多的条款</h2>
    ${stats.topCited.length === 0
      ? html`<p class="muted">这段时间还没有引用。</p>`
      : html`<ol class="top-list cited">${stats.topCited.map(
          (c) => html`<li><a href="/plan#${encodeURIComponent(c.clauseId)}">${labels.get(c.clauseId) ?? c.clauseId}</a> <span class="count">${c.count} 次</span><meter min="0" max="${maxCited}" value="${c.count}">${c.count}</meter></li>`,
        )}</ol>`}
  </section>
  <section aria-labelledby="refused-title">
    <h2 id="refused-title">未能回答最多的问题</h2>
    ${questionList(stats.topRefused, '这段时间没有未能回答的问题。', 'refused=1', (r) => r.notes.map((n) => REASONS[n] ?? n).join('、'))}
  </section>
  <section aria-labelledby="unhelpful-title">
    <h2 id="unhelpful-title">被标为“没帮助”最多的问题</h2>
    ${questionList(stats.topUnhelpful, '这段时间没有“没帮助”的反馈。', 'unhelpful=1', (r) => r.notes.slice(0, 2).map((n) => `“${cut(n, 30)}”`).join(' '))}
  </section>
</div>`;
  return adminPage({ title: '概览', current: '/admin', main, session });
}
