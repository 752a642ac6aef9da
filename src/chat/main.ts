/**
 * The chat on `/`: the widget's conversation code (src/widget/chat.ts) over the page's server-rendered
 * form, so the page and the widget answer, cite, copy, retry and remember alike. What is the page's own:
 * the question box is a text area (Enter sends, Shift+Enter breaks the line), 大字 enlarges the whole
 * page, and a new exchange is shown by scrolling the window to its question.
 */
import { createApiClient } from '../widget/api.js';
import { createChat, type ChatScroll } from '../widget/chat.js';
import { createConversation } from '../widget/conversation.js';
import { readLargeText, safeSessionStorage, safeStorage, writeLargeText } from '../widget/storage.js';

/** sessionStorage key of the page's conversation (the widget on the same page keeps its own). */
export const PAGE_CONVERSATION_KEY = 'zhengce:conversation';

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from the page`);
  return element as T;
}

/** The window scrolls, not the log: the question goes to the top, its answer grows below it. */
const windowScroll: ChatScroll = {
  follow: () => undefined,
  // 'instant': the page's CSS asks for smooth scrolling, which would leave the answer half-way on a slow machine.
  reveal: (element) => element.scrollIntoView({ block: 'start', behavior: 'instant' }),
};

function setupLargeText(toggle: HTMLButtonElement, storage: Storage | null): void {
  const apply = (on: boolean) => {
    document.documentElement.classList.toggle('large', on);
    toggle.setAttribute('aria-pressed', String(on));
  };
  apply(readLargeText(storage));
  toggle.addEventListener('click', () => {
    const on = toggle.getAttribute('aria-pressed') !== 'true';
    apply(on);
    writeLargeText(storage, on);
  });
}

function start(): void {
  const origin = window.location.origin;
  const input = byId<HTMLTextAreaElement>('question');
  const form = byId<HTMLFormElement>('ask-form');
  const chat = createChat({
    view: {
      log: byId('chat-log'),
      stream: byId('chat-stream'),
      status: byId('ask-status'),
      form,
      input,
      send: byId<HTMLButtonElement>('ask-button'),
      root: document.body,
    },
    api: createApiClient({ origin, siteKey: null }),
    origin,
    conversation: createConversation({ storage: safeSessionStorage(), key: PAGE_CONVERSATION_KEY }),
    scroll: windowScroll,
    placeholder: byId('chat-empty'),
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  for (const example of document.querySelectorAll<HTMLButtonElement>('.example[data-question]')) {
    example.addEventListener('click', () => void chat.ask(example.dataset.question ?? ''));
  }
  byId<HTMLButtonElement>('new-chat').addEventListener('click', () => chat.reset());
  setupLargeText(byId<HTMLButtonElement>('large-toggle'), safeStorage());
}

start();
