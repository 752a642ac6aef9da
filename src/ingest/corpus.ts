/**
 * Source documents → one corpus. Every `.txt` in data/source is a document; the primary plan keeps
 * bare ids (4.5.1), any other document's ids carry its file slug (`slug:4.5.1`), so adding a document
 * never changes the ids portals already link to.
 */
import { createHash } from 'node:crypto';
import type { Clause, Corpus, DocumentMeta, OutlinePart } from '../types.js';
import { tagClause, type FacetTable } from './facets.js';
import { parsePlan } from './parse.js';
import { toPassages } from './passages.js';

export const PRIMARY_DOCUMENT = 'zhejiang-advanced-manufacturing-plan-2021';

/** The plan itself (bare ids); a corpus without it (a test's) answers from its first document. */
export function primaryDocument(corpus: Pick<Corpus, 'documents'>): DocumentMeta | undefined {
  return corpus.documents.find((d) => d.docId === '') ?? corpus.documents[0];
}

export interface SourceFile {
  /** File name, e.g. zhejiang-advanced-manufacturing-plan-2021.txt */
  file: string;
  text: string;
}

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export function slugOf(file: string): string {
  return file.replace(/\.txt$/i, '');
}

export interface CorpusBuild {
  corpus: Corpus;
  warnings: string[];
}

export function buildCorpus(
  sources: SourceFile[],
  facetTable: FacetTable,
  { primary = PRIMARY_DOCUMENT, maxPassageChars = 260 } = {},
): CorpusBuild {
  const documents: DocumentMeta[] = [];
  const outline: OutlinePart[] = [];
  const clauses: Clause[] = [];
  const warnings: string[] = [];
  const sorted = [...sources].sort((a, b) => a.file.localeCompare(b.file));
  // With a single document, it is the primary one whatever its name. With several, the primary plan must
  // be among them: otherwise every id would gain a prefix and every link portals keep would break.
  const primarySlug = sorted.length === 1 ? slugOf(sorted[0]!.file) : primary;
  if (sorted.length > 1 && !sorted.some((s) => slugOf(s.file) === primarySlug)) {
    throw new Error(`data/source holds ${sorted.length} documents but not the primary plan ${primarySlug}.txt: keep its file name, or leave one document`);
  }
  for (const source of sorted) {
    const slug = slugOf(source.file);
    const docId = slug === primarySlug ? '' : slug;
    const prefix = (id: string) => (docId ? `${docId}:${id}` : id);
    const parsed = parsePlan(source.text);
    warnings.push(...parsed.warnings.map((w) => `${source.file}: ${w}`));
    documents.push({
      ...parsed.meta,
      docId,
      sourceFile: source.file,
      sha256: sha256(source.text),
      missing: parsed.meta.missing.map((m) => ({ ...m, afterClauseId: m.afterClauseId && prefix(m.afterClauseId) })),
    });
    for (const part of parsed.outline) {
      outline.push({
        ...part,
        id: prefix(part.id),
        clauseIds: part.clauseIds.map(prefix),
        sections: part.sections.map((s) => ({ ...s, id: prefix(s.id), clauseIds: s.clauseIds.map(prefix) })),
      });
    }
    for (const clause of parsed.clauses) {
      const path = docId ? [parsed.meta.title, ...clause.path] : clause.path;
      clauses.push({ ...clause, id: prefix(clause.id), docId, path, order: clauses.length, facets: tagClause({ text: clause.text, path }, facetTable) });
    }
  }
  const seen = new Set<string>();
  for (const clause of clauses) {
    if (seen.has(clause.id)) throw new Error(`clause id ${clause.id} occurs twice: the document's numbering is inconsistent; check its headings`);
    seen.add(clause.id);
  }
  return { corpus: { documents, outline, clauses, passages: toPassages(clauses, { maxChars: maxPassageChars }) }, warnings };
}
