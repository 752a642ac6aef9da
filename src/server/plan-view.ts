/**
 * Views of the corpus for /api/clauses and the /plan page: the table of contents, clause lookup with
 * prev/next, and the short citation form used by the copy button. Pure, cached per corpus object.
 */
import type { z } from 'zod';
import type { Clause, Corpus } from '../types.js';
import type { ClauseResponseSchema, TocResponseSchema } from './schemas.js';
import { clauseUrl } from '../contract.js';

export type ClauseResponse = z.infer<typeof ClauseResponseSchema>;
export type Toc = z.infer<typeof TocResponseSchema>['toc'];

export interface PlanView {
  toc: Toc;
  clause(id: string): ClauseResponse | null;
}

export const partAnchor = (id: string) => `part-${id}`;
export const sectionAnchor = (id: string) => `sec-${id}`;

const ref = (c: Clause) => ({ id: c.id, label: c.label, title: c.title, url: clauseUrl(c.id) });

/** 四（五）建设一流数字基础设施 → 四（五）; 前言 → 前言: how a clerk cites a place in the plan. */
export function citationShort(label: string): string {
  return /^[一二三四五六七八九十]+（[一二三四五六七八九十]+）/.exec(label)?.[0] ?? label;
}

/** What the copy button puts on the clipboard: the clause text and where it is from. */
export function copyText(clause: Pick<Clause, 'text' | 'label'>): string {
  return `${clause.text}（《规划》${citationShort(clause.label)}）`;
}

function buildView(corpus: Corpus): PlanView {
  const byId = new Map(corpus.clauses.map((c) => [c.id, c]));
  const ordered = [...corpus.clauses].sort((a, b) => a.order - b.order);
  const position = new Map(ordered.map((c, i) => [c.id, i]));
  const tocClauses = (ids: string[]) =>
    ids.flatMap((id) => {
      const c = byId.get(id);
      return c ? [{ ...ref(c), kind: c.kind }] : [];
    });
  const toc: Toc = corpus.outline.map((part) => ({
    id: part.id,
    heading: part.heading,
    url: `/plan#${partAnchor(part.id)}`,
    clauses: tocClauses(part.clauseIds),
    sections: part.sections.map((s) => ({
      id: s.id,
      heading: s.heading,
      label: s.label,
      url: `/plan#${sectionAnchor(s.id)}`,
      clauses: tocClauses(s.clauseIds),
    })),
  }));
  return {
    toc,
    clause(id) {
      const c = byId.get(id);
      if (!c) return null;
      const i = position.get(id)!;
      const prev = ordered[i - 1];
      const next = ordered[i + 1];
      return {
        clause: { id: c.id, docId: c.docId, kind: c.kind, label: c.label, title: c.title, path: c.path, text: c.text, url: clauseUrl(c.id) },
        prev: prev ? ref(prev) : null,
        next: next ? ref(next) : null,
      };
    },
  };
}

const views = new WeakMap<Corpus, PlanView>();

export function planView(corpus: Corpus): PlanView {
  let view = views.get(corpus);
  if (!view) views.set(corpus, (view = buildView(corpus)));
  return view;
}
