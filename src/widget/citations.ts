/**
 * The expandable list of cited clauses under an answer: each label opens the citation dialog, with the
 * heading path, and the quoted words only when the answer does not already say them word for word
 * (an extractive answer usually is its quotes: printing them again showed every answer twice).
 */
import type { Citation } from '../contract.js';
import { quoteInAnswer } from './answer-blocks.js';
import type { OnCite } from './answer-text.js';
import { h } from './dom.js';
import { zh } from './text.js';

export function renderCitationList(answer: string, citations: readonly Citation[], onCite: OnCite): HTMLDetailsElement | null {
  if (citations.length === 0) return null;
  const items = citations.map((c) => {
    const open = h('button', { type: 'button', class: 'source-link', 'aria-haspopup': 'dialog', 'data-clause': c.id }, `[${c.n}] ${c.label}`);
    open.addEventListener('click', () => onCite(c, open));
    const quote = c.quote || c.text;
    return h(
      'li',
      {},
      open,
      c.path.length > 0 ? h('span', { class: 'source-path' }, c.path.join(' › ')) : null,
      quoteInAnswer(answer, quote) ? null : h('blockquote', { class: 'source-quote' }, quote),
    );
  });
  return h('details', { class: 'sources' }, h('summary', {}, zh.citationsSummary(citations.length)), h('ol', {}, ...items));
}
