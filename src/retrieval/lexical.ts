/**
 * BM25 over jieba terms (MiniSearch's BM25+), with two fields: the heading path and the clause text.
 * Also keeps each term's document frequency, which the scope gate uses to weigh question terms.
 */
import MiniSearch from 'minisearch';
import type { Tokenizer } from '../ingest/tokenizer.js';
import type { Passage } from '../types.js';

interface LexicalDoc {
  id: string;
  heading: string;
  text: string;
}

export interface LexicalIndexData {
  minisearch: string;
  documentCount: number;
  /** term → number of passages containing it */
  df: Record<string, number>;
}

export interface LexicalHit {
  passageId: string;
  score: number;
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

function options(tokenizer: Tokenizer) {
  return {
    idField: 'id',
    fields: ['heading', 'text'],
    tokenize: (text: string) => tokenizer.terms(text),
    processTerm: (term: string) => term,
    searchOptions: { boost: { heading: 0.5 } },
  };
}

function splitContext(passage: Passage): LexicalDoc {
  const [heading, ...rest] = passage.context.split('\n');
  return { id: passage.id, heading: heading ?? '', text: rest.join('\n') };
}

export function buildLexicalIndex(passages: Passage[], tokenizer: Tokenizer): LexicalIndexData {
  const minisearch = new MiniSearch<LexicalDoc>(options(tokenizer));
  minisearch.addAll(passages.map(splitContext));
  // Document frequencies over distinct texts: a document that quotes the plan verbatim says nothing new,
  // and sixty copies of the 5G clause must not make 5G基站 a common word.
  const distinct = new Map<string, Passage>();
  for (const passage of passages) if (!distinct.has(passage.text)) distinct.set(passage.text, passage);
  const df: Record<string, number> = {};
  for (const passage of distinct.values()) for (const term of new Set(tokenizer.terms(passage.context))) df[term] = (df[term] ?? 0) + 1;
  return { minisearch: JSON.stringify(minisearch), documentCount: distinct.size, df };
}

export function loadLexicalIndex(data: LexicalIndexData, tokenizer: Tokenizer): LexicalIndex {
  const minisearch = MiniSearch.loadJSON<LexicalDoc>(data.minisearch, options(tokenizer));
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
    search(terms, limit) {
      if (terms.length === 0) return [];
      const weights = new Map<string, number>();
      for (const { term, weight } of terms) weights.set(term, Math.max(weights.get(term) ?? 0, weight));
      const results = minisearch.search({ queries: [...weights.keys()], combineWith: 'OR' }, {
        tokenize: (text: string) => [text],
        boostTerm: (term: string) => weights.get(term) ?? 1,
      });
      return results.slice(0, limit).map((r) => ({ passageId: String(r.id), score: r.score }));
    },
  };
}
