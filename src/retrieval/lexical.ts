/**
 * BM25 over jieba terms with two fields: the heading path (boost 0.5) and the clause text. The build stores
 * each passage's terms; loading builds the inverted index in memory (src/retrieval/bm25.ts). Also keeps each
 * term's document frequency over distinct texts, which the scope gate uses to weigh question terms.
 */
import type { Tokenizer } from '../ingest/tokenizer.js';
import type { Passage } from '../types.js';
import { createFieldedBm25 } from './bm25.js';

export interface LexicalIndexData {
  /** Each passage's terms: [heading terms, text terms]. */
  passages: { id: string; fields: [string[], string[]] }[];
  documentCount: number;
  /** term → number of passages containing it */
  df: Record<string, number>;
}

export interface LexicalHit {
  passageId: string;
}

export interface LexicalIndex {
  data: LexicalIndexData;
  search(terms: WeightedTerm[], limit: number): LexicalHit[];
  /** Inverse document frequency of a term; terms absent from the corpus get the maximum. */
  idf(term: string): number;
  has(term: string): boolean;
  /** The IDF of a term found in a single passage. */
  maxIdf: number;
  /** A term that names a topic: absent from the plan, or in few passages (目标 and 措施 are in many). */
  isTopicTerm(term: string): boolean;
}

export interface WeightedTerm {
  term: string;
  weight: number;
}

const HEADING_BOOST = 0.5;

function fieldsOf(passage: Passage, tokenizer: Tokenizer): [string[], string[]] {
  const [heading, ...rest] = passage.context.split('\n');
  return [tokenizer.terms(heading ?? ''), tokenizer.terms(rest.join('\n'))];
}

export function buildLexicalIndex(passages: Passage[], tokenizer: Tokenizer): LexicalIndexData {
  // Document frequencies over distinct texts: a document that quotes the plan verbatim says nothing new,
  // and sixty copies of the 5G clause must not make 5G基站 a common word.
  const distinct = new Map<string, Passage>();
  for (const passage of passages) if (!distinct.has(passage.text)) distinct.set(passage.text, passage);
  const df: Record<string, number> = {};
  for (const passage of distinct.values()) for (const term of new Set(tokenizer.terms(passage.context))) df[term] = (df[term] ?? 0) + 1;
  return { passages: passages.map((p) => ({ id: p.id, fields: fieldsOf(p, tokenizer) })), documentCount: distinct.size, df };
}

export function loadLexicalIndex(data: LexicalIndexData): LexicalIndex {
  const bm25 = createFieldedBm25(data.passages, [HEADING_BOOST, 1]);
  // BM25's IDF of a term in n passages; a term in none counts as in one (the rarest there is).
  const idfOf = (n: number) => Math.log(1 + (data.documentCount - n + 0.5) / (n + 0.5));
  const maxIdf = idfOf(1);
  return {
    data,
    maxIdf,
    idf: (term) => idfOf(data.df[term] || 1),
    has: (term) => term in data.df,
    // In at most ~5% of passages: 宁波 (4) and 数字化改造 (3) are topics, 目标 (12) and 发展 are not.
    isTopicTerm: (term) => (data.df[term] ?? 0) <= Math.max(2, data.documentCount * 0.05),
    search: (terms, limit) => bm25.search(terms, limit).map((i) => ({ passageId: data.passages[i]!.id })),
  };
}
