/**
 * What a supervisor's card decides (src/server/admin): a question close enough to an annotated one gets the
 * curated answer (mode `curated`, checked against the plan again before it is served), the referral of an
 * out-of-scope card, or is answered from the clauses the supervisor linked — even when the scope gate alone
 * would have refused it. Cards written from the plan only help retrieval; they decide nothing.
 */
import type { Card } from '../ingest/cards.js';
import type { CardMatch } from '../retrieval/retriever.js';

/** Near-identical questions: the curated answer or the referral is served as it is. */
export const DECIDES = 0.8;
/** Close rewordings: the linked clauses answer, first. */
export const LINKS = 0.7;

export type AnnotatedDecision =
  | { kind: 'curated'; card: Card & { answer: string } }
  | { kind: 'referral'; card: Card & { referral: NonNullable<Card['referral']> } }
  | { kind: 'link'; card: Card }
  | null;

export function annotatedDecision(matches: CardMatch[]): AnnotatedDecision {
  const best = matches.find((m) => m.card.source === 'supervisor');
  if (!best) return null;
  const { card, cosine } = best;
  if (cosine >= DECIDES && card.answer && card.clauses.length > 0) return { kind: 'curated', card: card as Card & { answer: string } };
  if (cosine >= DECIDES && card.referral && card.clauses.length === 0) return { kind: 'referral', card: card as Card & { referral: NonNullable<Card['referral']> } };
  if (cosine >= LINKS && card.clauses.length > 0) return { kind: 'link', card };
  return null;
}
