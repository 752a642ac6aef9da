/**
 * Search over question cards (src/ingest/cards.ts): BM25 over each card's questions and keywords, and the
 * cosine of the question to each card question, with the same embedder as the passages. Built in memory
 * when an engine is created, from the index's cards plus any a supervisor has added since, so a new
 * annotation is searched as soon as the engine is rebuilt — no ingest, no restart.
 */
import { cardText, type Card } from '../ingest/cards.js';
import type { Tokenizer } from '../ingest/tokenizer.js';
import { createFieldedBm25 } from './bm25.js';
import { createSparseVectors, topIndices } from './sparse-vectors.js';
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
 * @param vectors one per card question, in the order of `cards.flatMap(c => c.questions)`.
 */
export function createCardIndex({ cards, vectors, tokenizer }: { cards: readonly Card[]; vectors: ArrayLike<number>[]; tokenizer: Tokenizer }): CardIndex {
  const expected = cards.reduce((n, c) => n + c.questions.length, 0);
  if (vectors.length !== expected) throw new Error(`card index: ${vectors.length} question vectors for ${expected} card questions`);
  const bm25 = createFieldedBm25(
    cards.map((card) => ({ fields: [tokenizer.terms(card.questions.join('\n')), tokenizer.terms(card.keywords.join('\n'))] })),
    [1, 0.8],
  );
  const questionOf = cards.flatMap((card) => card.questions.map((question) => ({ card, question })));
  const questionVectors = createSparseVectors(vectors);
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
      const scores = questionVectors.cosines(queryVector);
      // The best question of each card, then the `limit` best cards.
      bestOfCard.fill(0);
      for (let i = 0; i < questionOf.length; i++) {
        const c = cardOfQuestion[i]!;
        if (scores[i]! > bestOfCard[c]!) {
          bestOfCard[c] = scores[i]!;
          bestQuestion[c] = i;
        }
      }
      const vector = topIndices(bestOfCard, limit).map((c) => ({ card: cards[c]!, cosine: bestOfCard[c]!, question: questionOf[bestQuestion[c]!]!.question }));
      return { lexical, vector };
    },
  };
}
