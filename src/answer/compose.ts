/**
 * Composition → the /api/ask body's answer text and citations.
 */
import type { Citation } from '../contract.js';
import type { ClauseHit } from '../retrieval/retriever.js';
import { quoteOf, type Composition } from './extractive.js';
import { LIST_INTRO } from './messages.js';

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
    url: `/plan#${encodeURIComponent(clause.id)}`,
  };
}

/** Statements become lines ending in [n]; a list gets its intro line. */
export function renderComposition(composition: Composition, isList: boolean): { answer: string; citations: Citation[]; segments: string[] } {
  const citations = composition.used.map((u, i) => citationOf(u.hit, i + 1, quoteOf(u.hit.clause, u.from, u.to)));
  const segments: string[] = [];
  if (isList && composition.statements.length > 1) segments.push(`${LIST_INTRO}\n`);
  composition.statements.forEach((s, i) => {
    const separator = isList && i < composition.statements.length - 1 ? '\n' : '';
    // A "list" of one measure reads as a plain statement.
    const text = composition.statements.length === 1 ? s.text.replace(/^[①②③④⑤] /, '') : s.text;
    segments.push(`${text}[${s.clauseIndex + 1}]${separator}`);
  });
  for (const note of composition.notes) segments.push(segments.length ? `\n${note}` : note);
  return { answer: segments.join(''), citations, segments };
}
