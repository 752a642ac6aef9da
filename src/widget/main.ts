/**
 * The entry of widget.js. `document.currentScript` is only set while this file first runs, so the
 * service origin and the data- options are read before anything else. A second copy of the script
 * on the same page finds `window.PolicyQA` and stops: one page, one widget.
 */
import { createApiClient } from './api.js';
import { readConfig } from './config.js';
import { createConversation } from './conversation.js';
import { safeSessionStorage, safeStorage } from './storage.js';
import { createWidget, type Widget } from './widget.js';

export const TAG = 'policy-qa-widget';

export interface PolicyQaApi {
  open(): void;
  close(): void;
  ask(question: string): Promise<void>;
}

declare global {
  interface Window {
    PolicyQA?: PolicyQaApi;
  }
}

function findScript(): HTMLScriptElement | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement && current.src) return current;
  // Loaded by a tag manager or a bundler wrapper: fall back to the tag that names a site key.
  return document.querySelector<HTMLScriptElement>('script[src*="widget.js"][data-site-key]');
}

function start(): void {
  if (window.PolicyQA || document.querySelector(TAG)) return;
  const script = findScript();
  if (!script) {
    console.error('[政策问答] cannot find the <script src=".../widget.js"> tag; the widget is not started');
    return;
  }
  const origin = new URL(script.src, document.baseURI).origin;
  const { config, warnings } = readConfig({ ...script.dataset });
  for (const warning of warnings) console.warn(`[政策问答] ${warning}`);
  // On the service's own pages no key is needed; elsewhere the portal's origin must be allowed (README).
  if (!config.siteKey && origin !== window.location.origin) {
    console.warn('[政策问答] data-site-key is missing: this page works only if its origin is in the service\'s ALLOWED_ORIGINS');
  }

  if (!customElements.get(TAG)) customElements.define(TAG, class PolicyQaElement extends HTMLElement {});
  const host = document.createElement(TAG);
  const shadow = host.attachShadow({ mode: 'open' });

  // Calls made before <body> exists (an async script in <head>) wait for the mount.
  let widget: Widget | null = null;
  const pending: Array<(w: Widget) => void> = [];
  const withWidget = (action: (w: Widget) => void) => (widget ? action(widget) : pending.push(action));
  window.PolicyQA = Object.freeze({
    open: () => withWidget((w) => w.open()),
    close: () => withWidget((w) => w.close()),
    ask: (question: string) => new Promise<void>((resolve) => withWidget((w) => void w.ask(question).then(resolve))),
  });

  const mount = () => {
    // inline: the button takes the script tag's place in the page; floating: a corner of the window.
    if (config.launcher === 'inline' && script.isConnected && script.parentElement !== document.head) {
      host.setAttribute('launcher', 'inline');
      script.after(host);
    } else {
      document.body.appendChild(host);
    }
    widget = createWidget(shadow, {
      config,
      api: createApiClient({ origin, siteKey: config.siteKey }),
      origin,
      storage: safeStorage(),
      conversation: createConversation({ storage: safeSessionStorage(), key: `policyqa:conversation:${origin}` }),
    });
    for (const action of pending.splice(0)) action(widget);
  };
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount, { once: true });
}

start();
