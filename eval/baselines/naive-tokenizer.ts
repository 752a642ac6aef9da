/**
 * Plain `nodejieba.cut` with jieba's stock dictionary, as a developer would call it first: no domain
 * lexicon, no HMM (so "2025" comes out one digit per token), no stop words. Punctuation tokens are dropped
 * so that both baselines rank on words, not on "，".
 *
 * Surprise: nodejieba is a process-wide singleton, and loading our index inserts the domain lexicon into
 * it. Anything tokenized here after `loadIndex` / `buildIndex` would silently use our lexicon, so the
 * runner tokenizes every baseline chunk and question before it loads the index.
 */
import { createRequire } from 'node:module';

interface Jieba {
  cut(text: string): string[];
}

let jieba: Jieba | null = null;

function loadJieba(): Jieba {
  if (jieba) return jieba;
  try {
    jieba = createRequire(import.meta.url)('nodejieba') as Jieba;
  } catch (error) {
    throw new Error(`nodejieba could not be loaded (${(error as Error).message}): run \`npm ci\` again with a C++ toolchain (g++, make, python3)`);
  }
  return jieba;
}

const WORD = /[\p{L}\p{N}]/u;

export function naiveCut(text: string): string[] {
  return loadJieba()
    .cut(text)
    .map((token) => token.trim().toLowerCase())
    .filter((token) => WORD.test(token));
}
