/**
 * Response (and query) shapes of the routes that contract.ts leaves implicit. They build on the contract's
 * schemas and feed `/openapi.json` like the rest.
 */
import { z } from 'zod';
import { SearchResultSchema } from '../contract.js';

export const SEARCH_K_DEFAULT = 8;
export const SEARCH_K_MAX = 20;
export const SEARCH_Q_MAX = 200;

export const SearchQuerySchema = z.object({
  q: z.string().trim().min(1).max(SEARCH_Q_MAX),
  k: z.coerce.number().int().min(1).max(SEARCH_K_MAX).default(SEARCH_K_DEFAULT),
});

export const SearchResponseSchema = z.object({ results: z.array(SearchResultSchema) });

// A string, not an enum: the ingest may add kinds (it added `notice`), and clients only display it.
export const ClauseKindSchema = z.string().describe('notice | preamble | section | item | goal | paragraph');

export const ClauseViewSchema = z.object({
  id: z.string(),
  docId: z.string(),
  kind: ClauseKindSchema,
  label: z.string(),
  title: z.string(),
  path: z.array(z.string()),
  text: z.string(),
  url: z.string(),
});

export const ClauseRefSchema = z.object({ id: z.string(), label: z.string(), title: z.string(), url: z.string() });

export const ClauseResponseSchema = z.object({
  clause: ClauseViewSchema,
  prev: ClauseRefSchema.nullable(),
  next: ClauseRefSchema.nullable(),
});

const TocClauseSchema = ClauseRefSchema.extend({ kind: ClauseKindSchema });

export const TocResponseSchema = z.object({
  toc: z.array(
    z.object({
      id: z.string(),
      heading: z.string(),
      url: z.string(),
      clauses: z.array(TocClauseSchema),
      sections: z.array(
        z.object({ id: z.string(), heading: z.string(), label: z.string(), url: z.string(), clauses: z.array(TocClauseSchema) }),
      ),
    }),
  ),
});

const nullableString = z.string().nullable();

export const MetaResponseSchema = z.object({
  documents: z.array(
    z.object({
      docId: z.string(),
      title: z.string(),
      noticeTitle: nullableString,
      issuer: nullableString,
      documentNumber: nullableString,
      signedDate: nullableString,
      signedDateIso: nullableString,
      publishedDate: nullableString,
      period: nullableString,
      periodStart: z.number().nullable(),
      periodEnd: z.number().nullable(),
      missing: z.array(z.object({ title: z.string(), kind: z.literal('image'), file: nullableString, afterClauseId: nullableString })),
    }),
  ),
  manifest: z.object({
    buildId: z.string(),
    builtAt: z.string(),
    builderVersion: z.number(),
    fingerprint: z.string(),
    sources: z.array(z.object({ file: z.string(), sha256: z.string() })),
    clauseCount: z.number(),
    passageCount: z.number(),
    embedder: z.object({ id: z.string(), dimension: z.number() }),
  }),
});


export const FeedbackCreatedSchema = z.object({ id: z.number().int() });

export const HealthSchema = z.object({ status: z.string() });
