/**
 * An answer's text with each `[n]` as a link to the cited clause. The label and quote sit in a
 * tooltip right after the link, shown by CSS on hover and focus (no script positioning, so nothing
 * needs inline styles), and read out through aria-describedby.
 */
import type { Citation } from '../contract.js';
import { h, uniqueId } from './dom.js';
import { citationHref, splitMarkers } from './links.js';
import { zh } from './text.js';

export const HOTLINE = '12345';

/** The government service hotline as a link a phone can dial. */
export function telLink(): HTMLAnchorElement {
  return h('a', { href: `tel:${HOTLINE}`, class: 'tel' }, HOTLINE);
}

/** `hotline`: also turn each 12345 into a tel: link (refusals point there). */
export function renderAnswerText(
  answer: string,
  citations: readonly Citation[],
  origin: string,
  { hotline = false }: { hotline?: boolean } = {},
): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const byNumber = new Map(citations.map((c) => [c.n, c]));
  for (const piece of splitMarkers(answer)) {
    if ('text' in piece) {
      if (!hotline) fragment.append(piece.text);
      else piece.text.split(HOTLINE).forEach((part, i) => fragment.append(...(i > 0 ? [telLink(), part] : [part])));
      continue;
    }
    const citation = byNumber.get(piece.marker);
    // A marker without a citation is shown as typed rather than as a dead link.
    if (!citation) fragment.append(`[${piece.marker}]`);
    else fragment.append(...citeLink(citation, origin));
  }
  return fragment;
}

function citeLink(citation: Citation, origin: string): [HTMLAnchorElement, HTMLSpanElement] {
  const quoteId = uniqueId('quote');
  const link = h(
    'a',
    {
      class: 'cite',
      href: citationHref(citation, origin),
      target: '_blank',
      rel: 'noopener noreferrer',
      'aria-label': zh.citeLinkLabel(citation.n, citation.label),
      'aria-describedby': quoteId,
      'data-clause': citation.id,
    },
    `[${citation.n}]`,
  );
  const tip = h(
    'span',
    { class: 'tip', role: 'tooltip' },
    h('strong', { class: 'tip-label' }, citation.label),
    h('span', { class: 'tip-quote', id: quoteId }, citation.quote || citation.text),
  );
  // Esc hides a focused link's tip first (WCAG 1.4.13); leaving the link re-arms it.
  const rearm = () => link.classList.remove('tip-off');
  link.addEventListener('blur', rearm);
  link.addEventListener('mouseleave', rearm);
  return [link, tip];
}
