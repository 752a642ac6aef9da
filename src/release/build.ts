/**
 * `npm run build`: the production build that `npm run start:prod` runs (and the Dockerfile copies). dist/
 * is emptied, the TypeScript of src/ is compiled into it by tsc (dist/server/main.js, dist/ingest/cli.js, …),
 * the pages' static files are copied beside the compiled server, and the browser scripts (the widget and the
 * chat of `/`) are bundled once into dist/browser/, so the compiled server neither needs tsx nor runs esbuild
 * at start-up (src/server/browser-scripts.ts).
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { buildPageScripts } from '../chat/build.js';
import { buildWidget, gzipSize, WIDGET_GZIP_BUDGET } from '../widget/build.js';

const ROOT = new URL('../../', import.meta.url);
const DIST = new URL('dist/', ROOT);

async function main(): Promise<void> {
  const started = performance.now();
  await rm(DIST, { recursive: true, force: true });
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: fileURLToPath(ROOT), stdio: 'inherit' });
  await cp(new URL('src/server/assets/', ROOT), new URL('server/assets/', DIST), { recursive: true });

  const browser = new URL('browser/', DIST);
  await mkdir(browser, { recursive: true });
  const widget = await buildWidget();
  if (gzipSize(widget) > WIDGET_GZIP_BUDGET) throw new Error(`widget.js is ${gzipSize(widget)} bytes gzip, over its ${WIDGET_GZIP_BUDGET}-byte budget`);
  await writeFile(new URL('widget.js', browser), widget);
  for (const [name, code] of await buildPageScripts()) await writeFile(new URL(name, browser), code);
  console.log(`dist/: compiled server, assets and browser scripts in ${((performance.now() - started) / 1000).toFixed(1)} s; run it with \`npm run start:prod\``);
}

try {
  await main();
} catch (error) {
  console.error(`build failed: ${(error as Error).message}`);
  process.exit(1);
}
