/**
 * The message bubbles. Each starts with a visually hidden prefix ("您的问题：" / "回答：") so a screen
 * reader announcing the log knows who is speaking.
 */
import type { AskResponse } from '../contract.js';
import { HOTLINE, renderAnswerText, telLink, type OnCite } from './answer-text.js';
import { renderCitationList } from './citations.js';
import { h, icon, ICON_INFO, ICON_THUMB_DOWN, ICON_THUMB_UP, ICON_WARNING, uniqueId } from './dom.js';
import type { FailureView } from './failures.js';
import { zh } from './text.js';

export function userMessage(question: string): HTMLElement {
  return h('div', { class: 'msg user' }, h('span', { class: 'sr' }, zh.questionPrefix), h('p', { class: 'text' }, question));
}

export function welcomeMessage(welcome: string, examples: readonly string[], onExample: (q: string) => void): HTMLElement {
  const buttons = examples.map((q) => {
    const button = h('button', { type: 'button', class: 'example' }, q);
    button.addEventListener('click', () => onExample(q));
    return button;
  });
  return h(
    'div',
    { class: 'msg bot welcome' },
    h('p', { class: 'text' }, welcome),
    buttons.length > 0 ? h('p', { class: 'examples-lead' }, zh.examplesLead) : null,
    buttons.length > 0 ? h('div', { class: 'examples' }, ...buttons) : null,
  );
}

/** The bubble that fills while tokens arrive. It lives outside the live log and is aria-hidden. */
export interface StreamingView {
  element: HTMLElement;
  append(text: string): void;
  clear(): void;
}

export function streamingView(): StreamingView {
  const text = h('p', { class: 'text' });
  const element = h('div', { class: 'msg bot streaming' }, text, h('span', { class: 'cursor' }));
  return {
    element,
    append: (piece) => text.append(piece),
    clear: () => text.replaceChildren(),
  };
}

export interface AnswerActions {
  copy: HTMLButtonElement;
  helpful: HTMLButtonElement;
  notHelpful: HTMLButtonElement;
  /** The box 没帮助 opens for an optional comment, filled in by answer-actions.ts. */
  comment: HTMLElement;
  /** The related questions, one button each; empty when the engine offered none. */
  related: HTMLButtonElement[];
  relatedGroup: HTMLElement | null;
}

export function answerMessage(body: AskResponse, onCite: OnCite): { element: HTMLElement; actions: AnswerActions } {
  const related = (body.related ?? []).map((q) => h('button', { type: 'button', class: 'related-q' }, q));
  const leadId = uniqueId('related');
  const relatedGroup =
    related.length > 0
      ? h(
          'div',
          { class: 'related', role: 'group', 'aria-labelledby': leadId },
          h('p', { class: 'related-lead', id: leadId }, zh.relatedLead),
          h('ul', {}, ...related.map((button) => h('li', {}, button))),
        )
      : null;
  const actions: AnswerActions = {
    copy: h('button', { type: 'button', class: 'action copy' }, zh.copy),
    helpful: feedbackButton(ICON_THUMB_UP, zh.helpful),
    notHelpful: feedbackButton(ICON_THUMB_DOWN, zh.notHelpful),
    comment: h('div', { class: 'comment', hidden: true }),
    related,
    relatedGroup,
  };
  const element = h(
    'div',
    { class: body.refused ? 'msg bot refused' : 'msg bot' },
    h('span', { class: 'sr' }, zh.answerPrefix),
    body.refused ? h('p', { class: 'refused-title' }, icon(ICON_INFO), zh.refusedTitle) : null,
    h('div', { class: 'text answer-body' }, renderAnswerText(body.answer, body.citations, { onCite })),
    body.refused && !body.answer.includes(HOTLINE) ? hotline() : null,
    body.mode === 'curated' ? h('p', { class: 'curated' }, zh.curated) : null,
    renderCitationList(body.answer, body.citations, onCite),
    h('div', { class: 'actions' }, actions.copy, actions.helpful, actions.notHelpful),
    actions.comment,
    relatedGroup,
  );
  return { element, actions };
}

/** 👍/👎 as drawn icons: emoji fonts are missing on many older office PCs. */
function feedbackButton(iconPath: string, label: string): HTMLButtonElement {
  return h('button', { type: 'button', class: 'action', 'aria-pressed': 'false' }, icon(iconPath), label);
}

/** A refusal must show the hotline; the contract says the answer names it, this covers one that does not. */
function hotline(): HTMLElement {
  return h('p', { class: 'hotline' }, `${zh.hotlineLead} `, telLink(), '。');
}

/** The optional comment after 没帮助: a labelled text area and 提交. */
export function commentForm(): { element: HTMLFormElement; field: HTMLTextAreaElement } {
  const id = uniqueId('comment');
  const field = h('textarea', { id, class: 'comment-field', rows: '2', maxlength: '2000' });
  const element = h(
    'form',
    { class: 'comment-form', novalidate: true },
    h('label', { for: id, class: 'comment-label' }, zh.commentLabel),
    field,
    h('button', { type: 'submit', class: 'action comment-submit' }, zh.commentSubmit),
  );
  return { element, field };
}

export function errorMessage(view: FailureView, onRetry: (() => void) | null): HTMLElement {
  const retry = onRetry ? h('button', { type: 'button', class: 'action retry' }, zh.retry) : null;
  retry?.addEventListener('click', onRetry!);
  return h(
    'div',
    { class: 'msg bot error' },
    h('p', { class: 'text' }, icon(ICON_WARNING), h('span', { class: 'error-text' }, view.message)),
    retry ? h('div', { class: 'actions' }, retry) : null,
  );
}
