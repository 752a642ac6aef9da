/**
 * What the scope gate (scope.ts) decides and what it knows: the decision with its evidence, the plan's vocabulary and
 * the referral table it weighs against, and its thresholds.
 */
import type { Tokenizer } from '../ingest/tokenizer.js';
import type { ReferralTable, ReferralTopic } from '../ingest/referrals.js';
import type { Spelling } from './spelling.js';
import type { Clause } from '../types.js';
import type { CardIndex } from './cards.js';
import type { LexicalIndex } from './lexical.js';

export type RefusalReason = 'no_question' | 'instruction_override' | 'not_plan_question' | 'no_evidence' | 'referral' | 'other_region' | 'other_plan';

export interface ScopeDecision {
  inScope: boolean;
  reason: RefusalReason | null;
  /** 0–1: the share of the weighed evidence that speaks for the plan */
  coverage: number;
  covered: string[];
  /** Words that count against: another department's affair, another place, unknown nouns. */
  against: string[];
  /** Set when the question is another department's affair: who handles it. */
  referral: ReferralTopic | null;
  /**
   * Answered in part: an ask the plan does not answer (往哪投诉) in a question whose other clause asks the plan
   * something, and who handles it when known. The answer says so after what the plan gives.
   */
  /** (`ofRule`: asked of one of the plan's own rules, 双控超了罚多少 — a gap sentence saying it makes the note needless.) */
  setAside?: { label: string; department: string | null; ofRule?: boolean }[];
  /** The side question set aside (顺便问下，…), lower case as the question was read: the rest is the question asked of the plan. */
  side?: string;
  /** Admitted only as a firm asking what support there is (我们做厨具的，有啥支持): its own words choose no clause. */
  firmSupportOnly?: boolean;
  /** The weights behind `coverage`: evidence for, and against (markers and unknown nouns). */
  support: number;
  againstWeight: number;
}

export interface ScopeKnowledge {
  lexical: LexicalIndex;
  tokenizer: Tokenizer;
  referrals: ReferralTable;
  cards: CardIndex;
  /** The plan's title: its words are about this plan wherever they appear, but say little. */
  title: string;
  /** The plan's document number (浙政发〔2021〕20号): another number names another document. */
  documentNumber?: string | null;
  /** Every clause: their text and headings are the evidence; a referral word their text uses is not against. */
  clauses: readonly Clause[];
  /**
   * The plan's named topics (the facet table's industries, enterprise types, regions and needs, the lexicon's
   * domain terms): common in the plan (数字化, 融资), so their IDF is low, but a question that names one and
   * finds it is about the plan.
   */
  topics?: ReadonlySet<string>;
  /** The synonym table's everyday words (报装, 招不到人). */
  synonymWords?: ReadonlySet<string>;
  /** Homophones of the plan's vocabulary (工场 ~ 工厂): a slip of pinyin input is no evidence against. */
  spelling?: Spelling;
  /** The province's places (the facet table's regions, lowercased): jieba does not always tag them ns. */
  places?: ReadonlySet<string>;
  /** The city of a county-level place (缙云 → 丽水): the plan names the city. */
  cityOf?: (term: string) => string | null;
}

export interface ScopeOptions {
  /** Minimum share of the evidence that speaks for the plan. */
  minShare?: number;
  /** How many top clauses count as evidence. */
  evidenceDepth?: number;
}
