/**
 * The scope gate: does the plan cover this question? It refuses only on evidence.
 *
 * Evidence FOR: question words found in the best clauses, their headings or the question cards of those
 * clauses (the words people use for them), directly or through a synonym — each weighing its IDF in the plan.
 * Evidence AGAINST: words naming another department's affair (社保, 公积金, 天气 → data/lexicon/referrals.json),
 * another province or country, a trade outside manufacturing, and nouns that neither the plan nor any card
 * uses (亚运会, 门票). Everything else — 厂里, 车间, 老板, 搞, 咋, 太贵, 十几年 — is framing: it weighs nothing
 * either way, so the everyday words around a plan topic never sink the question.
 *
 * The question is answered when the evidence for it is a real topic of the plan (not only 人, 做, 新) and
 * outweighs the evidence against it; a follow-up borrows the evidence of the question it follows.
 */
import type { ScopeDecision, ScopeKnowledge, ScopeOptions, RefusalReason } from './scope-types.js';
import { ABOUT_ASSISTANT, askSubjects, markersThatCount, namesABusiness, NOT_A_QUESTION, occurrences, RECRUITS, OVERRIDE, scopeMarkers, straddles, toldInTheStory } from './out-of-scope.js';
import type { AnalyzedQuery } from './analyzed.js';
import { BUSINESS_WORDS, memberSubjects, partneredWith, soldTo } from './asker.js';
import type { ClauseHit } from './retriever.js';
import { ASKS_THE_PLAN, clausesAskingThePlan, lastAsked, NOUN, outsideDictionary } from './asked.js';
import { OTHER_SUPPORT, OWN_SIDE, othersSupportAsked } from './other-places.js';
import { clausesOf, QUOTED_SPAN } from './clauses.js';
import { inOpeningPlace, townAt } from './villages.js';
import { createScopeEvidence, flat } from './scope-evidence.js';
import { namesOtherPlan } from './other-plans.js';
import { namesNothing, officeAsked } from './scope-nouns.js';
import { asksOnItsOwn } from './follow-up.js';

export type { RefusalReason, ScopeDecision, ScopeKnowledge, ScopeOptions } from './scope-types.js';

/** Numerals, measure words, times, pronouns, adverbs, prepositions, conjunctions, particles, directions. */
const FRAMING = /^(m|mq|q|t|tg|r|rr|rz|d|dg|p|c|u[a-z]*|y|e|o|f|zg)$/;
const TITLE_WORD_WEIGHT = 0.3;
/** The evidence for must weigh at least one moderately rare plan word (not 人, 做, 新). */
const MIN_EVIDENCE = 2.2;
/**
 * Evidence for this strong (several rare plan words, or one and its cards') is a question about the plan
 * whatever unknown nouns come with it — the asker's product (袜子, 水泵), a customer, a town. Only a marker
 * outweighs it: a referral, an ask no plan answers, another place's policy, a trade outside manufacturing.
 */
const STRONG_EVIDENCE = 8;
/** The asker's own business or a customer's: 轴承厂, 包装厂, 电器公司, 分包商 — context, not the topic. */
const BUSINESS = new RegExp(`(${BUSINESS_WORDS.join('|')})$`);

/** A referral word, another place or a trade weigh like the plan's rarest word, times this. */
const AGAINST_WEIGHT = 2;
/** Whether measures reach the asker (能用到我身上吗, 能享受吗), or what the business must file or hold (办什么备案许可): for a trade outside manufacturing, asked as much as 补贴. */
const APPLIES_TO_ASKER = /用到我|用得上|用得到|适用于?我|能享受|享受得到|轮得到|够得着|沾得上|有没有份|能不能用|能用吗|备案|许可|执照|证照|资质/;
/** Strong evidence for the plan must outweigh the markers against it (referrals, asks, other places' policies, trades) this many times. */
const MARKER_RATIO = 2;
/** An unknown noun or another department's word told only in the story, when a clause asks the plan, counts this share against. */
const STORY_NOUN = 0.5;
/** …and this share when the clauses that ask the plan carry ASK_SUPPORT of evidence for it themselves. */
const STORY_NOUN_BESIDE_TOPIC = 0.25;
const ASK_SUPPORT = 4.4;
/** What a person draws from another department: a subsidy, an allowance, relief, a reimbursement (残疾人生活补贴, 医保报销). */
const REFERRAL_SUPPORT = /补贴|补助|津贴|救助|待遇|报销/;

/** A previous question's evidence counts this much in a follow-up. */
const HISTORY_EVIDENCE = 0.6;
/** A plan term heard in two words of the question (只能|制造 ~ 智能制造) counts this much. */
const HEARD_EVIDENCE = 0.5;
/** A Latin word jieba does not know is a name (CBA) or a product (LED): it counts against, moderately. */
const LATIN_NAME = 0.8;
/** Above this general IDF a noun is more often jargon than a topic. */
const JARGON_IDF = 10;


/** `trade`: a trade outside manufacturing the asker seems to run (开餐馆): evidence against, like a referral. */
export type ScopeGate = (query: AnalyzedQuery, hits: ClauseHit[], options?: { trade?: string | null }) => ScopeDecision;

/** The gate over one index and card set: what every question compares against is flattened once, here. */
export function createScopeGate(knowledge: ScopeKnowledge, { minShare = 0.55, evidenceDepth = 5 }: ScopeOptions = {}): ScopeGate {
  const { lexical, tokenizer, referrals, cards } = knowledge;
  const { words, asks, title, clauseEvidence, cardEvidence, isPlanWord, isVocabularyWord, placeList, programmes, details, flatPlan, quotesThePlan, measuresNamed } = createScopeEvidence(knowledge);
  const programmeNames = new Set(programmes.map((p) => p.toLowerCase()));
  return (query, hits, options = {}) => gate(query, hits, options.trade ?? null);

  function gate(query: AnalyzedQuery, hits: ClauseHit[], trade: string | null): ScopeDecision {
    const refuse = (reason: RefusalReason, extra: Partial<ScopeDecision> = {}): ScopeDecision => ({
      support: 0,
      againstWeight: 0,
      inScope: false,
      reason,
      coverage: 0,
      covered: [],
      against: [],
      referral: null,
      ...extra,
    });
    // The resolved question includes a follow-up's previous question: an override hidden there counts too.
    if (OVERRIDE.test(query.resolved)) return refuse('instruction_override');
    if (NOT_A_QUESTION.test(query.text) || ABOUT_ASSISTANT.test(query.text)) return refuse('not_plan_question');
    const otherPlan = namesOtherPlan(query.text, knowledge.title, knowledge.documentNumber, (name) => flatPlan.includes(flat(name)), referrals.otherRegions);
    if (otherPlan) return refuse('other_plan', { against: [otherPlan] });
    const previousTerms = query.isFollowUp ? query.terms.filter((t) => !query.ownTerms.includes(t.term) && (t.weight < 1 || query.made.includes(t.term))).map((t) => t.term) : [];
    if ((query.ownTerms.length === 0 && previousTerms.length === 0) || hits.length === 0) return refuse('no_question');

    const top = hits.slice(0, evidenceDepth);
    const evidence = top.map((h) => clauseEvidence.get(h.clause.id) ?? flat(h.clause.text)).join('|');
    const cardText = top.map((h) => cardEvidence.get(h.clause.id) ?? '').join('|');
    const { tags } = query;

    let support = 0;
    /** What the places named weigh of `support`: a place says where, not what is asked. */
    let placeSupport = 0;
    let titleWords = 0;
    let against = 0;
    const covered: string[] = [];
    const againstWords: string[] = [];
    const found = scopeMarkers(query.text, words, referrals.otherRegions, asks, isPlanWord);
    // 健全企业维权投诉渠道…的表述: an ask's words quoted with the plan's own words around them are the plan's.
    // A follow-up's clause that asks the plan something of its own (follow-up.ts): what its story and other asks are weighed beside.
    // (A topic: a rare word of the plan, not a place, or four characters the plan writes together — 行业云平台, cut 行业|云|平台.)
    const planRun = (c: string) => [...c].some((_, at) => at + 4 <= c.length && flatPlan.includes(flat(c.slice(at, at + 4))));
    const ofItsOwn = (all: readonly string[], i: number) => query.isFollowUp && asksOnItsOwn(all, i, (clause) => planRun(clause) || query.ownTerms.some((t) => t.length >= 2 && clause.includes(t) && lexical.has(t) && lexical.isTopicTerm(t) && !knowledge.places?.has(t)));
    const lowerText = query.text.toLowerCase();
    const markers = markersThatCount(query, { ...found, asks: found.asks.filter((a) => !quotesThePlan(lowerText, a.match) && !inOpeningPlace(lowerText, a.match, placeList)), referrals: found.referrals.filter((r) => !inOpeningPlace(lowerText, r.word, placeList)) }, programmes, () => measuresNamed(lowerText, query.synonymsApplied), (figure) => flatPlan.includes(flat(figure)), ofItsOwn);
    const { regions, decisiveAsks } = markers, setAsideReferral = (term: string) => /厂|园区|车间/.test(query.text) && found.referrals.some((r) => r.word === term && r.topic.household) && !markers.referrals.some((r) => r.word === term);
    // An ask the plan never answers (几点开门, 合法吗) names its department when it has one.
    const referral = markers.referrals[0] ?? markers.asks.map((a) => (a.ask.topic ? { topic: a.ask.topic, word: a.match } : null)).find((r) => r !== null) ?? null;
    const strong = lexical.maxIdf * AGAINST_WEIGHT;
    // A detail asked of something the plan never names (LPR是多少, 高铁什么时候通车) is another department's: it counts like a referral.
    const unnamed = details.unnamedDetail(query) ?? details.otherYearStatistic(query.text);
    const markerWords = [...markers.referrals.map((r) => r.word), ...decisiveAsks.map((a) => a.match), ...regions, ...(trade ? [trade] : []), ...(unnamed ? [unnamed] : [])];
    const askingThePlan = clausesAskingThePlan(lowerText);
    const followUpAsks = query.isFollowUp && clausesOf(lowerText).some((_, i, all) => ofItsOwn(all, i));
    const referralWords = markers.referrals.map((r) => r.word);
    const namesPlanTopic = (clause: string) =>
      query.ownTerms.some((t) => t.length >= 3 && clause.includes(t) && lexical.has(t) && lexical.isTopicTerm(t)) ||
      // …or a name of one the asker shortened (小微园租金一平方多少: 小微企业园, which the question weighs as much as its own words).
      query.synonymsApplied.some(([word, targets]) => clause.includes(word.toLowerCase()) && targets.some((t) => t.length >= 3 && lexical.has(t) && lexical.isTopicTerm(t) && query.terms.some((q) => q.term === t && q.weight === 1)));
    const { told, toldWords, topicAsked, planTopicAsked } = toldInTheStory(lowerText, askingThePlan.asking, referralWords, regions, namesABusiness(lowerText, referralWords) || query.context.length > 0, namesPlanTopic);
    // 退休在家没事看新闻，想问下…: another department's verb told only before a question to the plan is the asker's own state
    // (退休, 毕业): who asks, not what, and it counts nothing. 江苏那边补贴多，我们浙江规划里…有啥支持: another place told only to
    // compare with this province's plan asked counts nothing either.
    const state = new Set(toldWords.filter((w) => /^v/.test(tags.get(w) ?? '')));
    const plansWord = (sentence: string) => query.ownTerms.some((t) => t.length >= 2 && sentence.includes(t) && lexical.has(t) && lexical.isTopicTerm(t) && !query.context.some((c) => c.includes(t) || t.includes(c)));
    let markerWeight = 0, storyTold = 0; // storyTold: the story's other-department words told only weigh once together (社保、公积金…)
    const oursAsked = askingThePlan.asking.some((c) => OWN_SIDE.test(c) && !regions.some((r) => c.includes(r.toLowerCase())));
    for (const marked of markerWords) {
      const compared = (oursAsked && regions.includes(marked) && !askingThePlan.asking.some((c) => c.includes(marked.toLowerCase()))) || (regions.includes(marked) && partneredWith(lowerText).some((span) => span.includes(marked.toLowerCase())));
      // Another department's word told beside a clause that asks what the plan sets for one of its topics (文成到2025年要建多少个5G基站？
      // …手机信号时有时无) is why the asker asks: it counts nothing, as the asker's own state does.
      const weight = strong * (state.has(marked) || compared || officeAsked(lowerText, marked, plansWord) || (told.has(marked) && (topicAsked || (planTopicAsked && referralWords.includes(marked)))) || (told.has(marked) && referralWords.includes(marked) && storyTold++ > 0) ? 0 : told.has(marked) ? STORY_NOUN : 1);
      against += weight;
      markerWeight += weight;
      againstWords.push(marked);
    }
    // A word already counted as a marker is not weighed again; an ask's match is a phrase (公交车的补贴多久), so
    // the plan words inside it are still weighed.
    const named = [...markers.referrals.map((r) => r.word), ...markers.asks.flatMap(askSubjects), ...regions, ...(trade ? [trade] : []), ...(unnamed ? [unnamed] : [])];
    const isMarker = (term: string) => named.some((w) => w.includes(term) || term.includes(w));
    const context = new Set(query.context);
    const placed = [...memberSubjects(lowerText), ...soldTo(lowerText)];
    // …or names one of its topics with what the plan sets for it (文成到2025年要建多少个5G基站？厂在山坳里…).
    // (…or a follow-up asks the plan something of its own: 那嘉兴算哪一块？我在嘉兴船闸上班… tells the asker's story after it.)
    const storyNoun = (term: string) => askingThePlan.asking.length > 0 && (askingThePlan.plan || topicAsked || followUpAsks) && !askingThePlan.asking.some((c) => c.includes(term));
    /** What the story's nouns weigh against, and what the words of the clauses asking the plan weigh for (below). */
    let storyAgainst = 0;
    let askSupport = 0;
    const asksPlan = askingThePlan.asking.filter((c) => ASKS_THE_PLAN.test(c));

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
      if (found) {
        // A word only the cards use is people's word for the topic: it speaks for the plan, a little less.
        const weight = (inPlan || parts.length > 0 || viaSynonym ? idf : lexical.maxIdf * 0.6) * single * (inTitle ? TITLE_WORD_WEIGHT : 1);
        support += weight * share;
        if (share === 1 && asksPlan.some((c) => c.includes(term))) askSupport += weight;
        if (tag === 'ns' || knowledge.places?.has(term)) placeSupport += weight * share;
        if (inTitle) titleWords++;
        covered.push(term);
        return;
      }
      // Not among the best clauses. A word of the plan or of any card is still the plan's vocabulary: not evidence against, nor is a
      // household's word set aside as a factory's own (园区一平方房租多少钱; not an office's 物业费). A noun nobody in the plan's world uses is.
      if (share < 1 || inPlan || parts.length > 0 || heard || term.length === 1 || cards.vocabulary.has(term) || knowledge.topics?.has(term) || context.has(term) || setAsideReferral(term)) return;
      // What a membership question asks to place (激光切割机算高端装备吗) is the asker's product, and whom they make for (给剧院做座椅), a customer: not another topic.
      if (placed.some((span) => span.includes(term))) return;
      // A name right after one of the province's places and before the asker's business (上虞永和纸厂, 鄞州东吴做…) is a
      // town there: where the asker is (not 龙泉青瓷的…, a product).
      if (placeList.some((place) => townAt(lowerText, place, term))) return;
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
    };
    for (const term of query.ownTerms) weigh(term, 1);
    // A synonym-table word written in the question but cut across by jieba (用电报装 → 用/电报/装) is weighed as written.
    // A word cut whole (小厂, a framing word the stopwords drop) was weighed, or dropped, as it should be: the
    // question's tagged words are its cut, already made.
    for (const [word] of query.synonymsApplied) {
      const lower = word.toLowerCase();
      if (/^[\u4e00-\u9fff]{2,}$/.test(lower) && !tags.has(lower) && !query.ownTerms.some((t) => t.includes(lower))) weigh(lower, 1);
    }
    for (const term of previousTerms) weigh(term, HISTORY_EVIDENCE);
    // 只能制造 may be 智能制造 mistyped: the plan's term it sounds like is evidence, at half weight.
    for (const term of query.heard) if (!query.ownTerms.includes(term)) weigh(term, HEARD_EVIDENCE);

    // …and a quarter when the clause that asks the plan carries strong evidence of its own (政府有没有便宜好用的数字化软件给小厂用的
    // after 印折纸用的手工纸…全靠手写单子对账): the product and the trouble told are who asks.
    if (askSupport >= ASK_SUPPORT) against -= storyAgainst * (1 - STORY_NOUN_BESIDE_TOPIC / STORY_NOUN);
    const total = support + against;
    const coverage = total > 0 ? support / total : 0;
    const decision = {
      coverage,
      covered,
      against: againstWords,
      referral: referral?.topic ?? null,
      support,
      againstWeight: against,
    };
    // Strong evidence for the plan is outweighed only by markers (MARKER_RATIO): a referral, another place's
    // policy, a trade outside manufacturing, a detail asked of a thing the plan never names, another year's
    // statistic. Weaker evidence must also outweigh the unknown nouns. An ask no plan answers decides alone.
    // (Strong evidence counts without the places named: a place says where, not what is asked.)
    const namesTopic = covered.some((term) => knowledge.topics?.has(term) && tags.get(term) !== 'ns');
    // A place, words of general use and words the plan never uses (西湖 + 做 + 醋, 鱼) are no question about the
    // plan; a place asked about in the plan's terms (宁波在规划里…, 乌镇有什么重点项目) or a place alone is, and so is
    // a place with the asker's own trade (缙云做厨具的，我们这在规划里怎么定位).
    const placeOnly = placeSupport > 0 && support - placeSupport < MIN_EVIDENCE && titleWords === 0 && !namesTopic && query.ownTerms.some((t) => !covered.includes(t) && !context.has(t) && !FRAMING.test(tags.get(t) ?? 'x') && !lexical.has(t) && !cards.vocabulary.has(t));
    // An ask no plan answers (which provider is cheapest, when the train leaves) is decided by what is asked (decisiveAsks).
    // Another place's own support asked (江苏那边…的补贴咋申请) is that place's affair (other-places.ts).
    const ownPlaces = [...placeList.filter((p) => lowerText.includes(p.toLowerCase())), ...query.ownTerms.filter((t) => t.length >= 2 && knowledge.cityOf?.(t))];
    const othersSupport = othersSupportAsked(lowerText, askingThePlan.asking, regions, referrals.otherRegions, ownPlaces);
    // 开干洗店的…有没有数字化改造补贴: support asked for a trade outside manufacturing the asker runs is not this plan's,
    // whatever plan words come with it (the engine passes the trade only when no industry of the plan is named too).
    const tradeSupport = trade !== null && trade !== undefined && askingThePlan.asking.some((c) => OTHER_SUPPORT.test(c) || APPLIES_TO_ASKER.test(c));
    // 困难残疾人生活补贴每个月多少钱, 那个抗体药能不能进医保报销: support asked of another department's affair — its word in a clause that
    // asks, with the subsidy or reimbursement right after it — is that department's, whatever plan words the story told; not the
    // talent's (人才买房补贴: the plan's 人才的住房).
    // 儿子在技师学院读数控，毕业了想把户口落到杭州，要啥条件: another department's affair is what the last clause that asks is about (a
    // bare ask read with the clause before it), no clause asks the plan and the ask names no topic of it — the plan's words were the story.
    // A follow-up goes on from a question to the plan (那开发区里我们那块老厂房的地呢，会不会被收去盖商品房): not decided so.
    const asked = lastAsked(lowerText);
    const referralAsked = !query.isFollowUp && !askingThePlan.plan && asked.some((c) => !RECRUITS.test(c) && markers.referrals.some(({ word }) => !told.has(word) && !officeAsked(lowerText, word, plansWord) && c.includes(word))) && !asked.some((c) => ASKS_THE_PLAN.test(c) || namesPlanTopic(c));
    const referralSupport = askingThePlan.asking.some((c) => !RECRUITS.test(c) && markers.referrals.some(({ word }) => !told.has(word) && occurrences(c, word).some((at) => REFERRAL_SUPPORT.test(c.slice(at, at + word.length + 6)))));
    // 规划“创新监管方式”里…那部法规叫什么: a span the asker quotes that is the plan's own text word for word (four characters
    // or more) asks about the plan, whatever unknown words come with it — unless a marker says otherwise.
    const quotesPlan = markerWeight === 0 && [...query.text.matchAll(QUOTED_SPAN)].some((m) => flat(m[1]!).length >= 4 && flatPlan.includes(flat(m[1]!)));
    const inScope = placeOnly || decisiveAsks.length > 0 || othersSupport || tradeSupport || referralSupport || referralAsked
      ? false
      : quotesPlan
        ? true
        : support - placeSupport >= STRONG_EVIDENCE ? support >= MARKER_RATIO * markerWeight : (support >= MIN_EVIDENCE || namesTopic || placeSupport > 0) && coverage >= minShare;
    if (inScope) {
      // Only an ask is said to be set aside: a referral word outweighed is most often the asker's story (老师傅快退休了)
      // or a topic the plan has in its own terms (人才的住房), not a part of the question left unanswered.
      const setAside = markers.asks.map((a) => ({ label: a.ask.said, department: a.ask.topic?.department ?? null }));
      return { inScope: true, reason: null, ...decision, ...(setAside.length > 0 ? { setAside } : {}) };
    }
    const reason: RefusalReason = referral
      ? 'referral'
      : (regions.length > 0 && support > 0) || othersSupport
        ? 'other_region'
        : support === 0 && against === 0 && query.ownTerms.length === 0
          ? 'no_question'
          : 'no_evidence';
    return { inScope: false, reason, ...decision };
  }
}
