/** The widget's static skeleton: launcher, dialog, header, conversation and question form. */
import type { WidgetConfig } from './config.js';
import { h, icon, ICON_CHAT, ICON_CLOSE, uniqueId } from './dom.js';
import { zh } from './text.js';

export interface PanelRefs {
  root: HTMLElement;
  launcher: HTMLButtonElement;
  panel: HTMLElement;
  newChat: HTMLButtonElement;
  largeToggle: HTMLButtonElement;
  closeButton: HTMLButtonElement;
  scroller: HTMLElement;
  /** role="log": only finished messages are appended here, so each answer is announced once */
  log: HTMLElement;
  /** aria-hidden holder for the answer while it streams */
  stream: HTMLElement;
  status: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  send: HTMLButtonElement;
}

export function buildPanel(config: WidgetConfig): PanelRefs {
  const panelId = uniqueId('panel');
  const titleId = uniqueId('title');

  const launcher = h(
    'button',
    { type: 'button', class: 'launcher', 'aria-expanded': 'false', 'aria-controls': panelId, 'aria-haspopup': 'dialog' },
    icon(ICON_CHAT),
    h('span', { class: 'launcher-label' }, config.title),
  );
  const newChat = h('button', { type: 'button', class: 'tool new-chat' }, zh.newChat);
  const largeToggle = h('button', { type: 'button', class: 'tool large-toggle', 'aria-pressed': 'false' }, zh.largeText);
  const closeButton = h('button', { type: 'button', class: 'tool close', 'aria-label': zh.close }, icon(ICON_CLOSE));
  const log = h('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': zh.log });
  const stream = h('div', { class: 'stream', 'aria-hidden': 'true' });
  // Focusable so keyboard users can scroll a long answer with the arrow keys.
  const scroller = h('div', { class: 'scroller', tabindex: '0', role: 'region', 'aria-label': zh.conversation }, log, stream);
  const status = h('div', { class: 'status', role: 'status' });
  const input = h('input', {
    type: 'text',
    class: 'question',
    name: 'question',
    maxlength: '500',
    autocomplete: 'off',
    enterkeyhint: 'send',
    'aria-label': zh.inputLabel,
    placeholder: zh.inputPlaceholder,
  });
  const send = h('button', { type: 'submit', class: 'send' }, zh.send);
  const form = h('form', { class: 'ask', novalidate: true }, input, send);

  const panel = h(
    'div',
    { class: 'panel', id: panelId, role: 'dialog', 'aria-labelledby': titleId, hidden: true },
    h('div', { class: 'header' }, h('h2', { class: 'title', id: titleId }, config.title), newChat, largeToggle, closeButton),
    scroller,
    h('div', { class: 'footer' }, status, form, h('p', { class: 'disclaimer' }, zh.disclaimer)),
  );

  const root = h('div', { class: `root pos-${config.position} launcher-${config.launcher}` }, launcher, panel);
  return { root, launcher, panel, newChat, largeToggle, closeButton, scroller, log, stream, status, form, input, send };
}
