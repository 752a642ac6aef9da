/**
 * Bundles src/widget into one minified IIFE. The server calls `buildWidget()` at start-up and serves
 * the string at GET /widget.js; `npm run build:widget` writes dist/widget.js and checks the size budget.
 */
import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The budget: ≤ 30 KB gzip. */
export const WIDGET_GZIP_BUDGET = 30 * 1024;

const ENTRY = new URL('./main.ts', import.meta.url);
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/**
 * One browser script from its entry module: minified, ES2020, every import inlined.
 * ASCII output on purpose: many government portals are GBK pages, and a script served without a
 * charset is decoded in the page's encoding, which would garble UTF-8 Chinese.
 */
export async function bundleBrowserScript(entry: URL): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    charset: 'ascii',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`esbuild produced no output for ${fileURLToPath(entry)}`);
  return file.text;
}

/** @example const js = await buildWidget(); // serve with Content-Type: text/javascript; charset=utf-8 */
export function buildWidget(): Promise<string> {
  return bundleBrowserScript(ENTRY);
}

export function gzipSize(code: string): number {
  return gzipSync(code, { level: 9 }).length;
}

async function main(): Promise<void> {
  const code = await buildWidget();
  await mkdir(DIST, { recursive: true });
  await writeFile(new URL('widget.js', pathToFileURL(DIST)), code);
  const gz = gzipSize(code);
  console.log(`dist/widget.js: ${code.length} bytes, ${gz} bytes gzip (budget ${WIDGET_GZIP_BUDGET})`);
  if (gz > WIDGET_GZIP_BUDGET) {
    console.error('widget.js is over its 30 KB gzip budget');
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
