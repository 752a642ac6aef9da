/** The expandable list of cited clauses under an answer: label, heading path and the quoted words. */
import type { Citation } from '../contract.js';
import { h } from './dom.js';
import { citationHref } from './links.js';
import { zh } from './text.js';

export function renderCitationList(citations: readonly Citation[], origin: string): HTMLDetailsElement | null {
  if (citations.length === 0) return null;
  const items = citations.map((c) =>
    h(
      'li',
      {},
      h(
        'a',
        { href: citationHref(c, origin), target: '_blank', rel: 'noopener noreferrer', class: 'source-link' },
        `[${c.n}] ${c.label}`,
      ),
      c.path.length > 0 ? h('span', { class: 'source-path' }, c.path.join(' › ')) : null,
      h('blockquote', { class: 'source-quote' }, c.quote || c.text),
    ),
  );
  return h(
    'details',
    { class: 'sources' },
    h('summary', {}, zh.citationsSummary(citations.length)),
    h('ol', {}, ...items),
  );
}
