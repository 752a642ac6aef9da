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
import { ABOUT_ASSISTANT, askSubjects, markersThatCount, namesABusiness, NOT_A_QUESTION, occurrences, RECRUITS, OVERRIDE, scopeMarkers, toldInTheStory } from './out-of-scope.js';
import type { AnalyzedQuery } from './analyzed.js';
import { memberSubjects, partneredWith, soldTo } from './asker.js';
import type { ClauseHit } from './retriever.js';
import { ASKS_THE_PLAN, clausesAskingThePlan, helpOfAffairOnly, LAYOUT_ASK, NOUN, PLAN_NAMED, REPROACH } from './asked.js';
import { lastAskedNamed } from './last-asked.js';
import { OTHER_SUPPORT, OWN_SIDE, othersSupportAsked } from './other-places.js';
import { ASKING_CLAUSE, clausesOf, QUOTED_SPAN, SENTENCE_MARKS, spanAt } from './clauses.js';
import { inOpeningOffice, inOpeningPlace, inOpeningVillage } from './villages.js';
import { createScopeEvidence, flat } from './scope-evidence.js';
import { namesOtherPlan } from './other-plans.js';
import { BARE_SUPPORT, makerAsksSupport, officeAsked } from './scope-nouns.js';
import { asksOnItsOwn } from './follow-up.js';
import { reasonsQuoted } from './quoted.js';
import { FRAMING, STORY_NOUN, weighWords } from './scope-weigh.js';
import { APPLIES_TO_ASKER, ASKED_ELSEWHERE, BARE_ASK_LENGTH, everydayTopic, HOUSEHOLD, MAY_APPLY, PAPERWORK, POINTED_MEMBERSHIP, POINTS_BACK, REFERRAL_SUPPORT, SIDE_ASK, THING_ASKED } from './side-marks.js';

export type { RefusalReason, ScopeDecision, ScopeKnowledge, ScopeOptions } from './scope-types.js';

/** The evidence for must weigh at least one moderately rare plan word (not 人, 做, 新). */
const MIN_EVIDENCE = 2.2;
/**
 * Evidence for this strong (several rare plan words, or one and its cards') is a question about the plan
 * whatever unknown nouns come with it — the asker's product (袜子, 水泵), a customer, a town. Only a marker
 * outweighs it: a referral, an ask no plan answers, another place's policy, a trade outside manufacturing.
 */
const STRONG_EVIDENCE = 8;

/** A short Latin word with a figure (5G, IPv6): the start of the plan's names it opens. */
const LATIN_SHORT = /^(?=.*\d)(?=.*[a-z])[a-z\d]{2,5}$/i;
/** A referral word, another place or a trade weigh like the plan's rarest word, times this. */
const AGAINST_WEIGHT = 2;
/** Strong evidence for the plan must outweigh the markers against it (referrals, asks, other places' policies, trades) this many times. */
const MARKER_RATIO = 2;
/** …and this share when the clauses that ask the plan carry ASK_SUPPORT of evidence for it themselves. */
const STORY_NOUN_BESIDE_TOPIC = 0.25;
const ASK_SUPPORT = 4.4;

/** Support asked for someone (有补贴吗, 有啥扶持): of the asker's own when a household's matter is told right after it. */
const OWN_SUPPORT = /补贴|补助|奖励|扶持|优惠/;
/** …the money the asker says they want of it (养老金太少，想多领点). */
const OWN_WANT = /想多?(?:领|拿|要|申请|补)|太少|不够/;
/** A state jieba tags as a noun (我怕失业，…规划里技能人才这块怎么说): told only before a question naming a plan topic, the asker's own, as 退休 is. */
const STATE_NOUN = /^失业$/;
/** `trade`: a trade outside manufacturing the asker seems to run (开餐馆): evidence against, like a referral. */
export type ScopeGate = (query: AnalyzedQuery, hits: ClauseHit[], options?: { trade?: string | null }) => ScopeDecision;

/** The gate over one index and card set: what every question compares against is flattened once, here. */
export function createScopeGate(knowledge: ScopeKnowledge, { minShare = 0.55, evidenceDepth = 5 }: ScopeOptions = {}): ScopeGate {
  const { lexical, referrals, cards } = knowledge, isTopicTerm = (t: string) => lexical.has(t) && lexical.isTopicTerm(t);
  const evidenceOf = createScopeEvidence(knowledge);
  const { words, asks, clauseEvidence, cardEvidence, isPlanWord, placeList, placesLower, programmes, details, flatPlan, quotesThePlan, measuresNamed, countsNamed } = evidenceOf;
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
    if ((query.ownTerms.length === 0 && previousTerms.length === 0 && !makerAsksSupport(query.text.toLowerCase(), [query.text.toLowerCase()], referrals.otherRegions)) || hits.length === 0) return refuse('no_question');

    const top = hits.slice(0, evidenceDepth);
    const evidence = top.map((h) => clauseEvidence.get(h.clause.id) ?? flat(h.clause.text)).join('|');
    const cardText = top.map((h) => cardEvidence.get(h.clause.id) ?? '').join('|');
    const { tags } = query;

    let against = 0;
    const againstWords: string[] = [];
    const found = scopeMarkers(query.text, words, referrals.otherRegions, asks, isPlanWord);
    // 健全企业维权投诉渠道…的表述: an ask's words quoted with the plan's own words around them are the plan's.
    // A follow-up's clause that asks the plan something of its own (follow-up.ts): what its story and other asks are weighed beside.
    // (A topic: a rare word of the plan, not a place, or four characters the plan writes together — 行业云平台, cut 行业|云|平台.)
    const planRun = (c: string) => [...c].some((_, at) => at + 4 <= c.length && flatPlan.includes(flat(c.slice(at, at + 4))));
    const ofItsOwn = (all: readonly string[], i: number) => query.isFollowUp && asksOnItsOwn(all, i, (clause) => planRun(clause) || query.ownTerms.some((t) => t.length >= 2 && clause.includes(t) && isTopicTerm(t) && !knowledge.places?.has(t)));
    const lowerText = query.text.toLowerCase();
    const inOpening = (word: string) => inOpeningPlace(lowerText, word, placeList) || inOpeningVillage(lowerText, word, placeList) || inOpeningOffice(lowerText, word);
    const markers = markersThatCount(query, { ...found, asks: found.asks.filter((a) => !quotesThePlan(lowerText, a.match) && !inOpening(a.match)), referrals: found.referrals.filter((r) => !inOpening(r.word)) }, programmes, () => measuresNamed(lowerText, query.synonymsApplied), (figure) => flatPlan.includes(flat(figure)), ofItsOwn);
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
      query.ownTerms.some((t) => t.length >= 3 && clause.includes(t) && isTopicTerm(t)) ||
      // …or a name of one the asker shortened (小微园租金一平方多少: 小微企业园, which the question weighs as much as its own words).
      // (The table writes its words as the plan does, 5G基站; the question's terms are lower case.)
      // (…or a plan name a short Latin word with a figure opens, 5G → 5G基站: said short, it names it, whatever weight the table gives.)
      query.synonymsApplied.some(([word, targets]) => clause.includes(word.toLowerCase()) && targets.map((t) => t.toLowerCase()).some((t) => t.length >= 3 && isTopicTerm(t) && query.terms.some((q) => q.term === t && (q.weight === 1 || (LATIN_SHORT.test(word) && t.startsWith(word.toLowerCase()))))));
    const { told, toldWords, topicAsked, planTopicAsked } = toldInTheStory(lowerText, askingThePlan.asking, referralWords, regions, namesABusiness(lowerText, referralWords) || query.context.length > 0, namesPlanTopic, countsNamed);
    // 退休在家没事看新闻，想问下…: another department's verb told only before a question to the plan is the asker's own state
    // (退休, 毕业): who asks, not what, and it counts nothing. 江苏那边补贴多，我们浙江规划里…有啥支持: another place told only to
    // compare with this province's plan asked counts nothing either.
    const state = new Set(toldWords.filter((w) => /^v/.test(tags.get(w) ?? '') || (STATE_NOUN.test(w) && askingThePlan.asking.some(namesPlanTopic))));
    const plansWord = (sentence: string) => query.ownTerms.some((t) => t.length >= 2 && sentence.includes(t) && isTopicTerm(t) && !query.context.some((c) => c.includes(t) || t.includes(c)));
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
    // A word already counted as a marker is not weighed again; an ask's match is a phrase (公交车的补贴多久), so the plan words inside it are still weighed.
    const named = [...markers.referrals.map((r) => r.word), ...markers.asks.flatMap(askSubjects), ...regions, ...(trade ? [trade] : []), ...(unnamed ? [unnamed] : [])];
    const isMarker = (term: string) => named.some((w) => w.includes(term) || term.includes(w));
    const context = new Set(query.context);
    const placed = [...memberSubjects(lowerText), ...soldTo(lowerText)];
    // …or names one of its topics with what the plan sets for it (文成到2025年要建多少个5G基站？厂在山坳里…) — or names one, nothing marked, not to ask of the
    // thing itself (…在自家房子里做竹筷…能进小微园吗; not 邻居在楼道里给电瓶车充电 动力电池会不会爆炸). (…or a follow-up asks the plan something of its own: 那嘉兴算哪一块？….)
    const topicNamedAsk = markerWords.length === 0 && askingThePlan.asking.some((c) => namesPlanTopic(c) && !THING_ASKED.test(c)), storyNoun = (term: string) => askingThePlan.asking.length > 0 && (askingThePlan.plan || topicAsked || followUpAsks || topicNamedAsk) && !askingThePlan.asking.some((c) => c.includes(term));
    const asksPlan = askingThePlan.asking.filter((c) => ASKS_THE_PLAN.test(c));

    // 保险公司不赔。规划里不是说有保险补偿吗，能帮我们要钱不: beside another department's matter, words only in the plan quoted as a reason are no evidence.
    const quoteSpans = (markerWeight > 0 && !query.isFollowUp ? reasonsQuoted(lowerText, query.ownTerms) : []).map((c) => [lowerText.indexOf(c), lowerText.indexOf(c) + c.length] as const);
    const quotedOnly = (t: string) => { const at = quoteSpans.length > 0 ? occurrences(lowerText, t) : []; return at.length > 0 && at.every((p) => quoteSpans.some(([from, to]) => from <= p && p < to)); };
    const weighed = weighWords({ knowledge, evidenceOf, programmeNames, query, lowerText, evidence, cardText, isMarker, asksPlan, placed, storyNoun, setAsideReferral, quotedOnly, previousTerms, against, againstWords });
    const { support, placeSupport, titleWords, covered, storyAgainst, askSupport } = weighed;
    against = weighed.against;

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
    // The province's places the question names (as written, or a county by its city).
    const ownPlaces = [...placeList.filter((_, i) => lowerText.includes(placesLower[i]!)), ...query.ownTerms.filter((t) => t.length >= 2 && knowledge.cityOf?.(t))];
    // A place, words of general use and words the plan never uses (西湖 + 做 + 醋, 鱼) are no question about the
    // plan; a place asked about in the plan's terms (宁波在规划里…, 乌镇有什么重点项目) or a place alone is, and so is
    // a place with the asker's own trade (缙云做厨具的，我们这在规划里怎么定位).
    // (…and a place asked where it stands in the plan's layout — 海曙山脚下做伞骨的，规划里我们这边算个啥 — is a question about the plan;
    // the province's own place, not another province's: 江苏苏州在浙江规划里怎么定位.)
    const placeOnly = placeSupport > 0 && support - placeSupport < MIN_EVIDENCE && titleWords === 0 && !namesTopic && !(LAYOUT_ASK.test(lowerText) && ownPlaces.length > 0) && query.ownTerms.some((t) => !covered.includes(t) && !context.has(t) && !FRAMING.test(tags.get(t) ?? 'x') && !lexical.has(t) && !cards.vocabulary.has(t));
    // An ask no plan answers (which provider is cheapest, when the train leaves) is decided by what is asked (decisiveAsks).
    // Another place's own support asked (江苏那边…的补贴咋申请) is that place's affair (other-places.ts).
    const othersSupport = othersSupportAsked(lowerText, askingThePlan.asking, regions, referrals.otherRegions, ownPlaces);
    // 开干洗店的…有没有数字化改造补贴: support asked for a trade outside manufacturing the asker runs is not this plan's,
    // whatever plan words come with it (the engine passes the trade only when no industry of the plan is named too).
    const tradeSupport = trade !== null && trade !== undefined && askingThePlan.asking.some((c) => OTHER_SUPPORT.test(c) || APPLIES_TO_ASKER.test(c));
    // 困难残疾人生活补贴每个月多少钱, 那个抗体药能不能进医保报销: support asked of another department's affair — its word in a clause that
    // asks, with the subsidy or reimbursement right after it — is that department's, whatever plan words the story told; not the
    // talent's (人才买房补贴: the plan's 人才的住房) — nor one in a side question set aside (医保异地报销咋弄？顺便问一下，专精特新小巨人怎么评).
    // 儿子在技师学院读数控，毕业了想把户口落到杭州，要啥条件: another department's affair is what the last clause that asks is about (a
    // bare ask read with the clause before it), no clause asks the plan and the ask names no topic of it — the plan's words were the story.
    // A follow-up goes on from a question to the plan (那开发区里我们那块老厂房的地呢，会不会被收去盖商品房): not decided so.
    // (An ask that names nothing, 在宁波要连续交满几个月才能提, is read with the clause before it: 我想用公积金付首付.)
    // (…and one that asks only for the paperwork, 要带什么材料去哪里办, names nothing: it asks of the clause before.)
    // (The plan quoted as a reason, 规划里不是说要加大对人才住房的支持吗？那我想提公积金付首付…, asks nothing of it.)
    const isPlace = (t: string) => knowledge.places?.has(t) || Boolean(knowledge.cityOf?.(t)) || placeList.includes(t);
    const asked = lastAskedNamed(lowerText, (c) => query.ownTerms.some((t) => t.length >= 2 && c.includes(t) && NOUN.test(tags.get(t) ?? '') && !isPlace(t) && !PAPERWORK.test(t)));
    // …or what every clause that asks in its sentence is about (我们想买房 他的公积金能多贷点吗 首付比例能不能降: 首付 is a recruit's
    // word here, 公积金 another department's).
    const lastSentence = asked.length > 0 ? spanAt(lowerText, lowerText.lastIndexOf(asked.at(-1)!), SENTENCE_MARKS) : '';
    // (…from a side question's opener on, where one opens a clause after a comma: 规划里对数字化改造有啥补助，顺便问下工人社保基数咋调.)
    const fromSide = (c: string) => { const parts = clausesOf(c), i = parts.findIndex((p, k) => k > 0 && SIDE_ASK.test(p.trim())); return i > 0 ? parts.slice(i).join('，') : c; };
    const sideSentenceAt = clausesOf(lastSentence).findIndex((p, k) => k > 0 && SIDE_ASK.test(p.trim()));
    const askedSentence = sideSentenceAt > 0 ? clausesOf(lastSentence).slice(sideSentenceAt).join('，') : lastSentence;
    const askClauses = [...new Set([...asked.map(fromSide), ...askingThePlan.asking.filter((c) => askedSentence.includes(c))])];
    // (A plan's word inside the affair's (手机5g套餐) or naming what it is of (工业用地征收补偿标准找谁说理) names no topic asked of the plan.)
    const besideAffairs = (c: string) => referralWords.reduce((t, w) => { const of = query.ownTerms.find((o) => o.length >= 2 && t.includes(o + w)); return t.replaceAll(of ? of + w : w, '，'); }, c);
    // 顺便问下，上了系统以后开发票那块…; 还有徒弟们的社保…: another department's affair asked on the side, in a sentence of its own opened so,
    // after a question to the plan (…数据券…这个是哪里说的) — set aside and pointed to its department, not the whole question.
    // (…or in a clause of its own after a comma, 规划里对数字化改造有啥补助，顺便问下工人社保基数咋调: the side runs from that clause on.)
    // (…through the sentences after it that go on with another department's affair and nothing of the plan: …养老保险能不能少交？医保也想少交。)
    const goesOn = (sentence: string) => markers.referrals.some(({ word }) => sentence.includes(word)) && !namesPlanTopic(besideAffairs(sentence)) && !ASKS_THE_PLAN.test(sentence);
    // (…or in a sentence that goes on with it, 顺便问下社保咋交？公积金也要交吗？: from the side sentence before.)
    // (…or, opened by nothing, right after a question to the plan: …规划里有没有支持？我老婆的医保也想问问怎么转过来.)
    // (Not a sentence that points back, 是按发票的百分之几补, 那我想提公积金…: it goes on with the question before; nor after a question that tells the
    // affair itself, 这个钱要不要交个税？, or quotes the plan as a reason, 规划里不是说要加大对人才住房的支持吗？)
    // (…nor after a question whose last clause asks something else, 我看规划里写了加大社会保障支持，我爸这种能不能补报？, or that names the side's own
    // matter, 规划里说的首台套跟首套房是一个意思吗？我…准备买首套房.)
    // (…or the question before a bare ask that goes on with it, …能不能享受？要找哪个部门？他户口要不要迁过来也是个事.)
    const asksPlanBefore = (sentence: string, mark: number, side: string): boolean => /[？?]/.test(lowerText[mark] ?? '') && sentence.trim().length <= BARE_ASK_LENGTH && ASKING_CLAUSE.test(sentence) && !ASKS_THE_PLAN.test(sentence) && mark - sentence.length > 1 ? asksPlanBefore(spanAt(lowerText, mark - sentence.length - 1, SENTENCE_MARKS), mark - sentence.length - 1, side) : /[？?]/.test(lowerText[mark] ?? '') && (ASKS_THE_PLAN.test(clausesOf(sentence).at(-1) ?? '') || (ASKS_THE_PLAN.test(sentence) && MAY_APPLY.test(clausesOf(sentence).at(-1) ?? ''))) && !REPROACH.test(sentence) && !markers.referrals.some(({ word }) => (clausesOf(sentence).at(-1) ?? '').includes(word))
      && !POINTS_BACK.test(side.trim()) && !query.ownTerms.some((t) => t.length >= 2 && side.includes(t) && sentence.includes(t) && !lexical.has(t));
    const sideFrom = (c: string): number => { const at = lowerText.indexOf(c), sentence = spanAt(lowerText, at, SENTENCE_MARKS), from = lowerText.lastIndexOf(sentence, at); const opener = clausesOf(lowerText.slice(from, at + c.length)).find((clause) => SIDE_ASK.test(clause.trim())); if (opener !== undefined) return lowerText.indexOf(opener, from); const before = from > 1 && goesOn(sentence) ? spanAt(lowerText, from - 1, SENTENCE_MARKS) : ''; if (!before.trim()) return -1; const earlier = sideFrom(before); return earlier >= 0 || !asksPlanBefore(before, from - 1, sentence) ? earlier : from; };
    // (…the plan asked before: a clause asking it or naming its topic, or a sentence that speaks of the plan and asks — 听说规划里讲…，这个钱是企业自己掏还是政府补.)
    const planAskedBefore = (c: string) => askingThePlan.asking.some((a) => !askClauses.includes(a) && lowerText.indexOf(a) < lowerText.indexOf(c) && (ASKS_THE_PLAN.test(spanAt(lowerText, lowerText.indexOf(a), SENTENCE_MARKS)) || namesPlanTopic(a)))
      || (lowerText.slice(0, lowerText.indexOf(c)).match(/[^。！!？?\n]+[。！!？?\n]?/g) ?? []).some((sentence) => sentence.includes('规划') && (/[？?]$/.test(sentence) || clausesOf(sentence).some((clause) => ASKING_CLAUSE.test(clause))));
    // (…and the part before it names a topic of the plan (首台套, 数据券, or an everyday word for one, 我们厂想搞技改，有没有补贴？另外工人社保咋交 — not a household's, 孩子上学有补贴吗？另外医保报销咋弄): 规划里对奶茶店有补贴吗？还有… asks the plan of nothing it has.)
    const topicBefore = (c: string) => { const before = besideAffairs(lowerText.slice(0, lowerText.indexOf(c))); return [...query.ownTerms, ...query.terms.map((q) => q.term)].some((t) => before.includes(t) && isTopicTerm(t)) || clausesOf(before).some(namesPlanTopic) || (!HOUSEHOLD.test(before) && everydayTopic(before, query.synonymsApplied, isTopicTerm)); };
    const sideAffair = askClauses.length > 0 && askClauses.every((c) => sideFrom(c) >= 0 && planAskedBefore(c) && topicBefore(c));
    // (…and its words, set aside, do not weigh against the plan: 开发票, 税控盘 of the side question.)
    const sideEnd = (from: number) => { let end = from + spanAt(lowerText.slice(from), 0, SENTENCE_MARKS).length; for (let next = spanAt(lowerText, end + 1, SENTENCE_MARKS); end < lowerText.length - 1 && next.trim() && goesOn(next); next = spanAt(lowerText, end + 1, SENTENCE_MARKS)) end += 1 + next.length; return end; };
    // (…or, opened by nothing, before the question to the plan — 我老婆医保想转过来，不知道找谁。我们是做阀门的小厂…规划里有没有支持？: the first sentence asks another
    // department's affair, a later one a topic of the plan: by name, or a topic word with 规划, or with a firm (政府对企业有啥减负措施), or an everyday word for one in a second question opened so (工人社保咋交？另外技改有没有补贴 — not a household's, 另外我家孩子上学有补贴吗) one not 扶持 or 奖励 unless with another word the plan has (not 狗证怎么办？政府对企业有啥扶持) — two, not those, with only 政府 (not 驾照到期了咋换？政府有啥便民政策没).)
    const first = spanAt(lowerText, 0, SENTENCE_MARKS), rest = lowerText.slice(first.length + 1);
    // (…its last clause asking, of the affair: its word in that clause, or in the one before a bare ask, 我老婆医保想转过来，不知道找谁 — not the
    // story before a question to the plan, 老焊工明年都退休了…招不到人咋整, nor an ask the asker takes elsewhere, 加班费怎么算我去问劳动部门.)
    const asksAffair = (sentence: string) => { const parts = clausesOf(sentence), last = parts.at(-1) ?? '', named = (c: string) => markers.referrals.some(({ word }) => c.includes(word));
      return ASKING_CLAUSE.test(last) && !ASKED_ELSEWHERE.test(sentence) && (named(last) || (last.length <= BARE_ASK_LENGTH && named(parts.at(-2) ?? ''))); };
    const planTopicNamed = (sentence: string, named = PLAN_NAMED.test(sentence), firm = named || /企业|厂/.test(sentence), terms = covered.filter((t) => t.length >= 2 && sentence.includes(t)), topics = terms.filter(isTopicTerm)) => clausesOf(sentence).some((c) => namesPlanTopic(besideAffairs(c))) || topics.filter((t) => named || !ASKS_THE_PLAN.test(t)).length >= (firm ? 1 : 2) || (firm && topics.length > 0 && terms.length >= 2) || (SIDE_ASK.test(sentence.trim()) && !HOUSEHOLD.test(sentence) && !markers.asks.some((a) => sentence.includes(a.match)) && (topics.some((t) => !ASKS_THE_PLAN.test(t)) || everydayTopic(sentence, query.synonymsApplied, isTopicTerm)));
    const leadSide = !sideAffair && !query.isFollowUp && rest.trim() !== '' && goesOn(first) && asksAffair(first)
      && (rest.match(/[^。！!？?\n]+/g) ?? []).some((sentence) => (ASKS_THE_PLAN.test(clausesOf(sentence).at(-1) ?? '') || (SIDE_ASK.test(sentence.trim()) && ASKING_CLAUSE.test(clausesOf(sentence).at(-1) ?? ''))) && !REPROACH.test(sentence) && planTopicNamed(sentence) && !markers.referrals.some(({ word }) => sentence.includes(word)))
      && !query.ownTerms.some((t) => t.length >= 2 && first.includes(t) && rest.includes(t) && !lexical.has(t));
    // (…or told, not asked, in the sentences after the last question, which names a topic of the plan and no affair: …科技券能抵检测费吗？工伤认定的材料还卡在人社那边。)
    // (…not after the plan quoted as a reproach, 规划里不是说要扶持小微企业吗？我的工伤认定还卡着 — unless a firm's burden is told, 我们厂社保还是交那么多 — nor after a subsidy asked where no business is named, the asker's own want of
    // money told right after it — 规划里对技能人才有啥补贴？我退休了，养老金太少，想多领点: the asker's reason for asking; a short sigh after it, 唉，急死人了, goes on with it.)
    const lastAsk = Math.max(lowerText.lastIndexOf('？'), lowerText.lastIndexOf('?')), toldAfter = lowerText.slice(lastAsk + 1), toldSentences = toldAfter.match(/[^。！!\n]+/g) ?? [], sigh = (s: string) => s.trim().length <= 10 && !namesPlanTopic(s) && !ASKS_THE_PLAN.test(s);
    // (…nor where what is told is a household's own home, 我家装修用的板材甲醛超标: its ask makes the question the household's, as everywhere.)
    const ownReason = (!namesABusiness(lowerText, referralWords) && OWN_SUPPORT.test(lowerText.slice(0, lastAsk)) && /^[\s，,]*(?:我|俺|本人|家里)/.test(toldAfter) && OWN_WANT.test(toldAfter)) || markers.asks.some((a) => a.ask.household && !a.ask.person && toldAfter.includes(a.match));
    const toldSide = !sideAffair && !leadSide && !query.isFollowUp && lastAsk > 0 && toldSentences.every((s) => (goesOn(s) || sigh(s)) && !clausesOf(s).some((c) => ASKING_CLAUSE.test(c)) && !/[吧吗呢么][。！!\s]*$/.test(s)) && toldSentences.some(goesOn) && toldAfter.trim() !== '' && topicBefore(toldAfter) && !markers.referrals.some(({ word }) => lowerText.slice(0, lastAsk).includes(word)) && !(REPROACH.test(lowerText.slice(0, lastAsk)) && !namesABusiness(toldAfter, referralWords)) && !ownReason;
    const sideText = sideAffair ? [...new Set(askClauses.map((c) => { const from = sideFrom(c); return lowerText.slice(from, sideEnd(from)); }))].join('，') : leadSide ? first : toldSide ? toldAfter : '';
    const aside = sideAffair || leadSide || toldSide; // (…an ask within it, 社保基数咋调, as well.)
    const sideAsks = aside ? decisiveAsks.filter((a) => sideText.includes(a.match)).length : 0;
    // (…never more than the markers weighed: a word told again, 驾照 after 车辆年检, weighed nothing.)
    const onlyInSide = (word: string) => sideText.includes(word) && occurrences(lowerText, word).length === occurrences(sideText, word).length;
    const sideWeight = aside ? Math.min(markerWeight, strong * (sideAsks + markers.referrals.filter(({ word }) => onlyInSide(word)).length)) : 0;
    // (先落户哪个城市政策松一点: the policy asked after another department's word in its clause, nothing else of the plan's there, is that affair's.)
    const affairsPolicy = (c: string) => !ASKS_THE_PLAN.test(c.replaceAll('政策', '，')) && markers.referrals.some(({ word }) => !told.has(word) && c.includes(word) && c.indexOf(word) < c.lastIndexOf('政策')) && !namesPlanTopic(besideAffairs(c));
    const asksPlanItself = (c: string) => ASKS_THE_PLAN.test(c) && !affairsPolicy(c);
    // (…or asked before bare asks that go on with it, 搬迁补偿按什么标准算？评估公司谁来定？评低了能找谁: the affair is still what is asked.)
    const referralAsked = !askingThePlan.asking.some((c) => asksPlanItself(c) && !REPROACH.test(c)) && [...askClauses, ...askingThePlan.asking.filter((c) => !askClauses.includes(c))].some((c) => !RECRUITS.test(c) && markers.referrals.some(({ word }) => !told.has(word) && !officeAsked(lowerText, word, plansWord) && c.includes(word))) && !askClauses.some((c) => asksPlanItself(c) || namesPlanTopic(besideAffairs(c)));
    // 工人社保能不能都按最低基数交 规划里说减负降本 这个算不算: another department's affair asked, then only whether it counts as a measure
    // the plan is quoted for — the affair is what is asked; the plan's words are why.
    const affairPlaced = !query.isFollowUp && askingThePlan.asking.length >= 2 && askingThePlan.asking.every((c) => POINTED_MEMBERSHIP.test(c) || (!RECRUITS.test(c) && markers.referrals.some(({ word }) => !told.has(word) && c.includes(word)))) && askingThePlan.asking.some((c) => POINTED_MEMBERSHIP.test(c)) && !POINTED_MEMBERSHIP.test(askingThePlan.asking[0]!);
    const referralSupport = askingThePlan.asking.some((c) => !RECRUITS.test(c) && !(aside && sideText.includes(c)) && markers.referrals.some(({ word }) => !told.has(word) && occurrences(c, word).some((at) => REFERRAL_SUPPORT.test(c.slice(at, at + word.length + 6)))));
    // 规划“创新监管方式”里…那部法规叫什么: a span the asker quotes that is the plan's own text word for word (four characters
    // or more) asks about the plan, whatever unknown words come with it — unless a marker says otherwise.
    const quotesPlan = markerWeight === 0 && [...query.text.matchAll(QUOTED_SPAN)].some((m) => flat(m[1]!).length >= 4 && flatPlan.includes(flat(m[1]!)));
    const blockedBeside = placeOnly || decisiveAsks.length > sideAsks || othersSupport || tradeSupport || referralSupport || affairPlaced || helpOfAffairOnly(lowerText, askingThePlan.asking, referralWords, covered);
    const blocked = blockedBeside || decisiveAsks.length > 0, firmAsksSupport = makerAsksSupport(lowerText, askingThePlan.asking, referrals.otherRegions, ownPlaces);
    const weighs = (weight: number, share = coverage) => quotesPlan || (support - placeSupport >= STRONG_EVIDENCE ? support >= MARKER_RATIO * weight : (support >= MIN_EVIDENCE || namesTopic || placeSupport > 0 || firmAsksSupport) && (share >= minShare || (firmAsksSupport && total === 0)));
    // (The side question is read so only where the question would otherwise be refused: its note says what was set aside.)
    // (…weighed without it: its words' weight is out of the share too, its markers' and its own nouns' (老婆 of 我老婆的医保…).)
    const sideOwn = [...weighed.againstOf].filter(([w]) => onlyInSide(w)), sideNouns = sideOwn.reduce((sum, [, w]) => sum + Math.abs(w), 0), sideFor = sideOwn.reduce((sum, [, w]) => sum + Math.max(0, -w), 0), kept = total - sideWeight - sideNouns;
    const sideSaves = !blockedBeside && aside && (referralAsked || !weighs(markerWeight)) && weighs(Math.max(0, markerWeight - sideWeight), kept > 0 ? (support - sideFor) / kept : 0);
    const inScope = sideSaves || (!blocked && !referralAsked && weighs(markerWeight));
    if (inScope) {
      // Only an ask is said to be set aside: a referral word outweighed is most often the asker's story (老师傅快退休了)
      // or a topic the plan has in its own terms (人才的住房), not a part of the question left unanswered — except a side question read so.
      // (…and, the question answered either way, its affair is said set aside too, and its words are not the question's: `side`.)
      // (Not a side sentence that names a topic of the plan, 另外单位增加值能耗每年要降多少: it asks the plan too.)
      // (…nor a word of the affair holding a term of the plan's own, 企业要开碳账户: the plan's 碳账户.)
      // (…nor one that asks the plan or whether the asker may apply, 另外企业社保负担太重，规划有没有减负降本的措施; 我们这种社保人数不到10人的小厂能不能申请.)
      // (…nor one only told, when the question stands without it: 手机信号时有时无 after 要建多少个5G基站 is why the asker asks.)
      const sideReferrals = sideSaves || (aside && !toldSide && !clausesOf(sideText).some((c) => namesPlanTopic(besideAffairs(c)) || ASKS_THE_PLAN.test(besideAffairs(c)) || MAY_APPLY.test(c))) ? markers.referrals.filter(({ word }) => sideText.includes(word) && (sideSaves || ![...word].some((_, i) => i + 3 <= word.length && flatPlan.includes(flat(word.slice(i, i + 3)))))).sort((x, y) => sideText.indexOf(x.word) - sideText.indexOf(y.word)).slice(0, 1) : [];
      // (An ask within the side, 社保基数咋调's 咋调, is said as the side's affair: its department, not 技术和操作问题.)
      // (…unless it has a department of its own, 工伤怎么认定's 人社: it is said, with the side's word of the same topic, not of another, 工伤赔偿谁出's 劳动争议.)
      const inSide = (a: (typeof markers.asks)[number]) => sideReferrals.length > 0 && sideText.includes(a.match), sideTopics = markers.asks.filter((a) => inSide(a) && a.ask.topic).map((a) => a.ask.topic!.topic);
      const setAside = [...markers.asks.filter((a) => !inSide(a) || a.ask.topic).map((a) => ({ label: a.ask.said, department: a.ask.topic?.department ?? null, ...(a.ask.planRules?.test(lowerText) ? { ofRule: true } : {}) })), ...sideReferrals.filter(({ topic }) => sideTopics.length === 0 || sideTopics.includes(topic.topic)).map(({ topic }) => ({ label: topic.topic, department: topic.department }))];
      return { inScope: true, reason: null, ...decision, ...(setAside.length > 0 ? { setAside } : {}), ...(sideReferrals.length > 0 ? { side: sideText } : {}), ...(firmAsksSupport && (support < MIN_EVIDENCE || covered.every((t) => BARE_SUPPORT.test(t))) && !namesTopic && placeSupport === 0 ? { firmSupportOnly: true } : {}) };
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
