/**
 * `npm run ingest [-- --force]`: build data/index from data/source and data/lexicon, skipping the
 * work when nothing changed. The only place of the ingest that reads argv and the environment.
 */
import { parseArgs } from 'node:util';
import { readConfig } from '../config.js';
import { ensureIndex } from './ensure.js';

try {
  const { values } = parseArgs({ options: { force: { type: 'boolean', default: false } } });
  await ensureIndex(readConfig(process.env), { force: values.force });
} catch (error) {
  console.error(`ingest failed: ${(error as Error).message}`);
  process.exit(1);
}
