import { readFileSync } from 'node:fs';
import { readLexiconSources } from '../src/ingest/files.js';
import { buildLexicon } from '../src/ingest/lexicon.js';
import { loadIndex, type LoadedIndex } from '../src/ingest/store.js';
import { createTokenizer, type Tokenizer } from '../src/ingest/tokenizer.js';

export const PLAN_FILE = 'data/source/zhejiang-advanced-manufacturing-plan-2021.txt';
export const planText = (): string => readFileSync(PLAN_FILE, 'utf8');

/** What the plan's issuing notice says about it, read from the published text by hand. */
export const PLAN_META = {
  title: '浙江省全球先进制造业基地建设“十四五”规划',
  issuer: '浙江省人民政府',
  documentNumber: '浙政发〔2021〕20号',
  signedDate: '2021年7月2日',
  signedDateIso: '2021-07-02',
  publishedDate: '2021-07-21',
  period: '2021—2025年',
  periodStart: 2021,
  periodEnd: 2025,
};

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
