/**
 * What the buttons under an answer do: 复制 copies it with its citations; 有帮助 sends feedback at once;
 * 没帮助 first asks what was missing (optional) and sends with 提交. Feedback is sent once per answer.
 */
import type { AskResponse } from '../contract.js';
import type { ApiClient } from './api.js';
import { copyText, formatForCopy } from './copy.js';
import { commentForm, type AnswerActions } from './messages.js';
import { zh } from './text.js';

export interface ActionContext {
  api: ApiClient;
  /** the service origin, for the links in copied text */
  origin: string;
  /** where copy's scratch text area goes; its root node knows the focused element */
  root: HTMLElement;
  setStatus(text: string): void;
}

/** The focused element in this tree (the document, or the widget's shadow root). */
export const activeIn = (root: HTMLElement) => (root.getRootNode() as Document | ShadowRoot).activeElement;

export function wireAnswerActions(actions: AnswerActions, question: string, body: AskResponse, { api, origin, root, setStatus }: ActionContext): void {
  actions.copy.addEventListener('click', async () => {
    const ok = await copyText(formatForCopy(body, origin), root);
    actions.copy.focus();
    setStatus(ok ? zh.copied : zh.copyFailed);
  });

  let sent = false;
  const send = async (helpful: boolean, button: HTMLButtonElement, comment?: string) => {
    if (sent) return;
    sent = true;
    button.setAttribute('aria-pressed', 'true');
    const ok = await api.sendFeedback(comment ? { question, answer: body.answer, helpful, comment } : { question, answer: body.answer, helpful });
    if (!ok) {
      sent = false;
      button.setAttribute('aria-pressed', 'false');
      setStatus(zh.feedbackFailed);
      return;
    }
    // aria-disabled, not disabled: a disabled button would drop keyboard focus.
    for (const b of [actions.helpful, actions.notHelpful]) b.setAttribute('aria-disabled', 'true');
    const focusInComment = actions.comment.contains(activeIn(root));
    actions.comment.hidden = true;
    if (focusInComment) button.focus();
    setStatus(zh.thanks);
  };

  actions.helpful.addEventListener('click', () => void send(true, actions.helpful));
  actions.notHelpful.addEventListener('click', () => {
    if (sent) return;
    const { element: form, field } = commentForm();
    actions.comment.replaceChildren(form);
    actions.comment.hidden = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void send(false, actions.notHelpful, field.value.trim() || undefined);
    });
    field.focus();
  });
}
