/**
 * The scope gate: does the plan cover this question? Decided from evidence, not a bare score:
 * the share of the question's informative weight (IDF of each own term) that the best clauses contain.
 * "杭州明天天气" shares 杭州 with the plan, but 明天 and 天气 — the rarest, most informative
 * terms — are nowhere in it, so coverage is low and the question is refused.
 */
import type { LexicalIndex } from './lexical.js';
import type { AnalyzedQuery } from './query.js';
import type { ClauseHit } from './retriever.js';

export type RefusalReason = 'no_question' | 'instruction_override' | 'not_plan_question' | 'no_evidence';

export interface ScopeDecision {
  inScope: boolean;
  reason: RefusalReason | null;
  /** 0–1: informative weight of the question found in the best clauses */
  coverage: number;
  covered: string[];
  uncovered: string[];
}

/** Attempts to change the assistant's instructions, not questions about the plan. */
const OVERRIDE = /忽略|无视|忘记|忘掉|不要遵守|扮演|你现在是|假装|系统提示|提示词|越狱|ignore (all|previous|the)|system prompt|jailbreak|pretend|act as/i;
/** Requests for something other than information from the plan. */
const NOT_A_QUESTION = /(写|作|编|创作|来)(一)?(首|篇|段|个)?(诗|词|歌|作文|文章|小说|故事|笑话|对联|代码|程序|脚本)|翻译|translate|讲个笑话/i;

export interface ScopeOptions {
  /** Minimum covered share of the question's informative weight. */
  minCoverage?: number;
  /** How many top clauses count as evidence. */
  evidenceDepth?: number;
}

export function scopeGate(
  query: AnalyzedQuery,
  hits: ClauseHit[],
  lexical: LexicalIndex,
  { minCoverage = 0.6, evidenceDepth = 3 }: ScopeOptions = {},
): ScopeDecision {
  const refuse = (reason: RefusalReason, coverage = 0, uncovered: string[] = []): ScopeDecision => ({ inScope: false, reason, coverage, covered: [], uncovered });
  if (OVERRIDE.test(query.text)) return refuse('instruction_override');
  if (NOT_A_QUESTION.test(query.text)) return refuse('not_plan_question');
  // A follow-up's own words may all be fillers ("具体呢？"); its evidence is the resolved question.
  const terms = query.ownTerms.length > 0 ? query.ownTerms : query.isFollowUp ? query.terms.map((t) => t.term) : [];
  if (terms.length === 0 || hits.length === 0) return refuse('no_question', 0, terms);

  const evidence = hits
    .slice(0, evidenceDepth)
    .map((h) => `${h.clause.path.join(' ')} ${h.clause.text}`.toLowerCase())
    .join('\n');
  const synonymTargets = new Map(query.synonymsApplied);
  let total = 0;
  let found = 0;
  const covered: string[] = [];
  const uncovered: string[] = [];
  for (const term of terms) {
    // Single characters carry little meaning on their own (税, 钱, 难): half weight.
    const weight = lexical.idf(term) * (term.length === 1 ? 0.5 : 1);
    total += weight;
    const viaSynonym = [...synonymTargets].some(([word, targets]) => word.toLowerCase().includes(term) && targets.some((t) => evidence.includes(t.toLowerCase())));
    if (evidence.includes(term) || viaSynonym) {
      found += weight;
      covered.push(term);
    } else {
      uncovered.push(term);
    }
  }
  const coverage = total > 0 ? found / total : 0;
  if (coverage < minCoverage) return { inScope: false, reason: 'no_evidence', coverage, covered, uncovered };
  return { inScope: true, reason: null, coverage, covered, uncovered };
}
