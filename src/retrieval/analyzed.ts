/**
 * What question understanding (query.ts) gives retrieval and the scope gate, and what it is told of the loaded lexicon.
 */
import type { Spelling } from './spelling.js';
import type { WeightedTerm } from './lexical.js';

export interface AnalyzedQuery {
  /** What the citizen asked, folded and in Simplified Chinese. */
  text: string;
  /** The question retrieval runs on: `text`, or `text` completed from the history for a follow-up. */
  resolved: string;
  /** What the vector search embeds: a follow-up with its own topic ("那数字化改造呢？") drops the old one. */
  retrievalText: string;
  isFollowUp: boolean;
  /** A follow-up whose words only ask (咋领, 补多少, 找谁): it asks of the last question's topic. */
  onlyAsks?: boolean;
  /** The question's own terms (weight 1) and synonym expansions (weight < 1). */
  terms: WeightedTerm[];
  /** Terms that came from the question itself (not from synonyms or history). */
  ownTerms: string[];
  /** synonym → plan terms that fired */
  synonymsApplied: [string, string[]][];
  /**
   * The question's words that name the asker's own business (经编|厂, 做…的): context, which the scope gate
   * never counts against the plan. (Weighing them less in every question was tried: no better on either set. They weigh less
   * when a detail of something else is asked: threshold.ts `withStoryAside`.)
   */
  context: string[];
  /** Homophone typos read as the plan's words (台洲 → 台州). */
  corrections: [string, string][];
  /** Plan terms two words of the question sound like together but were not read as a slip (只能|制造 ~ 智能制造). */
  heard: string[];
  /** Part of speech of each word of `text` (jieba's tagger): the scope gate weighs nouns, not framing words. */
  tags: Map<string, string>;
  /** A follow-up's words of the plan's names made from the last turn (这样的基地 → 汽车产业基地): history, which the gate weighs so. */
  made: string[];
}

export interface AnalyzeOptions {
  /** Whether a term names a topic (rare in the plan) rather than an aspect of one (目标, 措施). */
  isTopicTerm?: (term: string) => boolean;
  /**
   * Treat the question as a follow-up whatever its wording, when there is a previous question: the engine
   * asks again this way when a question says nothing the plan covers on its own ("我们就几十个人，也有份吗").
   */
  followUp?: boolean;
  /** Homophone typo correction over the plan's vocabulary (src/retrieval/spelling.ts). */
  spelling?: Spelling;
  /**
   * What kind of topic a word names — a region, an industry, a kind of enterprise — or null. In "那温州呢？"
   * after a question about 杭州, the previous question's word of the same kind is the topic being replaced.
   */
  topicKind?: (term: string) => string | null;
  /** Whether the plan uses a word: a question word it does not use is also searched as the plan words inside it. */
  inPlan?: (term: string) => boolean;
  /** The city a county-level place belongs to (岱山 → 舟山): the plan's layout places cities, not counties. */
  cityOf?: (term: string) => string | null;
  /** Whether the plan's text holds a phrase (lower case): a follow-up's head put in the old name's head's place makes one. */
  inPlanText?: (phrase: string) => boolean;
}
