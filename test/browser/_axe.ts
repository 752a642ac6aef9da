/** axe-core in the page: serious and critical violations, as `rule: [targets]` lines a test can compare to []. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let source: Promise<string> | null = null;

export interface AxeSummary {
  blocking: string[];
  /** how many passed checks were on nodes inside a shadow root (the widget's) */
  shadowPasses: number;
}

/** `include`: CSS selectors to check (default: the whole document). */
export async function runAxe(page: Page, include?: string[]): Promise<AxeSummary> {
  source ??= readFile(axePath, 'utf8');
  // page.evaluate runs over the DevTools protocol, so the page's CSP does not block the injection.
  await page.evaluate(await source);
  return page.evaluate(async (selectors) => {
    const run = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<any> } }).axe.run;
    const context = selectors ? { include: selectors.map((s) => [s]) } : document;
    const result = await run(context, { resultTypes: ['violations', 'passes'] });
    return {
      blocking: result.violations
        .filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
        .map((v: { id: string; nodes: Array<{ target: unknown }> }) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`),
      shadowPasses: result.passes.flatMap((p: { nodes: Array<{ target: unknown[] }> }) => p.nodes).filter((n: { target: unknown[] }) => Array.isArray(n.target[0])).length,
    };
  }, include ?? null);
}
