/**
 * Hybrid retrieval: BM25 over jieba terms and cosine search in the HNSW index over the plan's passages,
 * and the same two over the question cards (people's words for each clause), fused by weighted
 * reciprocal rank fusion; passages and cards are folded into their clauses.
 */
import type { Card } from '../ingest/cards.js';
import type { LoadedIndex } from '../ingest/store.js';
import type { Clause } from '../types.js';
import { createCardIndex, type CardIndex } from './cards.js';
import { createPassageVectors } from './passage-vectors.js';
import type { AnalyzedQuery } from './analyzed.js';

export interface ClauseHit {
  clause: Clause;
  /** Fused score scaled to 0–1: 1 = ranked first by both BM25 and the vectors. */
  score: number;
  bm25Rank: number | null;
  vectorRank: number | null;
  /** Cosine similarity of the best passage (hnswlib returns distances; this is 1 − distance). */
  cosine: number;
}

/** A card close to the question: its cosine to the nearest of the card's questions. */
export interface CardMatch {
  card: Card;
  cosine: number;
  question: string;
}

export interface Retrieval {
  hits: ClauseHit[];
  /** The cards nearest the question, best first: a supervisor's annotation may decide the answer. */
  cards: CardMatch[];
}

/** A clause chosen without retrieval (the notice for a 文号 question, a matcher's measure). */
export function chosenHit(clause: Clause, score = 1): ClauseHit {
  return { clause, score, bm25Rank: null, vectorRank: null, cosine: 0 };
}

export interface RetrieverOptions {
  index: LoadedIndex;
  /** The question cards to search; default: the index's own. */
  cards?: CardIndex;
  /** Candidates taken from each list of passages before fusion. */
  depth?: number;
  /** …and from each list of cards: a card far down a list is about something else. */
  cardDepth?: number;
  rrfK?: number;
  vectorWeight?: number;
  /** Weights of the card lists (BM25 over questions and keywords; nearest card question). */
  cardLexicalWeight?: number;
  cardVectorWeight?: number;
  /**
   * Rank fusion forgets how close the nearest card question is: a near-paraphrase (cosine 0.6) and a loose
   * match (0.3) at rank 1 count the same. The nearest card of each clause adds up to this many first places
   * of a list, in proportion to how far its cosine is above CARD_COSINE_FLOOR.
   */
  cardCosineBonus?: number;
}

/** Below this cosine a card question shares little more than the plan's common words with the question. */
const CARD_COSINE_FLOOR = 0.35;

export interface Retriever {
  readonly cards: CardIndex;
  retrieve(query: AnalyzedQuery, k: number): Promise<Retrieval>;
}

/** The card index of a loaded index's own cards. */
export function indexCards(index: LoadedIndex, extra: { cards: Card[]; vectors: ArrayLike<number>[] } = { cards: [], vectors: [] }): CardIndex {
  return createCardIndex({ cards: [...index.cards, ...extra.cards], vectors: [...index.cardVectors, ...extra.vectors], tokenizer: index.tokenizer });
}

export function createRetriever({
  index,
  cards = indexCards(index),
  depth = 40,
  cardDepth = 8,
  // Small: with a hundred clauses, a list's 20th place is far from its first, and fusion must say so.
  rrfK = 8,
  vectorWeight = 0.6,
  cardLexicalWeight = 0.8,
  cardVectorWeight = 0.8,
  cardCosineBonus = 2,
}: RetrieverOptions): Retriever {
  const clauses = new Map(index.corpus.clauses.map((c) => [c.id, c]));
  const passageClause = new Map(index.corpus.passages.map((p) => [p.id, p.clauseId]));
  const total = Math.min(depth, index.corpus.passages.length);
  const passageVectors = createPassageVectors(index.vectors);

  /**
   * Documents that quote the plan verbatim (implementation plans do) must not take its citations: every
   * clause is searched under the clause it cites — the primary plan's clause of the same text, else the first
   * clause of that text — so copies count once per list, at the best copy's rank, together with the plan's
   * own clause, even when the copies fill the candidate lists. The plan's own clauses keep their ids (were
   * two of them worded alike, each stays itself).
   */
  const primaryByText = new Map(index.corpus.clauses.filter((c) => c.docId === '').map((c) => [c.text, c.id]));
  const firstByText = new Map<string, string>();
  for (const c of index.corpus.clauses) if (!firstByText.has(c.text)) firstByText.set(c.text, c.id);
  const citedAs = new Map(index.corpus.clauses.map((c) => [c.id, c.docId === '' ? c.id : (primaryByText.get(c.text) ?? firstByText.get(c.text)!)]));

  return {
    cards,
    async retrieve(query, k) {
      const lexical = index.lexical.search(query.terms, depth);
      const queryVector = await index.vectors.embeddings.embedQuery(query.retrievalText);
      const vector = await passageVectors.search(queryVector, total);
      const cardResults = cards.search(query.terms, queryVector, cardDepth);
      const fused = new Map<string, { score: number; bm25Rank: number | null; vectorRank: number | null; cosine: number; cardLists: Set<string> }>();
      const clauseEntry = (clauseId: string) => {
        let e = fused.get(clauseId);
        if (!e) fused.set(clauseId, (e = { score: 0, bm25Rank: null, vectorRank: null, cosine: 0, cardLists: new Set() }));
        return e;
      };
      const entry = (passageId: string) => clauseEntry(citedAs.get(passageClause.get(passageId)!)!);
      // A card counts for each clause it names, once per list, at the rank of its best card.
      const addCards = (list: 'lexical' | 'vector', ranked: Card[], weight: number) => {
        let rank = 0;
        for (const card of ranked) {
          rank++;
          for (const clauseId of card.clauses) {
            if (!clauses.has(clauseId)) continue;
            const e = clauseEntry(citedAs.get(clauseId)!);
            if (e.cardLists.has(list)) continue;
            e.cardLists.add(list);
            e.score += weight / (rrfK + rank);
          }
        }
      };
      addCards('lexical', cardResults.lexical, cardLexicalWeight);
      addCards('vector', cardResults.vector.map((m) => m.card), cardVectorWeight);
      const bonused = new Set<string>();
      for (const { card, cosine } of cardResults.vector) {
        if (cosine <= CARD_COSINE_FLOOR) break;
        for (const clauseId of card.clauses) {
          const cited = citedAs.get(clauseId);
          if (!cited || bonused.has(cited)) continue;
          bonused.add(cited);
          clauseEntry(cited).score += (cardCosineBonus * (cosine - CARD_COSINE_FLOOR)) / (1 - CARD_COSINE_FLOOR) / (rrfK + 1);
        }
      }
      lexical.forEach((hit, rank) => {
        const e = entry(hit.passageId);
        // A clause split into several passages counts once per list, at its best rank.
        if (e.bm25Rank === null) {
          e.bm25Rank = rank + 1;
          e.score += 1 / (rrfK + rank + 1);
        }
      });
      vector.forEach(({ passageId, cosine }, rank) => {
        const e = entry(passageId);
        if (e.vectorRank === null) {
          e.vectorRank = rank + 1;
          e.score += vectorWeight / (rrfK + rank + 1);
          e.cosine = cosine;
        }
      });
      const best = (1 + vectorWeight + (cards.cards.length > 0 ? cardLexicalWeight + cardVectorWeight + cardCosineBonus : 0)) / (rrfK + 1);
      const hits = [...fused]
        .sort((a, b) => b[1].score - a[1].score || clauses.get(a[0])!.order - clauses.get(b[0])!.order)
        .slice(0, k)
        .map(([clauseId, e]) => ({
          clause: clauses.get(clauseId)!,
          score: Math.round((e.score / best) * 1000) / 1000,
          bm25Rank: e.bm25Rank,
          vectorRank: e.vectorRank,
          cosine: Math.round(e.cosine * 1000) / 1000,
        }));
      return { hits, cards: cardResults.vector.slice(0, 5) };
    },
  };
}
