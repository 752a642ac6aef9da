/**
 * Wires the skeleton to behaviour: open/close with focus management, Esc, the 大字 toggle and the
 * chat. Everything lives in the given shadow root; nothing touches the host page.
 */
import type { ApiClient } from './api.js';
import { createChat } from './chat.js';
import type { WidgetConfig } from './config.js';
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
  storage: Storage | null;
}

export function createWidget(shadow: ShadowRoot, { config, api, origin, storage }: WidgetOptions): Widget {
  adoptStyles(shadow, widgetCss(config.primary));
  const refs = buildPanel(config);
  shadow.append(refs.root);
  const chat = createChat({ refs, api, config, origin });
  let isOpen = false;
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
    }
    if (focus) refs.input.focus();
  };
  const close = () => {
    if (!isOpen) return;
    isOpen = false;
    refs.panel.hidden = true;
    refs.root.classList.remove('open');
    refs.launcher.setAttribute('aria-expanded', 'false');
    refs.launcher.focus();
  };

  refs.launcher.addEventListener('click', () => (isOpen ? close() : open()));
  refs.closeButton.addEventListener('click', close);
  shadow.addEventListener('keydown', (event) => onKeydown(event as KeyboardEvent));
  setupLargeText(refs, storage);
  if (config.openOnLoad) open({ focus: false });

  function onKeydown(event: KeyboardEvent) {
    if (event.key === 'Tab' && isOpen && fullScreen.matches) return wrapTab(event);
    if (event.key !== 'Escape' || !isOpen) return;
    event.preventDefault();
    const target = event.composedPath()[0];
    // First Esc on a citation link only hides its tooltip (WCAG 1.4.13 "dismissible").
    if (target instanceof HTMLElement && target.classList.contains('cite') && !target.classList.contains('tip-off')) {
      target.classList.add('tip-off');
      return;
    }
    close();
  }

  function wrapTab(event: KeyboardEvent) {
    const first = refs.largeToggle;
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
