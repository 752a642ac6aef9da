/**
 * Wires the skeleton to behaviour: open/close with focus management, Esc, 新对话, the 大字 toggle and
 * the chat. Everything lives in the given shadow root; nothing touches the host page.
 */
import type { ApiClient } from './api.js';
import { createChat, type ChatScroll } from './chat.js';
import type { WidgetConfig } from './config.js';
import type { Conversation } from './conversation.js';
import { welcomeMessage } from './messages.js';
import { buildPanel, type PanelRefs } from './panel.js';
import { readLargeText, writeLargeText } from './storage.js';
import { adoptStyles, FULL_SCREEN_QUERY, widgetCss } from './styles.js';

export interface Widget {
  /** `focus: false` for open-on-load, which must not steal focus from the host page. */
  open(options?: { focus?: boolean }): void;
  close(): void;
  ask(question: string): Promise<void>;
}

export interface WidgetOptions {
  config: WidgetConfig;
  api: ApiClient;
  origin: string;
  /** localStorage, for the 大字 preference */
  storage: Storage | null;
  conversation: Conversation;
}

export function createWidget(shadow: ShadowRoot, { config, api, origin, storage, conversation }: WidgetOptions): Widget {
  adoptStyles(shadow, widgetCss(config.primary));
  const refs = buildPanel(config);
  shadow.append(refs.root);
  const chat = createChat({
    view: { ...refs, root: refs.root },
    api,
    origin,
    conversation,
    scroll: scrollerScroll(refs.scroller),
    welcome: (ask) => welcomeMessage(config.welcome, config.examples, ask),
  });
  let isOpen = false;
  let opened = false;
  const fullScreen = window.matchMedia(FULL_SCREEN_QUERY);
  // Full screen hides the page, so the dialog is modal there: say so, and keep Tab inside it.
  const syncModal = () => refs.panel.setAttribute('aria-modal', String(fullScreen.matches));
  syncModal();
  fullScreen.addEventListener?.('change', syncModal);

  const open = ({ focus = true }: { focus?: boolean } = {}) => {
    if (!isOpen) {
      isOpen = true;
      refs.panel.hidden = false;
      refs.root.classList.add('open');
      refs.launcher.setAttribute('aria-expanded', 'true');
      // A conversation restored after a reload is shown at its latest exchange.
      if (!opened) refs.scroller.scrollTop = refs.scroller.scrollHeight;
      opened = true;
    }
    if (focus) refs.input.focus();
  };
  const close = () => {
    if (!isOpen) return;
    isOpen = false;
    chat.citations.close();
    refs.panel.hidden = true;
    refs.root.classList.remove('open');
    refs.launcher.setAttribute('aria-expanded', 'false');
    refs.launcher.focus();
  };

  refs.launcher.addEventListener('click', () => (isOpen ? close() : open()));
  refs.closeButton.addEventListener('click', close);
  refs.newChat.addEventListener('click', () => chat.reset());
  shadow.addEventListener('keydown', (event) => onKeydown(event as KeyboardEvent));
  setupLargeText(refs, storage);
  if (config.openOnLoad) open({ focus: false });

  function onKeydown(event: KeyboardEvent) {
    // The citation dialog is a native modal <dialog>: its own Esc closes it, and only it.
    if (chat.citations.isOpen()) return;
    if (event.key === 'Tab' && isOpen && fullScreen.matches) return wrapTab(event);
    if (event.key !== 'Escape' || !isOpen) return;
    event.preventDefault();
    close();
  }

  function wrapTab(event: KeyboardEvent) {
    const first = refs.newChat;
    const last = refs.send;
    const active = shadow.activeElement;
    if (event.shiftKey && active === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return {
    open,
    close,
    ask: async (question) => {
      open();
      await chat.ask(question);
    },
  };
}

/** The conversation scrolls inside the panel: follow the streaming text, then show the exchange from its question. */
function scrollerScroll(scroller: HTMLElement): ChatScroll {
  return {
    follow: () => {
      scroller.scrollTop = scroller.scrollHeight;
    },
    // The browser clamps a short exchange to the end.
    reveal: (element) => {
      scroller.scrollTop += element.getBoundingClientRect().top - scroller.getBoundingClientRect().top - 12;
    },
  };
}

function setupLargeText(refs: PanelRefs, storage: Storage | null): void {
  const apply = (on: boolean) => {
    refs.root.classList.toggle('large', on);
    refs.largeToggle.setAttribute('aria-pressed', String(on));
  };
  apply(readLargeText(storage));
  refs.largeToggle.addEventListener('click', () => {
    const on = !refs.root.classList.contains('large');
    apply(on);
    writeLargeText(storage, on);
  });
}
