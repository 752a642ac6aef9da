/** GET /admin/annotations (list, export, import) and GET /admin/annotations/:id (edit, delete). */
import { html } from 'hono/html';
import type { AnnotationRow } from '../../../store/annotations.js';
import { KIND_LABELS, kindOf, type AnnotationKind } from '../cards.js';
import { adminPage, csrfField, cut, shownTime, type Html } from '../layout.js';

type Session = { actor: string; csrf: string };

export function annotationsPage({ rows, notice, error, session }: { rows: AnnotationRow[]; notice: string | null; error: string | null; session: Session }): Html {
  const main = html`<div class="page-head">
  <h1>标注</h1>
  <a class="secondary button" href="/admin/annotations.jsonl" download>导出 JSONL</a>
</div>
<p class="muted">每条标注是一张问题卡：相同或相近的提问按它回答。“已服务”是标注以后它参与回答的提问数。</p>
${notice ? html`<p class="notice ok" role="status">${notice}</p>` : ''}
${error ? html`<p class="notice error" role="alert">${error}</p>` : ''}
${rows.length === 0
  ? html`<p class="muted">还没有标注。在<a href="/admin/log?refused=1">对话日志</a>里打开一个未能回答的问题，就可以为它标注。</p>`
  : html`<ol class="annotation-list">${rows.map((row) => {
      const kind = kindOf(row.card);
      return html`<li class="annotation-item">
  <p class="log-meta"><span class="badge kind-${kind}">${KIND_LABELS[kind]}</span> <a href="/admin/annotations/${encodeURIComponent(row.card.id)}">${row.card.id}</a> <span class="count">已服务 ${row.served} 个提问</span></p>
  <p class="log-question">${cut(row.card.questions[0]!, 100)}${row.card.questions.length > 1 ? html` <span class="muted">等 ${row.card.questions.length} 个问题</span>` : ''}</p>
  <p class="log-facts muted">${kind === 'referral' ? `转给 ${row.card.referral!.department}（${row.card.referral!.hotline}）` : `条款 ${row.card.clauses.join('、')}`} · ${row.updatedBy} 于 ${shownTime(row.updatedAt)} ${row.createdAt === row.updatedAt ? '创建' : '修改'}</p>
</li>`;
    })}</ol>`}
<section aria-labelledby="import-title" class="annotate-box">
  <h2 id="import-title">导入标注</h2>
  <p class="hint">JSONL：每行一张问题卡，格式与导出的文件相同（也与 data/lexicon/cards/ 中的卡片相同）。编号相同的标注会被替换；有一行不合格就整批不导入。</p>
  <form method="post" action="/admin/annotations/import" enctype="multipart/form-data" class="stack">
    ${csrfField(session.csrf)}
    <div class="field"><label for="import-file">选择文件</label><input id="import-file" name="file" type="file" accept=".jsonl,.txt,application/jsonl"></div>
    <div class="field"><label for="import-text">或粘贴内容</label><textarea id="import-text" name="text" rows="3"></textarea></div>
    <button type="submit" class="primary">导入</button>
  </form>
</section>`;
  return adminPage({ title: '标注', current: '/admin/annotations', main, session });
}

export interface AnnotationDraft {
  error: string;
  questions: string;
  keywords: string;
  clauses: string;
  answer: string;
  department: string;
  hotline: string;
}

export function annotationPage({ row, draft, saved, session }: { row: AnnotationRow; draft: AnnotationDraft | null; saved: boolean; session: Session }): Html {
  const { card } = row;
  const kind: AnnotationKind = kindOf(card);
  const value = <K extends keyof AnnotationDraft>(key: K, current: string) => (draft ? draft[key] : current);
  const main = html`<p class="back"><a href="/admin/annotations">← 返回标注</a></p>
<h1>标注 ${card.id}</h1>
<dl class="facts-list">
  <div><dt>类型</dt><dd>${KIND_LABELS[kind]}</dd></div>
  <div><dt>已服务</dt><dd>${row.served} 个提问</dd></div>
  <div><dt>创建</dt><dd>${row.createdBy}，${shownTime(row.createdAt)}</dd></div>
  <div><dt>修改</dt><dd>${row.updatedBy}，${shownTime(row.updatedAt)}</dd></div>
  ${row.askId ? html`<div><dt>来自</dt><dd><a href="/admin/log/${row.askId}">对话日志中的提问</a></dd></div>` : ''}
</dl>
${saved ? html`<p class="notice ok" role="status">已保存，几秒内生效。</p>` : ''}
${draft ? html`<p class="notice error" role="alert">${draft.error}</p>` : ''}
<form method="post" action="/admin/annotations/${encodeURIComponent(card.id)}" class="stack annotate-box">
  ${csrfField(session.csrf)}
  <input type="hidden" name="kind" value="${kind}">
  <div class="field"><label for="questions">问题（每行一个）</label><textarea id="questions" name="questions" rows="4">${value('questions', card.questions.join('\n'))}</textarea></div>
  <div class="field"><label for="keywords">关键词（逗号分隔）</label><input id="keywords" name="keywords" value="${value('keywords', card.keywords.join('，'))}"></div>
  ${kind === 'referral'
    ? html`<div class="field-row">
    <div class="field grow"><label for="department">负责部门</label><input id="department" name="department" maxlength="60" value="${value('department', card.referral?.department ?? '')}"></div>
    <div class="field"><label for="hotline">咨询电话</label><input id="hotline" name="hotline" inputmode="numeric" maxlength="8" value="${value('hotline', card.referral?.hotline ?? '12345')}"></div>
  </div>`
    : html`<div class="field"><label for="clauseList">条款编号（按顺序，空格分隔）</label><input id="clauseList" name="clauseList" value="${value('clauses', card.clauses.join(' '))}"></div>`}
  ${kind === 'curated' ? html`<div class="field"><label for="answer">标注回复</label><textarea id="answer" name="answer" rows="6" maxlength="2000">${value('answer', card.answer ?? '')}</textarea></div>` : ''}
  <button type="submit" class="primary">保存</button>
</form>
<form method="post" action="/admin/annotations/${encodeURIComponent(card.id)}/delete" class="danger-zone">
  ${csrfField(session.csrf)}
  <button type="submit" class="danger">删除这条标注</button>
</form>`;
  return adminPage({ title: `标注 ${card.id}`, current: '/admin/annotations', main, session });
}
