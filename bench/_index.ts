/** Building the real plan's index into a throwaway INDEX_DIR, as `npm run ingest` would. */
import { cp, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildIndex, type IndexManifest } from '../src/ingest/build.js';
import type { SourceFile } from '../src/ingest/corpus.js';
import { readLexiconSources, readSources } from '../src/ingest/files.js';

export const tempDir = (prefix: string): Promise<string> => mkdtemp(path.join(os.tmpdir(), `zcwd-${prefix}-`));

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
