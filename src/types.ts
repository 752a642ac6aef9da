/**
 * Domain types shared by ingest, retrieval, answer and server.
 * The HTTP shapes live in `contract.ts` (zod); these are the shapes of the plan itself.
 */

/** What a document says about itself, read from the published notice. */
export interface DocumentMeta {
  /** '' for the primary plan; otherwise the file slug, used as id prefix `slug:` */
  docId: string;
  sourceFile: string;
  sha256: string;
  title: string;
  noticeTitle: string | null;
  issuer: string | null;
  documentNumber: string | null;
  /** As printed, e.g. 2021年7月2日 */
  signedDate: string | null;
  /** ISO date, e.g. 2021-07-02 */
  signedDateIso: string | null;
  /** Publication date on the site, ISO, e.g. 2021-07-21 */
  publishedDate: string | null;
  /** As printed, e.g. 2021—2025年 */
  period: string | null;
  periodStart: number | null;
  periodEnd: number | null;
  /** Content the published text refers to but does not contain (tables shipped as images). */
  missing: MissingContent[];
  /** True when no part/section structure was recognised and the text was indexed as plain paragraphs. */
  unstructured: boolean;
}

export interface MissingContent {
  title: string;
  kind: 'image';
  /** The image file name in the source, when known. */
  file: string | null;
  /** The clause the image follows, so answers can point near it. */
  afterClauseId: string | null;
}

export type ClauseKind = 'notice' | 'preamble' | 'section' | 'item' | 'goal' | 'paragraph';

/** A citable unit of the plan: a section body, a numbered item, a ——goal line or a lead-phrase paragraph. */
export interface Clause {
  /** Stable: part.section[.n], e.g. 4.5.1; prefixed `slug:` for non-primary documents. */
  id: string;
  docId: string;
  kind: ClauseKind;
  /** For people: 四（五）建设一流数字基础设施 */
  label: string;
  /** Short name: the lead phrase (构建高速泛在的网络基础设施) or the section title. */
  title: string;
  /** Heading path, e.g. ['四、加快数字化发展，引领制造业全方位升级', '（五）建设一流数字基础设施'] */
  path: string[];
  /** The whole clause as published (normalised punctuation). */
  text: string;
  /** `text` split at sentence ends; `sentences.join('') === text`. */
  sentences: string[];
  /** Document order, 0-based, across all documents. */
  order: number;
  /** What the clause is for, computed at ingest from data/lexicon/facets.json. */
  facets: ClauseFacets;
}

export type FacetClass = 'industry' | 'enterpriseType' | 'region' | 'need';

/** One facet of a clause and where it was found. */
export interface ClauseFacet {
  name: string;
  /** The table words found. */
  words: string[];
  /** Found in the clause's own text (specific), not only in its headings (general). */
  inText: boolean;
}

export type ClauseFacets = Record<FacetClass, ClauseFacet[]>;

/** The unit of retrieval: a clause, or a sentence-aligned piece of a long one. */
export interface Passage {
  /** clauseId, or clauseId~n (n from 1) when the clause was split */
  id: string;
  clauseId: string;
  text: string;
  sentences: string[];
  /** Heading path + clause text: what is tokenized and embedded. */
  context: string;
}

export interface OutlineSection {
  id: string;
  /** （五）建设一流数字基础设施 */
  heading: string;
  label: string;
  clauseIds: string[];
}

export interface OutlinePart {
  id: string;
  /** 四、加快数字化发展，引领制造业全方位升级 */
  heading: string;
  sections: OutlineSection[];
  /** Clauses directly under the part (preamble, unstructured text). */
  clauseIds: string[];
}

export interface Corpus {
  documents: DocumentMeta[];
  outline: OutlinePart[];
  clauses: Clause[];
  passages: Passage[];
}

export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };
