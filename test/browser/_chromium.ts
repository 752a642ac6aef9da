/**
 * Debian's Chromium (or CHROMIUM_PATH), driven by playwright-core. CI installs it (.ci/run). Without it
 * the browser tests are skipped, and test/global-setup.ts says so in one line at the end of the run —
 * except with CI=true, where they run and fail: CI must not pass without them.
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { inCi } from '../_ci.js';

export const CHROMIUM = process.env.CHROMIUM_PATH?.trim() || '/usr/bin/chromium';


export const chromiumMissing = !existsSync(CHROMIUM);
export const skipBrowserTests = chromiumMissing && !inCi(process.env.CI);

export const SKIPPED_LINE = `browser tests skipped: no Chromium at ${CHROMIUM}; install it (apt-get install chromium) or set CHROMIUM_PATH=/path/to/chromium to run them`;

export async function launchChromium(): Promise<Browser> {
  if (chromiumMissing) throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH (CI=true requires the browser tests)`);
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
