/**
 * What every browser test file needs: a host portal on its own origin, the real API server that
 * lists that origin for the site key, and Chromium. Plus helpers that look inside the shadow root.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from './_chromium.js';
import { SITE_KEY, startHost, type HostServer } from './_host.js';
import { startService, type Service } from './_service.js';

export interface Fixture {
  browser: Browser;
  service: Service;
  host: HostServer;
  /** The host page URL with the given query (see _host.ts). */
  hostUrl(query?: Record<string, string>): string;
  stop(): Promise<void>;
}

/**
 * Chromium first (it fails fastest, when it is missing), then the host page and the API server. If any
 * step fails, what was already started is stopped before the error goes on: a test file whose fixture
 * never came up must not leave a server running (afterAll has no fixture to stop).
 */
export async function startFixture(): Promise<Fixture> {
  const started: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const close of started.splice(0).reverse()) await close().catch(() => undefined);
  };
  try {
    const browser = await launchChromium();
    started.push(() => browser.close());
    const host = await startHost();
    started.push(() => host.stop());
    const service = await startService({ siteKeys: `${SITE_KEY}=${host.origin}` });
    started.push(() => service.stop());
    host.setApi(service.origin);
    return { browser, service, host, hostUrl: (query = {}) => `${host.origin}/?${new URLSearchParams(query).toString()}`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Collects what the page reports as wrong: uncaught errors, and console errors (and warnings, if asked). */
export function watchProblems(page: Page, { warnings = false } = {}): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' || (warnings && m.type() === 'warning')) problems.push(m.text());
  });
  return problems;
}

/** Opens the host page and waits for the widget's launcher; collects page errors. */
export async function openHostPage(
  fixture: Fixture,
  query: Record<string, string> = {},
  options: BrowserContextOptions = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await fixture.browser.newContext(options);
  const page = await context.newPage();
  const errors = watchProblems(page);
  await page.goto(fixture.hostUrl(query));
  await page.locator('policy-qa-widget .launcher').waitFor({ state: 'visible' });
  return { page, errors };
}

/** The class list of the focused element inside the widget's shadow root ('' when focus is elsewhere). */
export function focusedInWidget(page: Page): Promise<string> {
  return page.evaluate(() => {
    const host = document.querySelector('policy-qa-widget');
    if (document.activeElement !== host) return '';
    return host?.shadowRoot?.activeElement?.className ?? '';
  });
}

/** Presses `key` until the focused widget element has `className`; fails after `limit` presses. */
export async function pressUntilFocused(page: Page, key: string, className: string, limit = 15): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if ((await focusedInWidget(page)).split(' ').includes(className)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} × ${limit} did not reach .${className}`);
}

/** Asks through the public API and waits for the finished answer (or error) bubble. */
export async function ask(page: Page, question: string): Promise<void> {
  await page.evaluate((q) => window.PolicyQA!.ask(q), question);
}
