/**
 * The message bubbles. Each starts with a visually hidden prefix ("您的问题：" / "回答：") so a screen
 * reader announcing the log knows who is speaking.
 */
import type { AskResponse } from '../contract.js';
import { HOTLINE, renderAnswerText, telLink } from './answer-text.js';
import { renderCitationList } from './citations.js';
import { h, icon, ICON_INFO, ICON_THUMB_DOWN, ICON_THUMB_UP, ICON_WARNING } from './dom.js';
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
}

export function answerMessage(body: AskResponse, origin: string): { element: HTMLElement; actions: AnswerActions } {
  const actions: AnswerActions = {
    copy: h('button', { type: 'button', class: 'action' }, zh.copy),
    helpful: feedbackButton(ICON_THUMB_UP, zh.helpful),
    notHelpful: feedbackButton(ICON_THUMB_DOWN, zh.notHelpful),
  };
  const element = h(
    'div',
    { class: body.refused ? 'msg bot refused' : 'msg bot' },
    h('span', { class: 'sr' }, zh.answerPrefix),
    body.refused ? h('p', { class: 'refused-title' }, icon(ICON_INFO), zh.refusedTitle) : null,
    h('p', { class: 'text' }, renderAnswerText(body.answer, body.citations, origin, { hotline: body.refused })),
    body.refused && !body.answer.includes(HOTLINE) ? hotline() : null,
    renderCitationList(body.citations, origin),
    h('div', { class: 'actions' }, actions.copy, actions.helpful, actions.notHelpful),
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
