/**
 * Hybrid retrieval: BM25 over jieba terms and cosine search in the HNSW index, fused by weighted
 * reciprocal rank fusion, then passages folded into their clauses.
 */
import type { LoadedIndex } from '../ingest/store.js';
import type { Clause } from '../types.js';
import type { AnalyzedQuery } from './query.js';

export interface ClauseHit {
  clause: Clause;
  /** Fused score scaled to 0–1: 1 = ranked first by both BM25 and the vectors. */
  score: number;
  bm25Rank: number | null;
  vectorRank: number | null;
  /** Cosine similarity of the best passage (hnswlib returns distances; this is 1 − distance). */
  cosine: number;
  /** Question terms found in the clause or its headings. */
}

/** A clause chosen without retrieval (the notice for a 文号 question, a matcher's measure). */
export function chosenHit(clause: Clause, score = 1): ClauseHit {
  return { clause, score, bm25Rank: null, vectorRank: null, cosine: 0 };
}

export interface RetrieverOptions {
  index: LoadedIndex;
  /** Candidates taken from each list before fusion. */
  depth?: number;
  rrfK?: number;
  vectorWeight?: number;
}

export interface Retriever {
  retrieve(query: AnalyzedQuery, k: number): Promise<ClauseHit[]>;
}

export function createRetriever({ index, depth = 40, rrfK = 60, vectorWeight = 0.6 }: RetrieverOptions): Retriever {
  const clauses = new Map(index.corpus.clauses.map((c) => [c.id, c]));
  const passageClause = new Map(index.corpus.passages.map((p) => [p.id, p.clauseId]));
  const total = Math.min(depth, index.corpus.passages.length);

  // The primary plan's clause for each of its texts: a copy elsewhere cites the plan itself.
  const primaryByText = new Map(index.corpus.clauses.filter((c) => c.docId === '').map((c) => [c.text, c.id]));

  /**
   * Documents that quote the plan verbatim (implementation plans do) must not take its citations: of
   * clauses with the same text, the primary plan's stands where the best-ranked copy stood — even when
   * the copies filled the candidate lists and the plan's own clause was not among them.
   */
  function preferPrimary<T>(ranked: [string, T][]): [string, T][] {
    const seen = new Set<string>();
    const out: [string, T][] = [];
    for (const [clauseId, entry] of ranked) {
      const { text, docId } = clauses.get(clauseId)!;
      // The plan's own clause keeps its id (were two of its clauses worded alike, each stays itself);
      // another document's clause is the plan's when it has the plan's words, and copies count once.
      const cited = docId === '' ? clauseId : (primaryByText.get(text) ?? clauseId);
      const key = docId === '' || primaryByText.has(text) ? cited : `text:${text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push([cited, entry]);
    }
    return out;
  }

  return {
    async retrieve(query, k) {
      const lexical = index.lexical.search(query.terms, depth);
      const vector = await index.vectors.similaritySearchVectorWithScore(await index.vectors.embeddings.embedQuery(query.retrievalText), total);
      const fused = new Map<string, { score: number; bm25Rank: number | null; vectorRank: number | null; cosine: number }>();
      const entry = (passageId: string) => {
        const clauseId = passageClause.get(passageId)!;
        let e = fused.get(clauseId);
        if (!e) fused.set(clauseId, (e = { score: 0, bm25Rank: null, vectorRank: null, cosine: 0 }));
        return e;
      };
      lexical.forEach((hit, rank) => {
        const e = entry(hit.passageId);
        // A clause split into several passages counts once per list, at its best rank.
        if (e.bm25Rank === null) {
          e.bm25Rank = rank + 1;
          e.score += 1 / (rrfK + rank + 1);
        }
      });
      vector.forEach(([document, distance], rank) => {
        const e = entry(String(document.metadata.passageId));
        if (e.vectorRank === null) {
          e.vectorRank = rank + 1;
          e.score += vectorWeight / (rrfK + rank + 1);
          e.cosine = 1 - distance;
        }
      });
      const best = (1 + vectorWeight) / (rrfK + 1);
      return preferPrimary([...fused].sort((a, b) => b[1].score - a[1].score || clauses.get(a[0])!.order - clauses.get(b[0])!.order))
        .slice(0, k)
        .map(([clauseId, e]) => ({
          clause: clauses.get(clauseId)!,
          score: Math.round((e.score / best) * 1000) / 1000,
          bm25Rank: e.bm25Rank,
          vectorRank: e.vectorRank,
          cosine: Math.round(e.cosine * 1000) / 1000,
        }));
    },
  };
}
