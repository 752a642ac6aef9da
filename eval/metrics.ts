/**
 * Metric functions of the evaluation suite (issue 5). Pure: each question is scored from what a system
 * returned, then scores are summarised overall and per category. The runner (eval/run.ts) does the I/O.
 */
import { z } from 'zod';
import { HOTLINE_REFERENCE } from '../src/answer/messages.js';
import { MatchRequestSchema, TurnSchema } from '../src/contract.js';

/** One line of eval/qa.jsonl. */
export const QaCaseSchema = z.strictObject({
  id: z.string(),
  category: z.string(),
  /** Who asks, in whose words: owners in everyday speech are the first users and are reported apart. */
  voice: z.enum(['owner', 'clerk', 'citizen']).optional(),
  question: z.string(),
  history: z.array(TurnSchema).optional(),
  /** Any one of these, cited, is a hit. Empty: not scored for retrieval (metadata, out of scope). */
  expected_clause_ids: z.array(z.string()),
  /** Strings the answer must contain. */
  facts: z.array(z.string()),
  refuse: z.boolean(),
  /** Probes only (eval/probes/*.jsonl): the kind of question it probes (stock_investment, own_case_status…). */
  kind: z.string().optional(),
});
export type QaCase = z.infer<typeof QaCaseSchema>;

export interface CitedPassage {
  id: string;
  text: string;
  quote: string;
}

/** What one system returned for one question, in a shape every system (ours, baselines) can fill. */
export interface Outcome {
  answer: string;
  refused: boolean;
  /** Cited clause ids, most relevant first. */
  citedIds: string[];
  /** Texts the answer may take numbers from: the cited clauses. */
  citedTexts: string[];
  /** null for systems that do not quote (the baselines): quote fidelity does not apply. */
  citations: CitedPassage[] | null;
  latencyMs: number;
  /** Set when asking threw or broke the contract; the question is then scored as an empty answer. */
  error?: string;
}

export interface QuoteFailure {
  id: string;
  reason: 'empty_quote' | 'quote_not_in_text' | 'unknown_clause' | 'text_not_clause';
}

/** null in a field means the metric does not apply to this question. */
export interface QuestionScore {
  id: string;
  category: string;
  /** 1-based rank of the first expected id among the citations; 0 for a miss. */
  firstHitRank: number | null;
  factsFound: boolean | null;
  missingFacts: string[];
  citationPrecision: number | null;
  quoteChecks: number | null;
  quoteFailures: QuoteFailure[];
  refusalCorrect: boolean | null;
  falseRefusal: boolean | null;
  /** For a question the plan covers only in part (categories `gap`, `partial`): whether the answer's first sentence says what the plan does not give. */
  gapStated: boolean | null;
  numbersGrounded: boolean | null;
  ungroundedNumbers: string[];
  answerChars: number | null;
  latencyMs: number;
}

const PUNCTUATION_OR_SPACE = /[\p{P}\p{S}\s]/gu;
const CITATION_MARKER = /\[\d+\]/g;

/** NFKC folds full-width digits and letters; then punctuation and spaces go, so “万亩千亿” matches 万亩千亿. */
export function foldForFacts(text: string): string {
  return text.normalize('NFKC').replace(PUNCTUATION_OR_SPACE, '').toLowerCase();
}

export function missingFacts(answer: string, facts: string[]): string[] {
  const folded = foldForFacts(answer.replace(CITATION_MARKER, ''));
  return facts.filter((fact) => !folded.includes(foldForFacts(fact)));
}

/** 1-based rank of the first cited id that is expected, 0 when none is. */
export function firstHitRank(citedIds: string[], expectedIds: string[]): number {
  const index = citedIds.findIndex((id) => expectedIds.includes(id));
  return index + 1;
}

export function hitAt(rank: number, k: number): number {
  return rank > 0 && rank <= k ? 1 : 0;
}

export function reciprocalRank(rank: number): number {
  return rank > 0 ? 1 / rank : 0;
}

/** Distinct cited ids that are expected ÷ distinct cited ids; nothing cited scores 0, not "undefined". */
export function citationPrecision(citedIds: string[], expectedIds: string[]): number {
  const distinct = [...new Set(citedIds)];
  if (distinct.length === 0) return 0;
  return distinct.filter((id) => expectedIds.includes(id)).length / distinct.length;
}

/**
 * A citation is faithful when its quote is a non-empty verbatim substring of its text and its text is
 * verbatim the clause the index holds under its id (a paraphrased "text" would make the quote check hollow).
 */
export function quoteFailures(citations: CitedPassage[], clauseText: (id: string) => string | undefined): QuoteFailure[] {
  const failures: QuoteFailure[] = [];
  for (const citation of citations) {
    const clause = clauseText(citation.id);
    if (clause === undefined) failures.push({ id: citation.id, reason: 'unknown_clause' });
    else if (citation.text !== clause) failures.push({ id: citation.id, reason: 'text_not_clause' });
    else if (citation.quote.length === 0) failures.push({ id: citation.id, reason: 'empty_quote' });
    else if (!citation.text.includes(citation.quote)) failures.push({ id: citation.id, reason: 'quote_not_in_text' });
  }
  return failures;
}

/** Arabic numbers as written (2025, 33.1, 1,000 → 1000), after folding full-width digits. */
export function numbersIn(text: string): string[] {
  const matches = text.normalize('NFKC').replace(CITATION_MARKER, '').match(/\d+(?:,\d{3})*(?:\.\d+)?/g) ?? [];
  return matches.map((n) => n.replace(/,/g, ''));
}

/**
 * Numbers an answer states. List enumerators are layout, not claims: circled ① … ⑳ anywhere (removed before
 * NFKC, which would turn ① into 1), and "1." "2、" "(3)" at a line start.
 */
export function claimedNumbers(answer: string): string[] {
  // The 12345 hotline an answer points to is where to ask, not a claim about the plan.
  const withoutCircled = answer.replace(/[\u2460-\u24ff\u2776-\u2793]/g, '').replace(HOTLINE_REFERENCE, '');
  return numbersIn(withoutCircled.normalize('NFKC').replace(/^\s*(?:\d+[.、)]|\(\d+\))\s*/gm, ''));
}

/**
 * Numbers of the answer that no cited text contains as a whole number. Compared as whole numbers, not
 * substrings, or "2" would be grounded by any "2025".
 */
export function ungroundedNumbers(answer: string, citedTexts: string[]): string[] {
  const cited = new Set(citedTexts.flatMap(numbersIn));
  return [...new Set(claimedNumbers(answer))].filter((n) => !cited.has(n));
}

/** Categories whose questions ask for a detail the plan does not give (an amount, a procedure, a 2025 figure the text lacks). */
export const GAP_CATEGORIES: ReadonlySet<string> = new Set(['gap', 'partial']);

/** Wordings that say the plan does not give something: 规划未明确…, 规划中没有给出…, 原文未提及…. */
const SAYS_NOT_GIVEN = /(未|没有|并未|没)(明确|具体|规定|给出|提及|提到|列出|写明|说明|公布|包含|载明)|不在(可检索的)?正文/;

/** The answer's first sentence (up to the first 。！？, line break or citation marker) says what the plan does not give. */
export function statesGapFirst(answer: string): boolean {
  const first = answer.trim().split(/[。！？\n]|\[\d+\]/)[0] ?? '';
  return SAYS_NOT_GIVEN.test(first);
}

export function scoreQuestion(qa: QaCase, outcome: Outcome, clauseText: (id: string) => string | undefined): QuestionScore {
  const inScope = !qa.refuse;
  const retrievalApplies = inScope && qa.expected_clause_ids.length > 0;
  // A refusal cites nothing an in-scope question could use, whatever the citations array holds.
  const cited = outcome.refused ? [] : outcome.citedIds;
  const missing = inScope && qa.facts.length > 0 ? missingFacts(outcome.refused ? '' : outcome.answer, qa.facts) : [];
  const quotes = outcome.citations === null ? null : quoteFailures(outcome.citations, clauseText);
  const numbers = !outcome.refused && claimedNumbers(outcome.answer).length > 0 ? ungroundedNumbers(outcome.answer, outcome.citedTexts) : null;
  return {
    id: qa.id,
    category: qa.category,
    firstHitRank: retrievalApplies ? firstHitRank(cited, qa.expected_clause_ids) : null,
    factsFound: inScope && qa.facts.length > 0 ? missing.length === 0 : null,
    missingFacts: missing,
    citationPrecision: inScope && qa.expected_clause_ids.length === 1 ? citationPrecision(cited, qa.expected_clause_ids) : null,
    quoteChecks: outcome.citations === null ? null : outcome.citations.length,
    quoteFailures: quotes ?? [],
    refusalCorrect: qa.refuse ? outcome.refused : null,
    falseRefusal: inScope ? outcome.refused : null,
    gapStated: inScope && GAP_CATEGORIES.has(qa.category) ? !outcome.refused && statesGapFirst(outcome.answer) : null,
    numbersGrounded: numbers === null ? null : numbers.length === 0,
    ungroundedNumbers: numbers ?? [],
    answerChars: outcome.refused ? null : [...outcome.answer.replace(CITATION_MARKER, '')].length,
    latencyMs: outcome.latencyMs,
  };
}

export interface Metrics {
  questions: number;
  hit1: number | null;
  hit3: number | null;
  hit5: number | null;
  mrr: number | null;
  factAccuracy: number | null;
  quoteFidelity: number | null;
  citationPrecision: number | null;
  refusalAccuracy: number | null;
  falseRefusals: number | null;
  gapStated: number | null;
  numberGrounding: number | null;
  medianAnswerChars: number | null;
  latencyP50Ms: number | null;
  latencyP95Ms: number | null;
}

export function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank percentile: a value some question actually took, never an interpolation. */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const present = <T>(values: (T | null)[]): T[] => values.filter((v): v is T => v !== null);
const rate = (flags: (boolean | null)[]) => mean(present(flags).map((f) => (f ? 1 : 0)));

export function summarize(scores: QuestionScore[]): Metrics {
  const ranks = present(scores.map((s) => s.firstHitRank));
  const quoteChecks = present(scores.map((s) => s.quoteChecks)).reduce((a, b) => a + b, 0);
  const quoteFailed = scores.reduce((a, s) => a + s.quoteFailures.length, 0);
  const quoting = scores.some((s) => s.quoteChecks !== null);
  const latencies = scores.map((s) => s.latencyMs);
  return {
    questions: scores.length,
    hit1: mean(ranks.map((r) => hitAt(r, 1))),
    hit3: mean(ranks.map((r) => hitAt(r, 3))),
    hit5: mean(ranks.map((r) => hitAt(r, 5))),
    mrr: mean(ranks.map(reciprocalRank)),
    factAccuracy: rate(scores.map((s) => s.factsFound)),
    // Per citation, so one bad quote among 200 shows as 0.995 rather than hiding in a per-question rate.
    quoteFidelity: quoting && quoteChecks > 0 ? (quoteChecks - quoteFailed) / quoteChecks : null,
    citationPrecision: mean(present(scores.map((s) => s.citationPrecision))),
    refusalAccuracy: rate(scores.map((s) => s.refusalCorrect)),
    falseRefusals: rate(scores.map((s) => s.falseRefusal)),
    gapStated: rate(scores.map((s) => s.gapStated)),
    numberGrounding: rate(scores.map((s) => s.numbersGrounded)),
    medianAnswerChars: median(present(scores.map((s) => s.answerChars))),
    latencyP50Ms: percentile(latencies, 50),
    latencyP95Ms: percentile(latencies, 95),
  };
}

/** Scores summarised per group; `groupOf` returning null leaves a score out. */
export function summarizeBy(scores: QuestionScore[], groupOf: (score: QuestionScore, index: number) => string | null): Record<string, Metrics> {
  const groups = new Map<string, QuestionScore[]>();
  scores.forEach((score, i) => {
    const group = groupOf(score, i);
    if (group !== null) groups.set(group, [...(groups.get(group) ?? []), score]);
  });
  return Object.fromEntries([...groups].map(([group, members]) => [group, summarize(members)]));
}

export function summarizeByCategory(scores: QuestionScore[]): Record<string, Metrics> {
  return summarizeBy(scores, (s) => s.category);
}

/** One line of eval/profiles.jsonl: a /api/match request and the measures it should surface. */
export const ProfileCaseSchema = z.strictObject({
  id: z.string(),
  profile: MatchRequestSchema,
  expected_clause_ids: z.array(z.string()),
  expect_empty: z.boolean(),
});
export type ProfileCase = z.infer<typeof ProfileCaseSchema>;

export interface ProfileScore {
  id: string;
  /** 1-based rank among the matched measures flattened in group order; 0 for a miss; null when expect_empty. */
  firstHitRank: number | null;
  /** For expect_empty profiles: whether nothing was matched. */
  emptyCorrect: boolean | null;
  matchedIds: string[];
}

/** Measures flattened across groups in order, each id once (one measure can serve several needs). */
export function flattenMeasureIds(groups: { measures: { id: string }[] }[]): string[] {
  return [...new Set(groups.flatMap((g) => g.measures.map((m) => m.id)))];
}

export function scoreProfile(profile: ProfileCase, matchedIds: string[]): ProfileScore {
  return {
    id: profile.id,
    firstHitRank: profile.expect_empty ? null : firstHitRank(matchedIds, profile.expected_clause_ids),
    emptyCorrect: profile.expect_empty ? matchedIds.length === 0 : null,
    matchedIds,
  };
}

export interface ProfileMetrics {
  profiles: number;
  hit5: number | null;
  emptyAccuracy: number | null;
}

export function summarizeProfiles(scores: ProfileScore[]): ProfileMetrics {
  return {
    profiles: scores.length,
    hit5: mean(present(scores.map((s) => s.firstHitRank)).map((r) => hitAt(r, 5))),
    emptyAccuracy: rate(scores.map((s) => s.emptyCorrect)),
  };
}
