/**
 * The scope gate's weighing of the question's own words (scope.ts): each word found in the best clauses, their
 * headings or their cards is evidence for the plan, weighing its IDF; a noun nobody in the plan's world uses is
 * evidence against, weighing how specific it is in general Chinese. Framing words weigh nothing either way.
 */
import type { AnalyzedQuery } from './analyzed.js';
import type { ScopeKnowledge } from './scope-types.js';
import type { createScopeEvidence } from './scope-evidence.js';
import { flat } from './scope-evidence.js';
import { BUSINESS_WORDS } from './asker.js';
import { NOUN, outsideDictionary } from './asked.js';
import { straddles } from './out-of-scope.js';
import { inOpeningVillage, townAt } from './villages.js';
import { namesNothing } from './scope-nouns.js';

/** Numerals, measure words, times, pronouns, adverbs, prepositions, conjunctions, particles, directions. */
export const FRAMING = /^(m|mq|q|t|tg|r|rr|rz|d|dg|p|c|u[a-z]*|y|e|o|f|zg)$/;
const TITLE_WORD_WEIGHT = 0.3;
/** The asker's own business or a customer's: 轴承厂, 包装厂, 电器公司, 分包商 — context, not the topic. */
const BUSINESS = new RegExp(`(${BUSINESS_WORDS.join('|')})$`);
/** An unknown noun or another department's word told only in the story, when a clause asks the plan, counts this share against. */
export const STORY_NOUN = 0.5;
/** A previous question's evidence counts this much in a follow-up. */
const HISTORY_EVIDENCE = 0.6;
/** A plan term heard in two words of the question (只能|制造 ~ 智能制造) counts this much. */
const HEARD_EVIDENCE = 0.5;
/** Words that ask a detail of a thing named (its face value, its scoring, its rules, its deadline): never a topic of their own. */
const DETAIL_NOUN = /^(面值|面额|评分|评审|打分|分数|分数线|分值|评分表|门槛|额度|利率|流程|手续|期限|截止日期|截止时间|免费|收费|费用)$/;
/** A Latin word jieba does not know is a name (CBA) or a product (LED): it counts against, moderately. */
const LATIN_NAME = 0.8;
/** Above this general IDF a noun is more often jargon than a topic. */
const JARGON_IDF = 10;

/** What the gate has worked out before the words are weighed. */
export interface WeighContext {
  knowledge: ScopeKnowledge;
  evidenceOf: ReturnType<typeof createScopeEvidence>;
  programmeNames: ReadonlySet<string>;
  query: AnalyzedQuery;
  lowerText: string;
  /** The best clauses' evidence text and their cards', flattened. */
  evidence: string;
  cardText: string;
  /** A word already counted as a marker (a referral, an ask's subject, a region, a trade). */
  isMarker: (term: string) => boolean;
  /** Clauses that ask the plan outright (规划里有没有…). */
  asksPlan: readonly string[];
  /** What a membership question asks to place and whom the asker makes for. */
  placed: readonly string[];
  /** A noun told in the story before a clause that asks the plan. */
  storyNoun: (term: string) => boolean;
  /** A household's word set aside as a factory's own (园区一平方房租多少钱). */
  setAsideReferral: (term: string) => boolean;
  /** A word only in what the asker quotes the plan as saying, beside another department's matter (规划里不是说有保险补偿吗): the reason, no evidence. */
  quotedOnly?: (term: string) => boolean;
  /** Words of the previous turn a follow-up borrows. */
  previousTerms: readonly string[];
  /** What the markers already weighed against, and their words: the words weighed here are added after them. */
  against: number;
  againstWords: string[];
}

export interface Weighed {
  support: number;
  /** What the places named weigh of `support`: a place says where, not what is asked. */
  placeSupport: number;
  titleWords: number;
  against: number;
  againstWords: string[];
  /** What each word weighed here weighs against, or for (below 0): a side affair's words are set aside with it. */
  againstOf: Map<string, number>;
  covered: string[];
  /** What the story's nouns weigh against, and what the words of the clauses asking the plan weigh for. */
  storyAgainst: number;
  askSupport: number;
}

export function weighWords(ctx: WeighContext): Weighed {
  const { knowledge, evidenceOf, programmeNames, query, lowerText, evidence, cardText, isMarker, asksPlan, placed, storyNoun, setAsideReferral } = ctx;
  const { lexical, tokenizer, cards } = knowledge;
  const { title, details, placeList, isVocabularyWord } = evidenceOf;
  const { tags } = query;
  const context = new Set(query.context);
  let support = 0, placeSupport = 0, titleWords = 0, storyAgainst = 0, askSupport = 0;
  let against = ctx.against;
  const againstWords = ctx.againstWords;
  const againstOf = new Map<string, number>();
  const covered: string[] = [];

  // …only when the question names a thing of the plan's for it to be a detail of (创新券, 未来工厂, or the previous turn's): 大众点评评分, 人民币面额 name none.
  const namesPlanThing = (detail: string) => [...query.ownTerms, ...ctx.previousTerms].some((t) => t !== detail && t.length > 1 && !DETAIL_NOUN.test(t) && (programmeNames.has(t) || (lexical.has(t) && !FRAMING.test(tags.get(t) ?? 'x') && (evidence.includes(t) || cardText.includes(t))) || query.synonymsApplied.some(([w, to]) => w.toLowerCase() === t && to.some((x) => evidence.includes(x.toLowerCase())))));
  const weigh = (term: string, share: number) => {
    if (isMarker(term)) return;
    // Numbers, measure words, times, pronouns, adverbs and particles frame a question; they are nobody's topic.
    const tag = tags.get(term) ?? tokenizer.partsOfSpeech(term).get(term) ?? 'x';
    if (FRAMING.test(tag)) return;
    const single = term.length === 1 ? 0.5 : 1;
    const inPlan = lexical.has(term);
    const parts = inPlan ? [term] : details.planParts(term);
    // 缙云 is found as 丽水, the city the plan names — unless the question names the city too (宁波北仑): it is weighed once.
    const city = parts.length === 0 ? knowledge.cityOf?.(term) : null;
    if (city && lexical.has(city) && !query.ownTerms.includes(city)) parts.push(city);
    // 工场 for 工厂: the plan's word it sounds like is looked for instead; either way it is not against.
    const heard = inPlan || parts.length > 0 || cards.vocabulary.has(term) ? null : (knowledge.spelling?.soundsLike(term) ?? null);
    if (heard && lexical.has(heard)) parts.push(heard);
    const probe = parts.length > 0 ? parts : heard ? [heard] : [term];
    const inTitle = probe.some((p) => title.includes(p));
    // 工人 in 熟练工人, or 芯片 glued into a longer word: either contains the other (either word of a description, 名单 of 名单+漏).
    const viaSynonym = query.synonymsApplied.some(([word, targets]) => word.toLowerCase().split('+').some((w) => w.includes(term) || term.includes(w)) && targets.some((t) => evidence.includes(flat(t)) || cardText.includes(flat(t))));
    // A place the plan names anywhere (乌镇 in 乌镇之光超算) is the plan's, whichever clauses came first (a place alone: placeOnly).
    // …and so is one of its programmes named as it names it (未来工厂, 品字标), however far down the clauses naming it ranked.
    const found = inTitle || viaSynonym || probe.some((p) => evidence.includes(p) || cardText.includes(p)) || (tag === 'ns' && inPlan) || (inPlan && programmeNames.has(term));
    const idf = parts.length > 0 ? Math.max(...parts.map((w) => lexical.idf(w))) : lexical.maxIdf * 0.6;
    if (found && ctx.quotedOnly?.(term)) return;
    if (found) {
      // A word only the cards use is people's word for the topic: it speaks for the plan, a little less.
      const weight = (inPlan || parts.length > 0 || viaSynonym ? idf : lexical.maxIdf * 0.6) * single * (inTitle ? TITLE_WORD_WEIGHT : 1);
      support += weight * share;
      againstOf.set(term, (againstOf.get(term) ?? 0) - weight * share);
      if (share === 1 && asksPlan.some((c) => c.includes(term))) askSupport += weight;
      if (tag === 'ns' || knowledge.places?.has(term)) placeSupport += weight * share;
      if (inTitle) titleWords++;
      covered.push(term);
      return;
    }
    // Not among the best clauses. A word of the plan or of any card is still the plan's vocabulary: not evidence against, nor is a
    // household's word set aside as a factory's own (园区一平方房租多少钱; not an office's 物业费). A noun nobody in the plan's world uses is.
    // (…nor a maker's shop-floor word, 热处理, 开机率: what the asker does, in their trade's words — data/lexicon/shopfloor.txt.)
    if (share < 1 || inPlan || parts.length > 0 || heard || term.length === 1 || cards.vocabulary.has(term) || knowledge.topics?.has(term) || context.has(term) || setAsideReferral(term) || tokenizer.lexicon.shopfloor?.has(term)) return;
    // (…nor a word that asks a detail of what is named, 面值 of 创新券面值多少, 评分 of 隐形冠军的评分标准: the plan’s gap, not another topic — not 细则, a document of its own.)
    if (DETAIL_NOUN.test(term) && namesPlanThing(term)) return;
    // What a membership question asks to place (激光切割机算高端装备吗) is the asker's product, and whom they make for (给剧院做座椅), a customer: not another topic.
    if (placed.some((span) => span.includes(term))) return;
    // A name right after one of the province's places and before the asker's business (上虞永和纸厂, 鄞州东吴做…) is a
    // town there: where the asker is (not 龙泉青瓷的…, a product).
    if (placeList.some((place) => townAt(lowerText, place, term)) || inOpeningVillage(lowerText, term, placeList)) return;
    if (namesNothing(term, lowerText)) return;
    // Cut across a plan word's edge (用电|报装 read as 用/电报/装): the noun is not what was written.
    const at = lowerText.indexOf(term);
    if (at >= 0 && straddles(lowerText, at, term.length, isVocabularyWord)) return;
    // Place names (ns) are handled above: another place counts only when its own policy is asked about.
    if (!NOUN.test(tag) || BUSINESS.test(term)) return;
    // The province's own institutions (浙江大学, 宁波大学, 杭州海关): who the asker deals with, not another topic.
    if (details.ownInstitution(term)) return;
    const general = tokenizer.generalIdf(term);
    // Outside jieba's dictionary: usually segmentation debris, not a topic — but a Latin word (CBA) is a name.
    const outside = outsideDictionary(general);
    if (outside && !/[a-z]/.test(term)) return;
    // A word common in general Chinese says little (得到, 期间); a middling one names a topic (天气, 房价, 门票);
    // a very rare one is usually a trade's own jargon (舾装, 彩印, 镜架) — context an owner gives, not the topic.
    const latinName = /[a-z]/.test(term) && outside;
    const specificity = latinName ? LATIN_NAME : general <= JARGON_IDF ? Math.min(Math.max((general - 5) / 2, 0), 1.2) : Math.max(1.2 - (general - JARGON_IDF) * 0.45, 0.3);
    if (specificity === 0) return;
    // A noun of the story told before the question (老客户…都觉得我压不住场子，规划里…有没有啥说法) says who asks, not
    // what: it weighs half when a clause asks the plan and it is in none of the clauses that ask.
    const weight = lexical.maxIdf * specificity * (storyNoun(term) ? STORY_NOUN : 1);
    against += weight;
    if (storyNoun(term)) storyAgainst += weight;
    againstWords.push(term);
    againstOf.set(term, (againstOf.get(term) ?? 0) + weight);
  };
  for (const term of query.ownTerms) weigh(term, 1);
  // A synonym-table word written in the question but cut across by jieba (用电报装 → 用/电报/装) is weighed as written.
  // A word cut whole (小厂, a framing word the stopwords drop) was weighed, or dropped, as it should be: the
  // question's tagged words are its cut, already made.
  for (const [word] of query.synonymsApplied) {
    const lower = word.toLowerCase();
    if (/^[\u4e00-\u9fff]{2,}$/.test(lower) && !tags.has(lower) && !query.ownTerms.some((t) => t.includes(lower))) weigh(lower, 1);
  }
  for (const term of ctx.previousTerms) weigh(term, HISTORY_EVIDENCE);
  // 只能制造 may be 智能制造 mistyped: the plan's term it sounds like is evidence, at half weight.
  for (const term of query.heard) if (!query.ownTerms.includes(term)) weigh(term, HEARD_EVIDENCE);

  return { support, placeSupport, titleWords, against, againstWords, againstOf, covered, storyAgainst, askSupport };
}
