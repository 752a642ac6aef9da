/**
 * The scope gate: does the plan cover this question? Decided from evidence, not a bare score:
 * the share of the question's informative weight (IDF of each own term) that the best clauses contain.
 * "杭州明天天气" shares 杭州 with the plan, but 明天 and 天气 — the rarest, most informative
 * terms — are nowhere in it, so coverage is low and the question is refused.
 */
import type { Tokenizer } from '../ingest/tokenizer.js';
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
const OVERRIDE = /(忽略|无视|忘记|忘掉|不要遵守)(以上|之前|前面|上面|所有|你的|规则|指令)|你现在(是|扮演|假装)|(请|现在)扮演|假装你是|系统提示|提示词|越狱|新增规则|ignore (all|previous|the above|your)|system prompt|jailbreak|pretend to be/i;
/** Requests for something other than information from the plan: a writing verb with a measure word. */
const NOT_A_QUESTION = /(写|编|创作|作)(一|两|几)?(首|篇|段|个|则)[^，。？]{0,12}(诗|歌|词|作文|文章|小说|故事|笑话|对联|代码|程序|脚本)|写(代码|程序|脚本|诗)|翻译成|translate|讲个笑话/i;

export function isInstructionOverride(text: string): boolean {
  return OVERRIDE.test(text);
}

export interface ScopeOptions {
  /** Minimum covered share of the question's informative weight. */
  minCoverage?: number;
  /** How many top clauses count as evidence. */
  evidenceDepth?: number;
}

/**
 * How much a question term says about the topic, and the strings that count as finding it.
 * - A word of the plan weighs its IDF in the plan.
 * - A word jieba glued from plan words (技术工, 链主企业) is looked up as those words.
 * - A word the plan never uses is probably the topic (天气, 社保, 高铁) — unless it is a common word
 *   of general Chinese (得到, 期间): its weight grows with its general IDF, up to a little more than
 *   the plan's rarest word. Words outside jieba's dictionary weigh less: many are segmentation debris.
 */
function termEvidence(term: string, lexical: LexicalIndex, tokenizer: Tokenizer): { weight: number; probe: string[] } {
  const single = term.length === 1 ? 0.5 : 1;
  if (lexical.has(term)) return { weight: lexical.idf(term) * single, probe: [term] };
  const parts = tokenizer.subWords(term).filter((w) => w.length >= 2 && w !== term && lexical.has(w));
  if (parts.length > 0) return { weight: Math.max(...parts.map((w) => lexical.idf(w))), probe: parts };
  if (term.length === 1) return { weight: 0, probe: [term] };
  const general = tokenizer.generalIdf(term);
  const outsideDictionary = general >= OOV_IDF;
  const specificity = outsideDictionary ? 0.4 : Math.min(Math.max((general - 5) / 2, 0), 1.2);
  return { weight: lexical.maxIdf * specificity, probe: [term] };
}

const TITLE_WORD_WEIGHT = 0.3;
const MIN_EVIDENCE = 2;

/** jieba gives words outside its dictionary its average IDF, about 11.74. */
const OOV_IDF = 11.7;

export function scopeGate(
  query: AnalyzedQuery,
  hits: ClauseHit[],
  lexical: LexicalIndex,
  tokenizer: Tokenizer,
  titleText: string,
  { minCoverage = 0.6, evidenceDepth = 5 }: ScopeOptions = {},
): ScopeDecision {
  const refuse = (reason: RefusalReason, coverage = 0, uncovered: string[] = []): ScopeDecision => ({ inScope: false, reason, coverage, covered: [], uncovered });
  // The resolved question includes a follow-up's previous question: an override hidden there counts too.
  if (OVERRIDE.test(query.resolved)) return refuse('instruction_override');
  if (NOT_A_QUESTION.test(query.text)) return refuse('not_plan_question');
  // A follow-up's own words may all be fillers ("具体呢？"); its evidence is the resolved question.
  const terms = query.ownTerms.length > 0 ? query.ownTerms : query.isFollowUp ? query.terms.map((t) => t.term) : [];
  if (terms.length === 0 || hits.length === 0) return refuse('no_question', 0, terms);

  // Punctuation is dropped so “链主”企业 counts as containing 链主企业.
  const flat = (text: string) => text.toLowerCase().replace(/[\s\p{P}]/gu, '');
  const evidence = flat(hits.slice(0, evidenceDepth).map((h) => `${h.clause.path.join('')}${h.clause.text}`).join(''));
  const title = flat(titleText);
  const synonymTargets = [...query.synonymsApplied];
  let total = 0;
  let found = 0;
  const covered: string[] = [];
  const uncovered: string[] = [];
  for (const term of terms) {
    const evidenceOf = termEvidence(term, lexical, tokenizer);
    // The plan's own title words (十四五, 规划, 浙江省) are about this plan wherever they appear, but
    // they say little: "浙江省教育事业十四五规划" shares them and is another plan.
    const inTitle = evidenceOf.probe.some((p) => title.includes(p));
    const weight = evidenceOf.weight * (inTitle ? TITLE_WORD_WEIGHT : 1);
    if (weight === 0) continue;
    total += weight;
    const viaSynonym = synonymTargets.some(([word, targets]) => word.toLowerCase().includes(term) && targets.some((t) => evidence.includes(flat(t))));
    if (inTitle || evidenceOf.probe.some((p) => evidence.includes(p)) || viaSynonym) {
      found += weight;
      covered.push(term);
    } else {
      uncovered.push(term);
    }
  }
  const coverage = total > 0 ? found / total : 0;
  // Coverage is a share: a random string whose one weighty word happens to match would pass on the
  // share alone, so the found evidence must also weigh at least one moderately rare plan term.
  if (coverage < minCoverage || found < MIN_EVIDENCE) return { inScope: false, reason: 'no_evidence', coverage, covered, uncovered };
  return { inScope: true, reason: null, coverage, covered, uncovered };
}
