/**
 * `npm run ingest [-- --force]`: build data/index from data/source and data/lexicon, skipping the
 * work when nothing changed. The only place of the ingest that reads argv and the environment.
 */
import { parseArgs } from 'node:util';
import { readConfig } from '../config.js';
import { buildIndex, fingerprintOf, indexStatus } from './build.js';
import { readLexiconSources, readSources } from './files.js';

export async function ensureIndex({ force = false, log = (line: string) => console.log(line) } = {}): Promise<void> {
  const config = readConfig(process.env);
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

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!);
if (isMain) {
  const { values } = parseArgs({ options: { force: { type: 'boolean', default: false } } });
  ensureIndex({ force: values.force }).catch((error: Error) => {
    console.error(`ingest failed: ${error.message}`);
    process.exit(1);
  });
}
