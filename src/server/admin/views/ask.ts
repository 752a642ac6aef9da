/**
 * GET /admin/log/:id: one question, its answer, citations and feedback, and the three ways to correct it —
 * link it to the clauses that answer it (found with the clause search), mark it out of scope with a referral,
 * or write a curated answer that quotes the plan.
 */
import { html } from 'hono/html';
import type { SearchResult } from '../../../contract.js';
import type { AnnotationRow } from '../../../store/annotations.js';
import type { LogRow } from '../../../store/log.js';
import type { AnnotationKind } from '../cards.js';
import { KIND_LABELS } from '../cards.js';
import { adminPage, csrfField, shownTime, type Html } from '../layout.js';
import { feedbackSummary, outcome } from './log.js';

/** What the supervisor typed, kept when a form is shown again with what was wrong. */
export interface AnnotateDraft {
  kind: AnnotationKind;
  error: string;
  questions: string;
  keywords: string;
  clauses: string[];
  answer: string;
  department: string;
  hotline: string;
}

function highlighted(text: string, highlights: string[]): Html {
  // The highlights are verbatim substrings of the text, in order (the /api/search contract).
  const parts: Html[] = [];
  let at = 0;
  for (const h of highlights) {
    const i = text.indexOf(h, at);
    if (i < 0) continue;
    parts.push(html`${text.slice(at, i)}<mark>${h}</mark>`);
    at = i + h.length;
  }
  parts.push(html`${text.slice(at)}`);
  return html`${parts}`;
}

const errorFor = (draft: AnnotateDraft | null, kind: AnnotationKind) =>
  draft?.kind === kind ? html`<p class="notice error" role="alert" id="${kind}-error">${draft.error}</p>` : '';

export function askPage({
  row,
  labels,
  query,
  results,
  annotations,
  draft,
  session,
}: {
  row: LogRow;
  labels: ReadonlyMap<string, string>;
  query: string;
  results: SearchResult[];
  annotations: AnnotationRow[];
  draft: AnnotateDraft | null;
  session: { actor: string; csrf: string };
}): Html {
  const questions = (kind: AnnotationKind) => (draft?.kind === kind ? draft.questions : row.question);
  const action = `/admin/log/${row.id}/annotate`;
  const chosen = new Set(draft?.kind === 'link' ? draft.clauses : []);
  const main = html`<p class="back"><a href="/admin/log">← 返回对话日志</a></p>
<h1>对话详情</h1>
<dl class="facts-list">
  <div><dt>时间</dt><dd><time datetime="${row.createdAt}">${shownTime(row.createdAt)}</time>（${row.channel === 'stream' ? '流式' : '普通'}接口）</dd></div>
  <div><dt>结果</dt><dd>${outcome(row)} ${feedbackSummary(row)}</dd></div>
  <div><dt>依据</dt><dd>${row.evidence.toFixed(2)}</dd></div>
  <div><dt>用时</dt><dd>${row.latencyMs} 毫秒</dd></div>
</dl>
<section aria-labelledby="q-title" class="exchange">
  <h2 id="q-title">问题</h2>
  <blockquote class="question-text">${row.question}</blockquote>
  <h2>回答</h2>
  <div class="answer-text">${row.answer || '（未记录回答）'}</div>
  ${row.citations.length > 0
    ? html`<h2>引用</h2><ol class="citations">${row.citations.map((id) => html`<li><a href="/plan#${encodeURIComponent(id)}">${labels.get(id) ?? id}</a> <span class="muted">${id}</span></li>`)}</ol>`
    : ''}
  ${row.feedback.length > 0
    ? html`<h2>反馈</h2><ul class="feedback-list">${row.feedback.map((f) => html`<li>${f.helpful ? '有帮助' : '没帮助'} · ${shownTime(f.createdAt)}${f.comment ? html`：“${f.comment}”` : ''}</li>`)}</ul>`
    : ''}
  ${row.cardIds.length > 0 ? html`<p class="muted">用到的问题卡：${row.cardIds.join('、')}</p>` : ''}
</section>
${annotations.length > 0
  ? html`<section aria-labelledby="made-title"><h2 id="made-title">由这条对话生成的标注</h2><ul>${annotations.map(
      (a) => html`<li><a href="/admin/annotations/${encodeURIComponent(a.card.id)}">${a.card.id}</a>（${a.createdBy}，${shownTime(a.createdAt)}，已服务 ${a.served} 个提问）</li>`,
    )}</ul></section>`
  : ''}
<section aria-labelledby="fix-title" class="annotate">
  <h2 id="fix-title">纠正这个回答</h2>
  <p class="muted">保存后几秒内生效，不需要重启服务：以后相同或相近的提问按你的标注回答。</p>

  <section class="annotate-box" id="link" aria-labelledby="link-title">
    <h3 id="link-title">一、${KIND_LABELS.link}：这个问题由哪些条款回答</h3>
    <form method="get" action="/admin/log/${row.id}#link" class="search-row" role="search" aria-label="搜索条款">
      <label class="visually-hidden" for="clause-q">搜索条款</label>
      <input id="clause-q" name="q" type="search" maxlength="200" value="${query}">
      <button type="submit" class="secondary">搜索条款</button>
    </form>
    ${errorFor(draft, 'link')}
    <form method="post" action="${action}" class="stack">
      ${csrfField(session.csrf)}
      <input type="hidden" name="kind" value="link">
      ${results.length === 0
        ? html`<p class="muted">没有找到条款，换个说法再搜索，或在下面直接填写条款编号。</p>`
        : html`<fieldset class="clause-choices"><legend>选择回答这个问题的条款</legend>${results.map(
            (r) => html`<label class="clause-choice"><input type="checkbox" name="clauses" value="${r.id}"${chosen.has(r.id) ? html` checked` : ''}>
  <span><strong>${r.label}</strong> <span class="muted">${r.id}</span><span class="clause-snippet">${highlighted(r.text, r.highlights)}</span></span></label>`,
          )}</fieldset>`}
      <div class="field"><label for="link-list">或填写条款编号（按重要性排列，空格分隔）</label><input id="link-list" name="clauseList" placeholder="如 5.3.1 4.5.1" value="${draft?.kind === 'link' ? draft.clauses.filter((id) => !results.some((r) => r.id === id)).join(' ') : ''}"></div>
      <div class="field"><label for="link-questions">问题（每行一个，可补充其他说法）</label><textarea id="link-questions" name="questions" rows="2">${questions('link')}</textarea></div>
      <div class="field"><label for="link-keywords">关键词（选填，逗号分隔）</label><input id="link-keywords" name="keywords" value="${draft?.kind === 'link' ? draft.keywords : ''}"></div>
      <button type="submit" class="primary">保存关联</button>
    </form>
  </section>

  <section class="annotate-box" id="referral" aria-labelledby="referral-title">
    <h3 id="referral-title">二、${KIND_LABELS.referral}：不在规划范围内，由哪个部门办理</h3>
    ${errorFor(draft, 'referral')}
    <form method="post" action="${action}" class="stack">
      ${csrfField(session.csrf)}
      <input type="hidden" name="kind" value="referral">
      <div class="field-row">
        <div class="field grow"><label for="referral-department">负责部门</label><input id="referral-department" name="department" maxlength="60" placeholder="如 当地人力社保部门" value="${draft?.kind === 'referral' ? draft.department : ''}"></div>
        <div class="field"><label for="referral-hotline">咨询电话</label><input id="referral-hotline" name="hotline" inputmode="numeric" maxlength="8" value="${draft?.kind === 'referral' ? draft.hotline : '12345'}"></div>
      </div>
      <div class="field"><label for="referral-questions">问题（每行一个）</label><textarea id="referral-questions" name="questions" rows="2">${questions('referral')}</textarea></div>
      <button type="submit" class="primary">保存转办</button>
    </form>
  </section>

  <section class="annotate-box" id="curated" aria-labelledby="curated-title">
    <h3 id="curated-title">三、${KIND_LABELS.curated}：写一段引用原文的回答</h3>
    <p class="hint">引用句必须逐字摘自所选条款，句末标注 [1]、[2]…（编号对应下面条款的顺序）；回答中的数字必须出现在引用的条款里。可以在引文前加一句简短的过渡语，如“关于首次贷款，规划提出：”。</p>
    ${errorFor(draft, 'curated')}
    <form method="post" action="${action}" class="stack">
      ${csrfField(session.csrf)}
      <input type="hidden" name="kind" value="curated">
      <div class="field"><label for="curated-list">引用的条款编号（按 [1]、[2]… 的顺序）</label><input id="curated-list" name="clauseList" placeholder="如 3.3.4" value="${draft?.kind === 'curated' ? draft.clauses.join(' ') : ''}"></div>
      <div class="field"><label for="curated-answer">标注回复</label><textarea id="curated-answer" name="answer" rows="5" maxlength="2000">${draft?.kind === 'curated' ? draft.answer : ''}</textarea></div>
      <div class="field"><label for="curated-questions">问题（每行一个）</label><textarea id="curated-questions" name="questions" rows="2">${questions('curated')}</textarea></div>
      <button type="submit" class="primary">检查并保存回复</button>
    </form>
  </section>
</section>`;
  return adminPage({ title: '对话详情', current: '/admin/log', main, session });
}
