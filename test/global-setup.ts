/**
 * Builds the index once for the whole test run, into a temporary INDEX_DIR, from the real plan and
 * lexicon. Tests read TEST_INDEX_DIR; the repository's data/index is never touched by tests.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildIndex } from '../src/ingest/build.js';
import { readLexiconSources, readSources } from '../src/ingest/files.js';

let dir = '';

export async function setup(): Promise<void> {
  dir = await mkdtemp(path.join(os.tmpdir(), 'zcwd-test-index-'));
  const sources = await readSources('data/source');
  if (!sources.ok) throw new Error(sources.error);
  await buildIndex(
    { sources: sources.value, lexiconSources: await readLexiconSources('data/lexicon'), embeddings: { kind: 'local' } },
    { indexDir: dir },
  );
  process.env.TEST_INDEX_DIR = dir;
}

export async function teardown(): Promise<void> {
  if (dir) await rm(dir, { recursive: true, force: true });
}
