/** Building the real plan's index into a throwaway INDEX_DIR, as `npm run ingest` would. */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildIndex, type IndexManifest } from '../src/ingest/build.js';
import type { SourceFile } from '../src/ingest/corpus.js';
import { readLexiconSources, readSources } from '../src/ingest/files.js';

const created: string[] = [];

export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `zcwd-${prefix}-`));
  created.push(dir);
  return dir;
}

/** Removes every temp dir this process made: a 100× index is 85 MB, and runs add up. Call it last. */
export async function removeTempDirs(): Promise<void> {
  for (const dir of created.splice(0)) await rm(dir, { recursive: true, force: true });
}

export async function planSources(sourceDir = 'data/source'): Promise<SourceFile[]> {
  const sources = await readSources(sourceDir);
  if (!sources.ok) throw new Error(sources.error);
  return sources.value;
}

/** Builds `sources` (default: data/source) into `indexDir` with the offline local embedder. */
export async function buildInto(indexDir: string, sources?: SourceFile[]): Promise<{ manifest: IndexManifest; ms: number }> {
  const started = performance.now();
  const { manifest } = await buildIndex(
    { sources: sources ?? (await planSources()), lexiconSources: await readLexiconSources('data/lexicon'), embeddings: { kind: 'local' } },
    { indexDir },
  );
  return { manifest, ms: performance.now() - started };
}

/** A private copy of an index folder, so a scenario can break or rebuild it without touching the original. */
export async function copyIndex(from: string, prefix = 'index-copy'): Promise<string> {
  const dir = path.join(await tempDir(prefix), 'index');
  await cp(from, dir, { recursive: true });
  return dir;
}
