/**
 * The cited clause, read in place: a native modal <dialog> with the clause's label, its place in the plan
 * (heading path and clause number), the whole clause with the quoted sentences marked, and 查看原文,
 * which opens /plan#id in a new tab. Esc, the close button or a click outside closes it, and focus
 * returns to the [n] that opened it. The same code serves the widget (inside its shadow root) and `/`.
 */
import type { Citation } from '../contract.js';
import { markQuote, withoutPlanEnumerator } from './answer-blocks.js';
import { h, icon, ICON_CLOSE, uniqueId } from './dom.js';
import { citationHref } from './links.js';
import { zh } from './text.js';

export interface CitationDialog {
  element: HTMLDialogElement;
  open(citation: Citation, trigger: HTMLElement): void;
  close(): void;
  isOpen(): boolean;
}

/** `fallbackFocus`: where focus goes when the button that opened the dialog is gone (a 新对话 meanwhile). */
export function createCitationDialog({ origin, fallbackFocus }: { origin: string; fallbackFocus: () => HTMLElement | null }): CitationDialog {
  const titleId = uniqueId('cite-title');
  const title = h('h2', { class: 'cite-title', id: titleId });
  const closeButton = h('button', { type: 'button', class: 'cite-close', 'aria-label': zh.close }, icon(ICON_CLOSE));
  const body = h('div', { class: 'cite-body' });
  const element = h(
    'dialog',
    { class: 'cite-dialog', 'aria-labelledby': titleId },
    h('div', { class: 'cite-sheet' }, h('div', { class: 'cite-head' }, title, closeButton), body),
  );
  let trigger: HTMLElement | null = null;

  const close = () => {
    if (element.open) element.close();
  };
  closeButton.addEventListener('click', close);
  // A click on the backdrop lands on the <dialog> itself; the content is inside .cite-sheet.
  element.addEventListener('click', (event) => {
    if (event.target === element) close();
  });
  element.addEventListener('close', () => {
    // The close event is a queued task: a key or tap may open the dialog again before it runs. That
    // opening owns the trigger and the focus now.
    if (element.open) return;
    const target = trigger?.isConnected ? trigger : fallbackFocus();
    trigger = null;
    target?.focus();
  });

  return {
    element,
    isOpen: () => element.open,
    close,
    open(citation, opener) {
      trigger = opener;
      title.replaceChildren(h('span', { class: 'cite-n' }, zh.citeDialogTitle(citation.n)), ' ', citation.label);
      body.replaceChildren(...clauseView(citation, origin));
      if (!element.open) element.showModal();
      closeButton.focus();
    },
  };
}

function clauseView(citation: Citation, origin: string): HTMLElement[] {
  const place = [...citation.path, zh.clauseNumber(citation.id)].join(' › ');
  const text = withoutPlanEnumerator(citation.text);
  const clause = h('p', { class: 'cite-clause' });
  for (const segment of markQuote(text, citation.quote)) clause.append(segment.quoted ? h('mark', {}, segment.text) : segment.text);
  const link = h(
    'a',
    { class: 'cite-open', href: citationHref(citation, origin), target: '_blank', rel: 'noopener noreferrer' },
    zh.openClause,
    h('span', { class: 'sr' }, zh.openClauseHint),
  );
  return [h('p', { class: 'cite-place' }, place), clause, h('p', { class: 'cite-actions' }, link)];
}
