/**
 * Build the index when it is missing or stale. Used by `npm run ingest` and by `npm start`.
 */
import type { Config } from '../config.js';
import { buildIndex, fingerprintOf, indexStatus } from './build.js';
import { readLexiconSources, readSources } from './files.js';

export async function ensureIndex(
  config: Pick<Config, 'sourceDir' | 'lexiconDir' | 'indexDir' | 'embeddings'>,
  { force = false, log = (line: string) => console.log(line) } = {},
): Promise<void> {
  const sources = await readSources(config.sourceDir);
  if (!sources.ok) throw new Error(sources.error);
  const input = { sources: sources.value, lexiconSources: await readLexiconSources(config.lexiconDir), embeddings: config.embeddings };
  const status = await indexStatus(config.indexDir, fingerprintOf(input));
  if (status.state === 'fresh' && !force) {
    log(`index is up to date (${status.manifest.passageCount} passages, built ${status.manifest.builtAt}); --force rebuilds`);
    return;
  }
  log(status.state === 'stale' ? `index is stale (${status.reason}): rebuilding` : status.state === 'missing' ? 'no index yet: building' : 'rebuilding (--force)');
  const { manifest } = await buildIndex(input, { indexDir: config.indexDir, log: (line) => log(`  ${line}`) });
  log(
    `built ${manifest.buildId}: ${manifest.clauseCount} clauses, ${manifest.passageCount} passages, ` +
      `embedder ${manifest.embedder.id} (${manifest.embedder.dimension} dims), ${manifest.buildMs} ms → ${config.indexDir}`,
  );
}

