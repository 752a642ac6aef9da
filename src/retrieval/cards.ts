/**
 * Search over question cards (src/ingest/cards.ts): BM25 over each card's questions and keywords, and the
 * cosine of the question to each card question, with the same embedder as the passages. Built in memory
 * when an engine is created, from the index's cards plus any a supervisor has added since, so a new
 * annotation is searched as soon as the engine is rebuilt — no ingest, no restart.
 */
import { cardText, type Card } from '../ingest/cards.js';
import type { Tokenizer } from '../ingest/tokenizer.js';
import { createFieldedBm25 } from './bm25.js';
import type { WeightedTerm } from './lexical.js';

export interface CardIndex {
  readonly cards: readonly Card[];
  /** Cards by BM25 over questions and keywords, and by the cosine of their nearest question. */
  search(terms: WeightedTerm[], queryVector: number[], limit: number): { lexical: Card[]; vector: { card: Card; cosine: number; question: string }[] };
  /** Every card that names a clause, for evidence: a clause's cards say what people call its topic. */
  cardsOf(clauseId: string): readonly Card[];
  /** Every term of every card that points at clauses: the words people use for the plan's topics. */
  readonly vocabulary: ReadonlySet<string>;
}


/**
 * A unit vector as its nonzero entries: the offline embedder hashes a few dozen features into 1024
 * dimensions, so card questions are searched through an inverted index of their nonzeros.
 */
interface StoredVector {
  index: Int32Array;
  value: Float32Array;
}

function sparse(vector: Float32Array): StoredVector {
  const index: number[] = [];
  for (let i = 0; i < vector.length; i++) if (vector[i] !== 0) index.push(i);
  return { index: Int32Array.from(index), value: Float32Array.from(index, (i) => vector[i]!) };
}

function normalize(vector: ArrayLike<number>): Float32Array {
  let norm = 0;
  for (let i = 0; i < vector.length; i++) norm += vector[i]! * vector[i]!;
  norm = Math.sqrt(norm) || 1;
  const out = new Float32Array(vector.length);
  for (let i = 0; i < vector.length; i++) out[i] = vector[i]! / norm;
  return out;
}

/**
 * @param vectors one per card question, in the order of `cards.flatMap(c => c.questions)`.
 */
export function createCardIndex({ cards, vectors, tokenizer }: { cards: readonly Card[]; vectors: ArrayLike<number>[]; tokenizer: Tokenizer }): CardIndex {
  const expected = cards.reduce((n, c) => n + c.questions.length, 0);
  if (vectors.length !== expected) throw new Error(`card index: ${vectors.length} question vectors for ${expected} card questions`);
  const bm25 = createFieldedBm25(
    cards.map((card) => ({ fields: [tokenizer.terms(card.questions.join('\n')), tokenizer.terms(card.keywords.join('\n'))] })),
    [1, 0.8],
  );
  const questionOf: { card: Card; question: string }[] = [];
  // Inverted, in compressed rows: for each dimension, the questions with a nonzero there and that value, so a
  // query only touches questions it shares a feature with.
  const entries: { dim: number; question: number; value: number }[] = [];
  let at = 0;
  for (const card of cards) {
    for (const question of card.questions) {
      const { index, value } = sparse(normalize(vectors[at]!));
      index.forEach((dim, i) => entries.push({ dim, question: at, value: value[i]! }));
      questionOf.push({ card, question });
      at++;
    }
  }
  const dimensions = vectors[0]?.length ?? 0;
  entries.sort((a, b) => a.dim - b.dim || a.question - b.question);
  const rowStart = new Int32Array(dimensions + 1);
  for (const { dim } of entries) rowStart[dim + 1]!++;
  for (let d = 0; d < dimensions; d++) rowStart[d + 1]! += rowStart[d]!;
  const postingQuestion = Int32Array.from(entries, (e) => e.question);
  const postingValue = Float32Array.from(entries, (e) => e.value);
  const scores = new Float64Array(questionOf.length);
  const cardIndex = new Map(cards.map((card, i) => [card, i]));
  const cardOfQuestion = Int32Array.from(questionOf, ({ card }) => cardIndex.get(card)!);
  const bestOfCard = new Float64Array(cards.length);
  const bestQuestion = new Int32Array(cards.length);
  const byClause = new Map<string, Card[]>();
  for (const card of cards) for (const id of card.clauses) byClause.set(id, [...(byClause.get(id) ?? []), card]);

  const vocabulary = new Set(cards.filter((c) => c.clauses.length > 0).flatMap((c) => tokenizer.terms(cardText(c))));

  return {
    cards,
    vocabulary,
    cardsOf: (clauseId) => byClause.get(clauseId) ?? [],
    search(terms, queryVector, limit) {
      const lexical = bm25.search(terms, limit).map((i) => cards[i]!);
      const query = normalize(queryVector);
      scores.fill(0);
      for (let dim = 0; dim < query.length && dim < dimensions; dim++) {
        const q = query[dim]!;
        if (q === 0) continue;
        for (let k = rowStart[dim]!; k < rowStart[dim + 1]!; k++) scores[postingQuestion[k]!]! += q * postingValue[k]!;
      }
      // The best question of each card, then the `limit` best cards — without sorting them all.
      bestOfCard.fill(-Infinity);
      for (let i = 0; i < questionOf.length; i++) {
        const c = cardOfQuestion[i]!;
        if (scores[i]! > bestOfCard[c]!) {
          bestOfCard[c] = scores[i]!;
          bestQuestion[c] = i;
        }
      }
      const top: number[] = [];
      for (let c = 0; c < cards.length; c++) {
        if (bestOfCard[c]! <= 0) continue;
        if (top.length < limit || bestOfCard[c]! > bestOfCard[top[top.length - 1]!]!) {
          let at = Math.min(top.length, limit - 1);
          while (at > 0 && bestOfCard[top[at - 1]!]! < bestOfCard[c]!) at--;
          top.splice(at, 0, c);
          if (top.length > limit) top.pop();
        }
      }
      const vector = top.map((c) => ({ card: cards[c]!, cosine: bestOfCard[c]!, question: questionOf[bestQuestion[c]!]!.question }));
      return { lexical, vector };
    },
  };
}
