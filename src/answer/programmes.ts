/**
 * The plan's programmes and the names it gives them, for the answer: which of them a question names in everyday words,
 * and which clauses name one a question asks about.
 */
import type { ClauseHit } from '../retrieval/retriever.js';
import type { AnalyzedQuery } from '../retrieval/query.js';
import { planProgrammes } from '../retrieval/asked.js';
import type { Clause } from '../types.js';

export function createProgrammes(clauses: readonly Clause[]) {
  /** The plan's own programmes, as it quotes them (未来工厂, 小巨人, 品字标). */
  const programmes = planProgrammes(clauses.map((c) => c.text).join('\n'));
  const sentences = clauses.flatMap((c) => c.sentences.map((x) => x.toLowerCase()));
  const naming = new Map<string, number>();
  /** How many sentences of the plan hold a term. */
  const sentencesNaming = (term: string) => {
    let n = naming.get(term);
    if (n === undefined) naming.set(term, (n = sentences.filter((x) => x.includes(term.toLowerCase())).length));
    return n;
  };
  return {
    /**
     * The plan's names for what the question calls in everyday words (从来没贷过款 → 首贷户拓展行动): the targets of the
     * synonyms it used, of four characters or more, that one sentence of the plan holds.
     */
    namedBySynonyms(query: Pick<AnalyzedQuery, 'synonymsApplied'>): string[] {
      return [...new Set(query.synonymsApplied.flatMap(([, targets]) => targets).filter((t) => t.length >= 4 && sentencesNaming(t) === 1))];
    },
    /** Of the hits, those whose clause names a programme the question names — all of them when none does. */
    namingOnly(hits: ClauseHit[], question: string): ClauseHit[] {
      const named = programmes.filter((t) => question.includes(t));
      const names = (h: ClauseHit) => named.some((t) => h.clause.text.includes(t));
      return named.length > 0 && hits.some(names) ? hits.filter(names) : hits;
    },
  };
}
