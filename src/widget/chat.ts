/**
 * One question's life: user bubble → streaming bubble (aria-hidden) → the finished answer appended
 * to the live log once → copy and feedback. A request that never reached the server is retried once
 * before the failure is classified (see api.ts: a CORS refusal and a dropped network look the same).
 */
import type { AskRequest, AskResponse } from '../contract.js';
import type { ApiClient, AskOutcome, StreamHandlers } from './api.js';
import type { WidgetConfig } from './config.js';
import { createConversation } from './conversation.js';
import { copyText, formatForCopy } from './copy.js';
import { describeFailure } from './failures.js';
import { answerMessage, errorMessage, streamingView, userMessage, welcomeMessage } from './messages.js';
import type { PanelRefs } from './panel.js';
import { zh } from './text.js';

export interface ChatOptions {
  refs: PanelRefs;
  api: ApiClient;
  config: WidgetConfig;
  /** the service origin, for citation links */
  origin: string;
  retryDelayMs?: number;
}

export interface Chat {
  /** Resolves when the answer (or the error) is shown; ignored while another question is running. */
  ask(question: string): Promise<void>;
}

export function createChat({ refs, api, config, origin, retryDelayMs = 1000 }: ChatOptions): Chat {
  const conversation = createConversation();
  let busy = false;

  const setStatus = (text: string) => {
    refs.status.textContent = text;
  };
  const setBusy = (on: boolean) => {
    busy = on;
    if (on) refs.send.setAttribute('aria-disabled', 'true');
    else refs.send.removeAttribute('aria-disabled');
  };
  const scrollTo = (element?: HTMLElement) => {
    const s = refs.scroller;
    if (!element) s.scrollTop = s.scrollHeight;
    // The exchange is shown from its question on; the browser clamps short ones to the end.
    else s.scrollTop += element.getBoundingClientRect().top - s.getBoundingClientRect().top - 12;
  };

  async function fetchAnswer(request: AskRequest, handlers: StreamHandlers, reset: () => void): Promise<AskOutcome> {
    const first = await api.askStream(request, handlers);
    if (first.ok || first.failure.kind !== 'unreachable') return first;
    await new Promise((resolve) => setTimeout(resolve, retryDelayMs));
    reset();
    const second = await api.askStream(request, handlers);
    if (second.ok || second.failure.kind !== 'unreachable') return second;
    return { ok: false, failure: { kind: (await api.isReachable()) ? 'unauthorized' : 'offline' } };
  }

  async function run(question: string, questionBubble: HTMLElement): Promise<void> {
    setBusy(true);
    setStatus(zh.generating);
    const view = streamingView();
    refs.stream.replaceChildren(view.element);
    scrollTo();
    const history = conversation.history();
    const request: AskRequest = history.length > 0 ? { question, history } : { question };
    const handlers: StreamHandlers = {
      onCitations: () => undefined,
      onDelta: (text) => {
        view.append(text);
        scrollTo();
      },
    };
    const outcome = await fetchAnswer(request, handlers, view.clear);
    refs.stream.replaceChildren();
    setStatus('');
    setBusy(false);

    if (outcome.ok) {
      conversation.record(question, outcome.body.answer);
      showAnswer(question, outcome.body);
      scrollTo(questionBubble);
      return;
    }
    const failure = describeFailure(outcome.failure);
    const bubble = errorMessage(
      failure,
      failure.retry
        ? () => {
            if (busy) return;
            // The retry button is about to disappear; keep focus where the next question goes.
            refs.input.focus();
            bubble.remove();
            void run(question, questionBubble);
          }
        : null,
    );
    refs.log.append(bubble);
    scrollTo(questionBubble);
  }

  function showAnswer(question: string, body: AskResponse): void {
    const { element, actions } = answerMessage(body, origin);
    actions.copy.addEventListener('click', async () => {
      const ok = await copyText(formatForCopy(body, origin), refs.root);
      actions.copy.focus();
      setStatus(ok ? zh.copied : zh.copyFailed);
    });
    let feedbackSent = false;
    const feedback = (helpful: boolean, button: HTMLButtonElement) => async () => {
      if (feedbackSent) return;
      feedbackSent = true;
      button.setAttribute('aria-pressed', 'true');
      const ok = await api.sendFeedback({ question, answer: body.answer, helpful });
      if (!ok) {
        feedbackSent = false;
        button.setAttribute('aria-pressed', 'false');
        setStatus(zh.feedbackFailed);
        return;
      }
      // aria-disabled, not disabled: a disabled button would drop keyboard focus.
      for (const b of [actions.helpful, actions.notHelpful]) b.setAttribute('aria-disabled', 'true');
      setStatus(zh.thanks);
    };
    actions.helpful.addEventListener('click', feedback(true, actions.helpful));
    actions.notHelpful.addEventListener('click', feedback(false, actions.notHelpful));
    refs.log.append(element);
  }

  refs.log.append(welcomeMessage(config.welcome, config.examples, (q) => void ask(q)));

  refs.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const question = refs.input.value.trim();
    if (!question) {
      setStatus(zh.errors.empty);
      refs.input.focus();
      return;
    }
    if (busy) return;
    refs.input.value = '';
    void ask(question);
  });

  async function ask(question: string): Promise<void> {
    const q = question.trim().slice(0, 500);
    if (busy || !q) return;
    const bubble = userMessage(q);
    refs.log.append(bubble);
    await run(q, bubble);
  }

  return { ask };
}
