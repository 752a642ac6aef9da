/**
 * Related questions (`related` in the contract): up to three questions the asker may want next, taken from
 * the question cards of the clauses the answer cites — each card question is answered by its clause, so
 * every suggestion is answerable from the plan. One per clause, the one least like what was just asked.
 */
import type { CardIndex } from '../retrieval/cards.js';

const MAX_RELATED = 3;

/** Adjacent pairs of letters and digits, each pair of UTF-16 units packed into one number. */
function bigrams(text: string): Set<number> {
  const chars = text.replace(/[^\p{L}\p{N}]/gu, '');
  const out = new Set<number>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars.charCodeAt(i) * 0x10000 + chars.charCodeAt(i + 1));
  return out;
}

// Card questions are the same few hundred from answer to answer: their bigrams are cut once per card set.
const cardBigrams = new WeakMap<CardIndex, Map<string, Set<number>>>();
function bigramsOf(cards: CardIndex, question: string): Set<number> {
  let byQuestion = cardBigrams.get(cards);
  if (!byQuestion) cardBigrams.set(cards, (byQuestion = new Map()));
  let found = byQuestion.get(question);
  if (!found) byQuestion.set(question, (found = bigrams(question)));
  return found;
}

function overlap(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  // (The pairs shared, counted over the smaller set.)
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared / small.size;
}

/**
 * @param clauseIds the cited clauses, in citation order, then any neighbours to fall back on
 */
export function relatedQuestions(question: string, clauseIds: string[], cards: CardIndex): string[] {
  const asked = bigrams(question);
  const chosen: string[] = [];
  for (const id of clauseIds) {
    if (chosen.length >= MAX_RELATED) break;
    const candidates = cards
      .cardsOf(id)
      .filter((c) => c.source === 'plan')
      .flatMap((c) => c.questions)
      .filter((q) => !chosen.includes(q))
      .map((q, order) => ({ q, order, near: overlap(asked, bigramsOf(cards, q)) }))
      // Not a rewording of the question just asked…
      .filter((c) => c.near < 0.6);
    candidates.sort((a, b) => a.near - b.near || a.order - b.order);
    // …nor of a suggestion already made: the least like the question of those that are not.
    const next = candidates.find((c) => chosen.every((other) => overlap(bigramsOf(cards, other), bigramsOf(cards, c.q)) < 0.6));
    if (next) chosen.push(next.q);
  }
  return chosen;
}
