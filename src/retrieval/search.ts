/**
 * GET /api/search: ranked clauses with the verbatim substrings that matched, for highlighting.
 */
import type { SearchResult } from '../contract.js';
import type { LoadedIndex } from '../ingest/store.js';
import { analyzeQuery } from './query.js';
import type { Retriever } from './retriever.js';

/** Verbatim substrings of `text` equal to any term (case-insensitive), in text order, overlaps merged. */
export function highlightsIn(text: string, terms: string[]): string[] {
  const lower = text.toLowerCase();
  const spans: [number, number][] = [];
  for (const term of new Set(terms.filter((t) => t.length > 0))) {
    for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + term.length)) spans.push([at, at + term.length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged.map(([from, to]) => text.slice(from, to));
}

export async function searchClauses(index: LoadedIndex, retriever: Retriever, query: string, k: number): Promise<SearchResult[]> {
  const analyzed = analyzeQuery(query, undefined, index.tokenizer);
  if (analyzed.terms.length === 0) return [];
  const { hits } = await retriever.retrieve(analyzed, k);
  const terms = analyzed.terms.map((t) => t.term);
  return hits
    .filter((h) => h.bm25Rank !== null || h.cosine > 0.05)
    .map((h) => ({
      id: h.clause.id,
      label: h.clause.label,
      path: h.clause.path,
      text: h.clause.text,
      score: h.score,
      highlights: highlightsIn(h.clause.text, terms),
    }));
}
