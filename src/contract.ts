/**
 * The public API shapes (described in docs/api.md) as zod schemas. The server validates with them,
 * `/openapi.json` is generated from them, and the answer module's return types are inferred from them,
 * so the contract and the code cannot drift. Extend, don't rename.
 */
import { z } from 'zod';

export const QUESTION_MAX = 500;
export const HISTORY_MAX = 10;

export const TurnSchema = z.strictObject({
  role: z.enum(['user', 'assistant']),
  content: z.string().max(4000),
});

export const AskModeSchema = z.enum(['auto', 'extractive', 'llm']);

export const AskRequestSchema = z.strictObject({
  question: z.string().trim().min(1).max(QUESTION_MAX),
  history: z.array(TurnSchema).max(HISTORY_MAX).optional(),
  mode: AskModeSchema.default('auto'),
});

export const CitationSchema = z.object({
  n: z.number().int().min(1),
  id: z.string(),
  label: z.string(),
  path: z.array(z.string()),
  text: z.string(),
  quote: z.string(),
  score: z.number(),
  url: z.string(),
});

/** Where a clause is read on this service: every citation, measure and /api/clauses entry links here. */
export const clauseUrl = (id: string): string => `/plan#${encodeURIComponent(id)}`;

export const AskResponseSchema = z.object({
  answer: z.string(),
  refused: z.boolean(),
  citations: z.array(CitationSchema).max(8),
  /** `curated`: a supervisor's annotated answer, still quoted, cited and checked against the plan. */
  mode: z.enum(['extractive', 'llm', 'curated']),
  /** Up to three questions the asker may want next, each answered by a clause of the plan. */
  related: z.array(z.string()).max(3).optional(),
  latencyMs: z.number(),
});

export const SearchResultSchema = z.object({
  id: z.string(),
  label: z.string(),
  path: z.array(z.string()),
  text: z.string(),
  score: z.number(),
  /** Verbatim substrings of `text` that matched the query, in text order. */
  highlights: z.array(z.string()),
});

export const MatchRequestSchema = z
  .strictObject({
    industry: z.string().trim().min(1).max(100).optional(),
    region: z.string().trim().min(1).max(100).optional(),
    enterpriseTypes: z.array(z.string().trim().min(1).max(50)).max(20).optional(),
    needs: z.array(z.string().trim().min(1).max(50)).max(20).optional(),
    description: z.string().trim().min(1).max(QUESTION_MAX).optional(),
  });

export const MatchedMeasureSchema = z.object({
  id: z.string(),
  label: z.string(),
  path: z.array(z.string()),
  quote: z.string(),
  url: z.string(),
  matchedOn: z.array(z.string()),
});

export const MatchGroupSchema = z.object({ need: z.string(), measures: z.array(MatchedMeasureSchema) });

export const MatchResponseSchema = z.object({
  /** The profile as understood: facet names from data/lexicon/facets.json. */
  profile: z.object({
    industry: z.array(z.string()),
    region: z.array(z.string()),
    enterpriseTypes: z.array(z.string()),
    needs: z.array(z.string()),
  }),
  groups: z.array(MatchGroupSchema),
  /** Set when nothing in the plan targets the profile: says so and points to 12345. */
  message: z.string().optional(),
});

export const FeedbackRequestSchema = z.strictObject({
  question: z.string().trim().min(1).max(QUESTION_MAX),
  answer: z.string().max(20000),
  helpful: z.boolean(),
  comment: z.string().max(2000).optional(),
});

export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
  }),
});

export type Turn = z.infer<typeof TurnSchema>;
export type AskMode = z.infer<typeof AskModeSchema>;
export type AskRequest = z.input<typeof AskRequestSchema>;
export type Citation = z.infer<typeof CitationSchema>;
export type AskResponse = z.infer<typeof AskResponseSchema>;
export type SearchResult = z.infer<typeof SearchResultSchema>;
export type MatchRequest = z.infer<typeof MatchRequestSchema>;
export type MatchedMeasure = z.infer<typeof MatchedMeasureSchema>;
export type MatchGroup = z.infer<typeof MatchGroupSchema>;
export type MatchResponse = z.infer<typeof MatchResponseSchema>;
export type FeedbackRequest = z.infer<typeof FeedbackRequestSchema>;

/** Events of POST /api/ask/stream, in order: citations, delta*, done | error. */
export type AskStreamEvent =
  | { event: 'citations'; data: Citation[] }
  | { event: 'delta'; data: { text: string } }
  | { event: 'done'; data: AskResponse }
  | { event: 'error'; data: { code: string; message: string } };
