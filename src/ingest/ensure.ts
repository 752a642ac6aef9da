/**
 * Build the index when it is missing or stale. Used by `npm run ingest` and by `npm start`.
 */
import type { Config } from '../config.js';
import { buildIndex, fingerprintOf, indexStatus, type BuildInput, type IndexManifest } from './build.js';
import { readLexiconSources, readSources } from './files.js';

type SourceConfig = Pick<Config, 'sourceDir' | 'lexiconDir' | 'indexDir' | 'embeddings'>;

/** Everything an index is built from, read from the source and lexicon folders. */
export async function readBuildInput(config: SourceConfig): Promise<BuildInput> {
  const sources = await readSources(config.sourceDir);
  if (!sources.ok) throw new Error(sources.error);
  return { sources: sources.value, lexiconSources: await readLexiconSources(config.lexiconDir), embeddings: config.embeddings };
}

export interface EnsureOptions {
  force?: boolean;
  log?: (line: string) => void;
  /**
   * Rebuild when CURRENT's manifest cannot be read (default). The server passes false: it falls back to an
   * older good build first (src/server/reload.ts), and rebuilds only when there is none.
   */
  rebuildUnreadable?: boolean;
  /** What to build from, when the caller has already read it. */
  input?: BuildInput;
}

/** Resolves with the manifest of the build it made, or null when the index was already up to date. */
export async function ensureIndex(
  config: SourceConfig,
  { force = false, log = (line: string) => console.log(line), rebuildUnreadable = true, input: given }: EnsureOptions = {},
): Promise<IndexManifest | null> {
  const input = given ?? (await readBuildInput(config));
  const status = await indexStatus(config.indexDir, fingerprintOf(input));
  if (!force && (status.state === 'fresh' || (status.state === 'unreadable' && !rebuildUnreadable))) {
    if (status.state === 'fresh') log(`index is up to date (${status.manifest.passageCount} passages, built ${status.manifest.builtAt}); --force rebuilds`);
    return null;
  }
  log(status.state === 'missing' ? 'no index yet: building' : status.state === 'fresh' ? 'rebuilding (--force)' : `index is ${status.state} (${status.reason}): rebuilding`);
  const { manifest } = await buildIndex(input, { indexDir: config.indexDir, log: (line) => log(`  ${line}`) });
  log(
    `built ${manifest.buildId}: ${manifest.clauseCount} clauses, ${manifest.passageCount} passages, ` +
      `embedder ${manifest.embedder.id} (${manifest.embedder.dimension} dims), ${manifest.buildMs} ms → ${config.indexDir}`,
  );
  return manifest;
}
