/**
 * One question's life, the same in the widget and on `/`: user bubble → streaming bubble (aria-hidden)
 * → the finished answer appended to the live log once → its buttons (answer-actions.ts) and related
 * questions. A request that never reached the server is retried once before the failure is classified
 * (see api.ts: a CORS refusal and a dropped network look the same). The two callers differ only in their DOM (ChatView),
 * how they scroll (ChatScroll) and what an empty conversation shows.
 */
import type { AskRequest, AskResponse } from '../contract.js';
import type { ApiClient, AskOutcome, StreamHandlers } from './api.js';
import { createCitationDialog, type CitationDialog } from './citation-dialog.js';
import type { Conversation } from './conversation.js';
import { activeIn, wireAnswerActions } from './answer-actions.js';
import { describeFailure } from './failures.js';
import { answerMessage, errorMessage, streamingView, userMessage } from './messages.js';
import { zh } from './text.js';

export interface ChatView {
  /** role="log": only finished messages are appended here, so each answer is announced once */
  log: HTMLElement;
  /** aria-hidden holder for the answer while it streams */
  stream: HTMLElement;
  status: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement | HTMLTextAreaElement;
  send: HTMLButtonElement;
  /** where the citation dialog and copy's scratch text area are attached */
  root: HTMLElement;
}

export interface ChatScroll {
  /** while the answer streams in */
  follow(): void;
  /** show the exchange that starts with this element (the question) from its start */
  reveal(element: HTMLElement): void;
}

export interface ChatOptions {
  view: ChatView;
  api: ApiClient;
  /** the service origin, for citation links and copied text */
  origin: string;
  conversation: Conversation;
  scroll: ChatScroll;
  /** always first in the log (the widget's welcome bubble) */
  welcome?: (ask: (question: string) => void) => HTMLElement;
  /** shown only while there is no exchange (the page's "还没有提问") */
  placeholder?: HTMLElement;
  retryDelayMs?: number;
}

export interface Chat {
  /** Resolves when the answer (or the error) is shown; ignored while another question is running. */
  ask(question: string): Promise<void>;
  /** 新对话: forget the conversation, here and in sessionStorage. */
  reset(): void;
  citations: CitationDialog;
}

export function createChat(options: ChatOptions): Chat {
  const { view, api, origin, conversation, scroll, welcome, placeholder, retryDelayMs = 1000 } = options;
  const citations = createCitationDialog({ origin, fallbackFocus: () => view.input });
  view.root.append(citations.element);
  const onCite = citations.open;
  let busy = false;
  // 新对话 during a request: the answer that arrives for the old conversation is dropped.
  let epoch = 0;
  let relatedGroups: HTMLElement[] = [];

  const setStatus = (text: string) => {
    view.status.textContent = text;
  };
  const setBusy = (on: boolean) => {
    busy = on;
    if (on) view.send.setAttribute('aria-disabled', 'true');
    else view.send.removeAttribute('aria-disabled');
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
    const mine = epoch;
    setBusy(true);
    setStatus(zh.generating);
    const streaming = streamingView();
    view.stream.replaceChildren(streaming.element);
    scroll.reveal(questionBubble);
    const history = conversation.history();
    const request: AskRequest = history.length > 0 ? { question, history } : { question };
    const handlers: StreamHandlers = {
      onCitations: () => undefined,
      onDelta: (text) => {
        if (mine !== epoch) return;
        streaming.append(text);
        scroll.follow();
      },
    };
    const outcome = await fetchAnswer(request, handlers, streaming.clear);
    if (mine !== epoch) return;
    view.stream.replaceChildren();
    setStatus('');
    setBusy(false);

    if (outcome.ok) {
      conversation.record(question, outcome.body);
      showAnswer(question, outcome.body);
      scroll.reveal(questionBubble);
      return;
    }
    const failure = describeFailure(outcome.failure);
    // The question stays where it was typed, ready to send again.
    if (!view.input.value.trim()) view.input.value = question;
    const bubble = errorMessage(
      failure,
      failure.retry
        ? () => {
            if (busy) return;
            // The retry button is about to disappear; keep focus where the next question goes.
            if (view.input.value.trim() === question) view.input.value = '';
            view.input.focus();
            bubble.remove();
            void run(question, questionBubble);
          }
        : null,
    );
    view.log.append(bubble);
    scroll.reveal(questionBubble);
  }

  function showAnswer(question: string, body: AskResponse): void {
    const { element, actions } = answerMessage(body, onCite);
    wireAnswerActions(actions, question, body, { api, origin, root: view.root, setStatus });
    for (const button of actions.related) button.addEventListener('click', () => void ask(button.textContent ?? ''));
    if (actions.relatedGroup) relatedGroups.push(actions.relatedGroup);
    view.log.append(element);
  }

  /** Related questions belong to the latest answer only; focus on one that goes away moves to the input. */
  function retireRelated(): void {
    const active = activeIn(view.root);
    const hadFocus = relatedGroups.some((group) => active && group.contains(active));
    for (const group of relatedGroups) group.hidden = true;
    relatedGroups = [];
    if (hadFocus) view.input.focus();
  }

  function render(): void {
    view.log.replaceChildren();
    relatedGroups = [];
    if (welcome) view.log.append(welcome((q) => void ask(q)));
    const exchanges = conversation.exchanges();
    if (exchanges.length === 0 && placeholder) view.log.append(placeholder);
    for (const { question, response } of exchanges) {
      retireRelated();
      view.log.append(userMessage(question));
      showAnswer(question, response);
    }
  }

  view.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const question = view.input.value.trim();
    if (!question) {
      setStatus(zh.errors.empty);
      view.input.focus();
      return;
    }
    if (busy) return;
    view.input.value = '';
    void ask(question);
  });

  async function ask(question: string): Promise<void> {
    const q = question.trim().slice(0, 500);
    if (busy || !q) return;
    retireRelated();
    placeholder?.remove();
    const bubble = userMessage(q);
    view.log.append(bubble);
    await run(q, bubble);
  }

  render();

  return {
    ask,
    citations,
    reset() {
      epoch += 1;
      citations.close();
      conversation.clear();
      view.stream.replaceChildren();
      setBusy(false);
      render();
      setStatus(zh.newChatDone);
      view.input.focus();
    },
  };
}
