/**
 * The browser scripts the server hands out (/widget.js, /assets/chat.js). Compiled (`npm run build`), they
 * were bundled once into dist/browser/ beside the server's code; run from source (`npm start`), esbuild
 * bundles them from src/widget and src/chat at start-up. A build that fails leaves a script that warns,
 * and the rest of the service runs.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Logger } from './logger.js';

/** Where `npm run build` puts the bundles, relative to this file once compiled (dist/server/ → dist/browser/). */
export const PREBUILT = new URL('../browser/', import.meta.url);
const WIDGET_BUILD = new URL('../widget/build.ts', import.meta.url);
const WIDGET_MISSING = "console.warn('[政策问答] 小部件尚未构建（缺少 src/widget/build.ts）');\n";
const PAGES_BUILD = new URL('../chat/build.ts', import.meta.url);
/** The pages' bundled scripts, by the name they are served under in /assets/. */
export const PAGE_SCRIPT_NAMES = ['chat.js'];

const prebuilt = (name: string) => new URL(name, PREBUILT);

export async function widgetScript(logger: Logger): Promise<string> {
  if (existsSync(fileURLToPath(prebuilt('widget.js')))) return readFile(prebuilt('widget.js'), 'utf8');
  if (!existsSync(fileURLToPath(WIDGET_BUILD))) return WIDGET_MISSING;
  try {
    const { buildWidget } = (await import(WIDGET_BUILD.href)) as { buildWidget: () => Promise<string> };
    return await buildWidget();
  } catch (error) {
    logger.error({ error: (error as Error).message }, 'widget build failed; /widget.js serves a warning');
    return WIDGET_MISSING;
  }
}

/** The pages' own bundled scripts; on failure the pages still render, and routes/pages.ts serves a warning instead. */
export async function pageScripts(logger: Logger): Promise<Map<string, string>> {
  if (PAGE_SCRIPT_NAMES.every((name) => existsSync(fileURLToPath(prebuilt(name))))) {
    return new Map(await Promise.all(PAGE_SCRIPT_NAMES.map(async (name): Promise<[string, string]> => [name, await readFile(prebuilt(name), 'utf8')])));
  }
  try {
    const { buildPageScripts } = (await import(PAGES_BUILD.href)) as { buildPageScripts: () => Promise<Map<string, string>> };
    return await buildPageScripts();
  } catch (error) {
    logger.error({ error: (error as Error).message }, 'page script build failed; /assets/chat.js serves a warning');
    return new Map();
  }
}
