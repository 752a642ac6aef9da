/**
 * An answer's text as paragraphs and lists (answer-blocks.ts), with each `[n]` as a button that opens
 * the cited clause in the citation dialog, so the citizen reads the source without leaving the chat.
 */
import type { Citation } from '../contract.js';
import { answerBlocks } from './answer-blocks.js';
import { h } from './dom.js';
import { splitMarkers } from './links.js';
import { zh } from './text.js';

export const HOTLINE = '12345';

/** Called when a citation button is pressed; the button is where focus returns when the dialog closes. */
export type OnCite = (citation: Citation, trigger: HTMLElement) => void;

/** The government service hotline as a link a phone can dial. */
export function telLink(): HTMLAnchorElement {
  return h('a', { href: `tel:${HOTLINE}`, class: 'tel' }, HOTLINE);
}

export interface RenderOptions {
  onCite: OnCite;
}

/** The answer as block elements: `<p>` per statement line, `<ol class="answer-list">` per run of ①② items. */
export function renderAnswerText(answer: string, citations: readonly Citation[], options: RenderOptions): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const inline = (text: string) => inlineText(text, citations, options);
  for (const block of answerBlocks(answer)) {
    if (block.kind === 'paragraph') {
      fragment.append(h('p', {}, inline(block.text)));
      continue;
    }
    const items = block.items.map((item) => h('li', {}, h('span', { class: 'enum', 'aria-hidden': 'true' }, item.enumerator), h('span', { class: 'item' }, inline(item.text))));
    fragment.append(h('ol', { class: 'answer-list' }, ...items));
  }
  return fragment;
}

/** Each 12345 becomes a tel: link: refusals and "the plan does not say" sentences point there. */
function inlineText(text: string, citations: readonly Citation[], { onCite }: RenderOptions): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const byNumber = new Map(citations.map((c) => [c.n, c]));
  for (const piece of splitMarkers(text)) {
    if ('text' in piece) {
      piece.text.split(HOTLINE).forEach((part, i) => fragment.append(...(i > 0 ? [telLink(), part] : [part])));
      continue;
    }
    const citation = byNumber.get(piece.marker);
    // A marker without a citation is shown as typed rather than as a dead button.
    if (!citation) fragment.append(`[${piece.marker}]`);
    else fragment.append(citeButton(citation, onCite));
  }
  return fragment;
}

export function citeButton(citation: Citation, onCite: OnCite): HTMLButtonElement {
  const button = h(
    'button',
    {
      type: 'button',
      class: 'cite',
      'aria-haspopup': 'dialog',
      'aria-label': zh.citeButtonLabel(citation.n, citation.label),
      'data-clause': citation.id,
    },
    `[${citation.n}]`,
  );
  button.addEventListener('click', () => onCite(citation, button));
  return button;
}
