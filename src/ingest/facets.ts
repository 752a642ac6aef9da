/**
 * Clause facets: what each clause is for (industry, enterprise type, region, need), computed at ingest
 * from the curated table data/lexicon/facets.json applied to the clause text and its heading path.
 */
import type { Clause, ClauseFacets, FacetClass } from '../types.js';

export const FACET_CLASSES: readonly FacetClass[] = ['industry', 'enterpriseType', 'region', 'need'];

export interface FacetEntry {
  name: string;
  /** Words that tag a clause containing them. */
  clause: string[];
  /** Words in a question or profile that select this facet. */
  query: string[];
  /** For a need: the department that handles its details (amounts, applications), named when the plan does not give them. */
  department?: string;
  /** Longer words that hold a clause word and mean something else (高质量发展 holds 质量): not counted where they stand. */
  notIn?: string[];
}

export type FacetTable = Record<FacetClass, FacetEntry[]>;

export function parseFacetTable(json: string): FacetTable {
  const raw = JSON.parse(json) as Partial<FacetTable>;
  for (const facetClass of FACET_CLASSES) {
    if (!Array.isArray(raw[facetClass])) throw new Error(`facets.json: "${facetClass}" must be a list of {name, clause, query}`);
  }
  return raw as FacetTable;
}

export function tagClause(clause: Pick<Clause, 'text' | 'path'>, table: FacetTable): ClauseFacets {
  const heading = clause.path.join(' ');
  const facets = {} as ClauseFacets;
  for (const facetClass of FACET_CLASSES) {
    facets[facetClass] = [];
    for (const entry of table[facetClass]) {
      const without = (text: string) => (entry.notIn ?? []).reduce((t, phrase) => t.split(phrase).join('|'), text);
      const inText = entry.clause.filter((w) => without(clause.text).includes(w));
      const inHeading = entry.clause.filter((w) => without(heading).includes(w));
      if (inText.length + inHeading.length === 0) continue;
      facets[facetClass].push({ name: entry.name, words: [...new Set([...inText, ...inHeading])], inText: inText.length > 0 });
    }
  }
  return facets;
}

/** Which facets a free text (a profile field or a question) selects, by the table's query words. */
export function facetsInText(text: string, table: FacetTable, facetClass: FacetClass): { name: string; word: string }[] {
  const lower = text.toLowerCase();
  const found: { name: string; word: string }[] = [];
  for (const { entry, words, notIn } of lowered(table[facetClass])) {
    const text = notIn.reduce((t, phrase) => t.split(phrase).join('|'), lower);
    const at = words.findIndex((w) => text.includes(w));
    if (at >= 0) found.push({ name: entry.name, word: at === 0 ? entry.name : entry.query[at - 1]! });
  }
  return found;
}

/** Each entry's words and excluded phrases lower-cased once per table, not once per question. */
const loweredTables = new WeakMap<readonly FacetEntry[], { entry: FacetEntry; words: string[]; notIn: string[] }[]>();
function lowered(entries: readonly FacetEntry[]) {
  let found = loweredTables.get(entries);
  if (!found) loweredTables.set(entries, (found = entries.map((entry) => ({ entry, words: [entry.name, ...entry.query].map((w) => w.toLowerCase()), notIn: (entry.notIn ?? []).map((p) => p.toLowerCase()) }))));
  return found;
}

/** The words, lowercased, that name the table's industries, enterprise types and needs in a question (营商环境, 人才, IPO). */
export function facetWordSet(table: FacetTable): Set<string> {
  return new Set((['industry', 'enterpriseType', 'need'] as const).flatMap((c) => table[c].flatMap((e) => [e.name, ...e.query].map((w) => w.toLowerCase()))));
}
