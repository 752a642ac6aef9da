/**
 * Composition → the /api/ask body's answer text and citations.
 */
import type { Citation } from '../contract.js';
import type { ClauseHit } from '../retrieval/retriever.js';
import { quoteOf, type Composition } from './extractive.js';
import { LIST_INTRO } from './messages.js';
import { clauseUrl } from '../contract.js';
import { MARKER } from './validate.js';

export function citationOf(hit: ClauseHit, n: number, quote: string): Citation {
  const { clause } = hit;
  return {
    n,
    id: clause.id,
    label: clause.label,
    path: clause.path,
    text: clause.text,
    quote,
    score: hit.score,
    url: clauseUrl(clause.id),
  };
}

const ENUMERATORS = ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩'];

/** Statements become lines ending in [n]; a list gets its intro line. */
export function renderComposition(composition: Composition, isList: boolean): { answer: string; citations: Citation[]; segments: string[] } {
  const citations = composition.used.map((u, i) => citationOf(u.hit, i + 1, quoteOf(u.hit.clause, u.from, u.to)));
  const segments: string[] = [];
  const numbered = isList && composition.statements.length > 1;
  // What the plan does not give goes first; it also introduces a list.
  if (composition.lead) segments.push(`${composition.lead}\n`);
  else if (numbered) segments.push(`${LIST_INTRO}\n`);
  composition.statements.forEach((s, i) => {
    const separator = isList && i < composition.statements.length - 1 ? '\n' : '';
    // Circled enumerators: list numbering must not add digits that no clause contains. A "list" of one
    // measure reads as a plain statement.
    const text = numbered ? `${ENUMERATORS[i]} ${s.text}` : s.text;
    segments.push(`${text}[${s.clauseIndex + 1}]${separator}`);
  });
  for (const note of composition.notes) segments.push(segments.length ? `\n${note}` : note);
  return { answer: segments.join(''), citations, segments };
}

/**
 * The model saw several clauses but may cite only some: keep those it cites, renumbered 1..k in order
 * of first use, and rewrite its markers to match.
 */
export function keepCited(answer: string, citations: Citation[]): { answer: string; citations: Citation[] } {
  const order: number[] = [];
  for (const m of answer.matchAll(MARKER)) {
    const n = Number(m[1]);
    if (!order.includes(n)) order.push(n);
  }
  const renumbered = answer.replace(MARKER, (_, n: string) => `[${order.indexOf(Number(n)) + 1}]`);
  return { answer: renumbered, citations: order.map((n, i) => ({ ...citations[n - 1]!, n: i + 1 })) };
}
