import { readFileSync } from 'node:fs';
import { readLexiconSources } from '../src/ingest/files.js';
import { buildLexicon } from '../src/ingest/lexicon.js';
import { loadIndex, type LoadedIndex } from '../src/ingest/store.js';
import { createTokenizer, type Tokenizer } from '../src/ingest/tokenizer.js';

export const PLAN_FILE = 'data/source/zhejiang-advanced-manufacturing-plan-2021.txt';
export const planText = (): string => readFileSync(PLAN_FILE, 'utf8');

/** The lexicon files as ingest reads them. */
export const lexiconSources = () => readLexiconSources('data/lexicon');

/** The real tokenizer: real nodejieba with the real lexicon built from the real plan. */
export async function realTokenizer(): Promise<Tokenizer> {
  return createTokenizer({ lexicon: buildLexicon(await lexiconSources(), [planText()]) });
}

let shared: Promise<LoadedIndex> | null = null;
/** The index test/global-setup.ts built for this run. */
export function testIndex(): Promise<LoadedIndex> {
  const dir = process.env.TEST_INDEX_DIR;
  if (!dir) throw new Error('TEST_INDEX_DIR is not set: run the tests with `npm test` (vitest globalSetup builds it)');
  shared ??= loadIndex(dir, { kind: 'local' });
  return shared;
}
