/**
 * The in-process passes asked of the production build: src/ compiled by tsc (tsconfig.build.json, as `npm run build` does
 * for `npm run start:prod` and the Dockerfile) into a temp dir, and asked in a plain node child (bench/_compiled-run.mjs).
 * Under tsx every function is wrapped to keep its name, which the compiled build does not pay: both figures are printed.
 */
import { execFileSync } from 'node:child_process';
import { symlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { tempDir } from './_index.js';

export async function compiledSamples(indexDir: string, passes: number): Promise<number[]> {
  const dir = await tempDir('compiled');
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', path.join(dir, 'dist'), '--sourceMap', 'false'], { stdio: 'inherit' });
  // The compiled modules import their packages by name: node looks for them beside the build.
  await symlink(path.resolve('node_modules'), path.join(dir, 'node_modules'), 'dir');
  const out = execFileSync(process.execPath, ['bench/_compiled-run.mjs', path.join(dir, 'dist'), indexDir, String(passes)], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  return (JSON.parse(out.trim().split('\n').at(-1)!) as { samples: number[] }).samples;
}
