/**
 * GET /plan: the whole plan, server-rendered from the corpus. Every clause is an anchor (`/plan#4.5.1`),
 * highlighted by CSS :target when opened from a citation; the copy button carries its text ready-made.
 */
import { html, raw } from 'hono/html';
import type { Clause, Corpus, DocumentMeta, OutlineSection } from '../../types.js';
import { copyText, partAnchor, sectionAnchor } from '../plan-view.js';
import { page } from './layout.js';
import { primaryDocument } from '../../ingest/corpus.js';

function clauseText(clause: Clause) {
  // Bold the lead phrase (构建高速泛在的网络基础设施。) or goal name (——全球先进制造新支点。) as printed.
  for (const lead of [clause.title, `——${clause.title}`]) {
    if (clause.kind !== 'section' && clause.kind !== 'preamble' && clause.text.startsWith(lead)) {
      return html`<strong>${lead}</strong>${clause.text.slice(lead.length)}`;
    }
  }
  return html`${clause.text}`;
}

function clauseBlock(clause: Clause, doc: DocumentMeta | undefined) {
  const missing = doc?.missing.filter((m) => m.afterClauseId === clause.id) ?? [];
  return html`<div class="clause" id="${clause.id}" tabindex="-1">
  <p class="clause-text">${clauseText(clause)}</p>
  <p class="clause-tools"><a class="clause-id" href="#${clause.id}" aria-label="条款 ${clause.id} 的链接">${clause.id}</a><button type="button" class="copy" data-copy="${copyText(clause)}" aria-label="复制条款 ${clause.id} 及出处">复制</button></p>
</div>
${missing.map((m) => html`<p class="missing-note" role="note">此处原文为图片“${m.title}”，本服务无法读取其中的数据，请查阅原文件。</p>`)}`;
}

function sectionBlock(section: OutlineSection, byId: Map<string, Clause>, doc: DocumentMeta | undefined) {
  return html`<section class="plan-section" aria-labelledby="${sectionAnchor(section.id)}">
<h3 id="${sectionAnchor(section.id)}">${section.heading}</h3>
${section.clauseIds.map((id) => (byId.has(id) ? clauseBlock(byId.get(id)!, doc) : ''))}
</section>`;
}

function facts(doc: DocumentMeta) {
  const rows: Array<[string, string | null]> = [
    ['发文机关', doc.issuer],
    ['文号', doc.documentNumber],
    ['印发日期', doc.signedDate],
    ['公开日期', doc.publishedDate],
    ['规划期', doc.period],
  ];
  return html`<dl class="facts">${rows.filter(([, v]) => v).map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>`;
}

export function planPage(corpus: Corpus) {
  // The publication notice (印发通知) precedes the plan in the source; it is shown apart from 前言.
  const notices = corpus.clauses.filter((c) => c.kind === 'notice');
  const byId = new Map(corpus.clauses.filter((c) => c.kind !== 'notice').map((c) => [c.id, c]));
  const doc = primaryDocument(corpus);
  const toc = html`<nav class="toc" aria-label="规划目录"><h2 class="toc-title">目录</h2><ol>
${notices.length ? html`<li><a href="#notice">印发通知</a></li>` : ''}
${corpus.outline.map(
  (part) => html`<li><a href="#${partAnchor(part.id)}">${part.heading}</a>${part.sections.length
    ? html`<ol>${part.sections.map((s) => html`<li><a href="#${sectionAnchor(s.id)}">${s.heading}</a></li>`)}</ol>`
    : ''}</li>`,
)}
</ol></nav>`;
  const search = html`<section class="plan-search" aria-labelledby="search-title">
<h2 id="search-title" class="visually-hidden">检索</h2>
<form id="search-form" role="search">
  <label for="search-q">在规划中检索</label>
  <div class="search-row"><input id="search-q" name="q" type="search" maxlength="200" autocomplete="off" placeholder="例如：5G基站、专精特新、碳达峰"><button type="submit" class="primary">检索</button></div>
</form>
<div id="search-results" class="search-results" aria-live="polite"></div>
</section>`;
  const body = html`<article class="plan" aria-labelledby="plan-title">
<header class="plan-header">
  <h1 id="plan-title">${doc?.title ?? '规划全文'}</h1>
  ${doc ? facts(doc) : ''}
</header>
${notices.length
  ? html`<section class="plan-part notice" aria-labelledby="notice"><h2 id="notice">印发通知</h2>${notices.map((c) => clauseBlock(c, doc))}</section>`
  : ''}
${corpus.outline.map(
  (part) => html`<section class="plan-part" aria-labelledby="${partAnchor(part.id)}">
<h2 id="${partAnchor(part.id)}">${part.heading}</h2>
${part.clauseIds.map((id) => (byId.has(id) ? clauseBlock(byId.get(id)!, doc) : ''))}
${part.sections.map((s) => sectionBlock(s, byId, doc))}
</section>`,
)}
</article>`;
  return page({
    title: `规划全文 · ${doc?.title ?? '政策问答'}`,
    description: '《浙江省全球先进制造业基地建设“十四五”规划》全文，每个条款可单独链接、复制和检索。',
    current: '/plan',
    main: html`<div class="wrap plan-layout">${toc}<div class="plan-main">${search}${body}</div></div>${raw('<p id="copy-status" class="visually-hidden" role="status"></p>')}`,
    scripts: ['/assets/answer.js', '/assets/plan.js'],
  });
}

export function notReadyPage() {
  return page({
    title: '正在加载 · 政策问答',
    description: '政策索引正在加载',
    current: null,
    main: html`<div class="wrap"><h1>正在加载规划</h1><p>政策索引正在加载，请稍后刷新本页。</p></div>`,
  });
}
