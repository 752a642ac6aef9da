/**
 * The default, offline embedder: a hashed, IDF-weighted bag of jieba words and character bigrams,
 * fitted on the corpus at ingest. It is a lexical vector space, not a neural one: it knows no
 * synonyms beyond the lexicon and no meaning beyond shared words and characters. What it adds to
 * BM25 is robustness to segmentation (character bigrams match where jieba cut differently) and a
 * cosine score on a fixed 0–1 scale. Use EMBEDDINGS=openai or transformers for semantic vectors.
 */
import { Embeddings } from '@langchain/core/embeddings';
import type { Tokenizer } from '../tokenizer.js';

export const LOCAL_EMBEDDER_ID = 'local-hashed-tfidf-v1';

export interface LocalEmbedderState {
  id: typeof LOCAL_EMBEDDER_ID;
  dimension: number;
  documentCount: number;
  /** feature → inverse document frequency, for features seen in the corpus */
  idf: Record<string, number>;
}

const BIGRAM_WEIGHT = 0.5;

/** FNV-1a, 32 bit: stable across processes and platforms, unlike a seeded hash. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function features(text: string, tokenizer: Tokenizer): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (feature: string) => counts.set(feature, (counts.get(feature) ?? 0) + 1);
  for (const word of tokenizer.terms(text)) add(`w:${word}`);
  for (const run of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) add(`c:${run.slice(i, i + 2)}`);
  }
  return counts;
}

/** Fit the IDF table on the corpus texts. */
export function fitLocalEmbedder(texts: string[], tokenizer: Tokenizer, dimension = 1024): LocalEmbedderState {
  const df = new Map<string, number>();
  for (const text of texts) for (const feature of features(text, tokenizer).keys()) df.set(feature, (df.get(feature) ?? 0) + 1);
  const idf: Record<string, number> = {};
  for (const [feature, n] of df) idf[feature] = Math.log((texts.length + 1) / (n + 0.5));
  return { id: LOCAL_EMBEDDER_ID, dimension, documentCount: texts.length, idf };
}

export function embedLocal(text: string, state: LocalEmbedderState, tokenizer: Tokenizer): number[] {
  const vector = new Array<number>(state.dimension).fill(0);
  // A feature the corpus never saw weighs like the rarest one: it matches nothing, but it lowers the
  // cosine of a question that is mostly about something else.
  const unseen = Math.log((state.documentCount + 1) / 0.5);
  for (const [feature, tf] of features(text, tokenizer)) {
    const hash = fnv1a(feature);
    const sign = hash & 0x80000000 ? -1 : 1;
    const weight = feature.startsWith('c:') ? BIGRAM_WEIGHT : 1;
    vector[hash % state.dimension]! += sign * weight * (1 + Math.log(tf)) * (state.idf[feature] ?? unseen);
  }
  // A loop, not Math.hypot(...vector): spreading 1024 arguments costs more than the whole embedding.
  let squares = 0;
  for (const v of vector) squares += v * v;
  const norm = Math.sqrt(squares);
  if (norm > 0) for (let i = 0; i < vector.length; i++) vector[i]! /= norm;
  return vector;
}

export class LocalEmbeddings extends Embeddings {
  constructor(
    readonly state: LocalEmbedderState,
    private readonly tokenizer: Tokenizer,
  ) {
    super({});
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map((d) => embedLocal(d, this.state, this.tokenizer));
  }

  async embedQuery(document: string): Promise<number[]> {
    return embedLocal(document, this.state, this.tokenizer);
  }
}
