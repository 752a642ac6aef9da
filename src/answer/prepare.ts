/**
 * Question → what its answer is made from: the question read (query.ts), its intent, the clauses retrieved and passed by the
 * scope gate, ranked for the asker's profile and the parts asked — or the answer already decided: a refusal, what the plan says
 * of itself, or a supervisor's curated answer. The engine (engine.ts) turns a Prepared into a body, extractive or by a model.
 */
import type { Citation } from '../contract.js';
import type { Clause } from '../types.js';
import type { LoadedIndex } from '../ingest/store.js';
import type { primaryDocument } from '../ingest/corpus.js';
import { facetsInText, facetWordSet } from '../ingest/facets.js';
import { analyzeQuery } from '../retrieval/query.js';
import { assistantAddressed } from '../retrieval/chat.js';
import { licencesHeld } from '../retrieval/told.js';
import type { AnalyzedQuery } from '../retrieval/analyzed.js';
import { clausesAskingThePlan } from '../retrieval/asked.js';
import { chosenHit, type CardMatch, type ClauseHit, type createRetriever } from '../retrieval/retriever.js';
import { tradeOutsideManufacturing } from '../retrieval/trade.js';
import { clausePointedAt, lastUserQuestion, OWN_ASK, REACHES_ASKER, WITHIN_MEANS } from '../retrieval/follow-up.js';
import { createScopeGate } from '../retrieval/scope.js';
import { FIRM_POLICIES_ASKED, MAKING_SAID, PRODUCT_SAID } from '../retrieval/scope-nouns.js';
import { composeIndustriesAsked } from './sections.js';
import { countyCity, planPlaces, planTopics, spellingFor } from '../retrieval/vocabulary.js';
import { withoutThresholdMeasures, withStoryAside } from '../retrieval/threshold.js';
import { renderComposition } from './compose.js';
import { isMeasure, leading, withNamedIndustry, withFocus, withPhrases } from './extractive.js';
import { asksBesidesTrade, tradeIndustryClause } from './trade-asked.js';
import { asksOnlyWhereWithin, itemHoldingPlace, itemsNamedTogether, labelledClause, labelledGroups, namedPart, onlyOfTheItems } from './labelled.js';
import type { TermWeight } from './widen.js';
import { detailsAsked, namesCountedSet } from './gaps.js';
import { detectIntent, type Intent } from './intent.js';
import { amountFor } from './amount-for.js';
import { createProfileLead } from './match.js';
import { annotatedDecision } from './annotated.js';
import { checkCuratedAnswer } from './curated.js';
import { OUTSIDE_MANUFACTURING_MESSAGE, referralRefusal, refusalFor, setAsideNote } from './messages.js';
import { composeAboutTheDocument, planTopicTerm } from './metadata.js';
import { composeIndicatorBesideAim } from './indicator-aim.js';
import type { AskInput } from './types.js';
import { createProgrammes } from './programmes.js';
import { withEachPart, withListedParts } from './parts.js';
import { storyBeforeLastAsked } from './asked-last.js';
import { QUOTED as QUOTED_NAME } from '../retrieval/names-heard.js';
import { namesAskedMentioned } from './mentioned.js';
import { withLastRefusal } from './last-refused.js';

/** Support asked (补贴, 扶持, 政策, a title of the plan's to be rated, 融资): what the trade's own message answers — no measures for that trade. */
const SUPPORT_ASKED = /补贴|补助|奖励|奖补|扶持|支持|优惠|政策|措施|规划|申请|申报|帮扶|评(?:上|得上|个|为)?(?:专精特新|小巨人|单项冠军|未来工厂|绿色工厂|品字标)|融资|贷款/;

export interface Prepared {
  query: AnalyzedQuery;
  intent: Intent;
  hits: ClauseHit[];
  terms: TermWeight[];
  /** Cards close to the question, best first. */
  nearCards: CardMatch[];
  /** The supervisor card that decided, and the scope gate's evidence share. */
  cardId: string | null;
  evidence: number;
  /** What the question also asks that the plan does not cover (scope.ts `setAside`): said after the answer. */
  setAside?: { label: string; department: string | null; ofRule?: boolean }[];
  /** The side question set aside (scope.ts `side`), as the question was read. */
  side?: string;
  /** How many of the first hits lead the answer whatever the question's other words (the asker's trade's own clause, a programme's). */
  leads?: number;
  /** Set when the answer is already decided without retrieval quality (refusal, metadata, curated answer). */
  fixed: { answer: string; citations: Citation[]; refusalReason: string | null; mode?: 'curated' } | null;
}

/** The quote itself asked about (“实施一个召回、提升一个产业”，这是啥意思; “首版次”是不是就指…; 在哪一条): its clause answers alone. */
const QUOTE_ASKED = /[”"」』][，,]?(这|这个|这句|这句话)?(是|指|说的是|讲的是)?(啥|什么)意思|[”"」』][，,]?(这|这个)?(具体|到底|究竟)?(是指|是|指)(啥|什么)|[”"」』][，,]?(到底)?怎么理解|[”"」』][^，。？！,?!]{0,4}(是不是|算不算)(就)?(指|包括)|[”"」』][^。？！?!]{0,4}(在)?哪一?条/;

/** A second thing asked after the first (…在哪一条，另外…目标是多少): a quoted clause does not answer alone. */
const ANOTHER_ASK = /另外|此外|以及|还想问|还有个问题|还有一个问题/;
/** Where firms of a programme stand now (全国排第几, 排名, 居全国第一): the plan's baseline answers, not the clause whose title names the programme. */
const BASELINE_ASKED = /排第几|排名|第几名|居全国|全国第[一二三几]/;

/**
 * A detail asked of the quoted name, pointing back at it after the quote (“规范企业”这个资质去哪办) — not when a second thing is asked after it in passing (…这个要啥条件？顺便问下污水能不能分质供水; 再问一个，…; 对了，…), which keeps its own clause.
 */
const POINTED_BACK = /这个|这种|(?<!应)该/;
const ASKED_IN_PASSING = /顺便|顺带|再问一?[个下句]|对了/;
const pointsBackAlone = (text: string) => { const after = text.slice(text.lastIndexOf('”')); return POINTED_BACK.test(after) && !ASKED_IN_PASSING.test(after); };

/** Words that ask how to apply or what it costs: the gap's own words, not the topic's. */
const PROCEDURE_WORD = /^(申请|申报|办|办理|部门|窗口|受理|流程|手续|材料|费用|钱|交|收费|报名|领|申领|网上)$/;
const PROCEDURE_WEIGHT = 0.2;
/**
 * Negation, the particles of aspect and complement, a verb's result and a verb said once (不, 没, 得, 着, 写完's 完, 算了下's 下):
 * grammar, found inside the plan's words as substrings (不低于, 完善, 下降), so a story's 不知道 or 写完 would choose the sentence.
 * Sentences are matched by substring; these still count in retrieval and the scope gate, where they are jieba's own tokens.
 */
const GRAMMAR = /^(不|没|得|着|完|下|成|样)$/;
/**
 * A direction asked (往哪几个方向发展, 以后往哪走): the first clause found's sentence that says where its industry goes (向…方向发展) is what
 * answers it — a term of its own, as heavy as the question's heaviest word; written only there, it brings no other industry's clause.
 */
const DIRECTION_ASKED = /(往|朝|向)(哪|啥|什么)[^，。？！,?!]{0,3}方向|(啥|什么|哪几?个)方向|往哪(里|儿|边)?(走|发展)/;

export interface PreparerOptions {
  index: LoadedIndex;
  retriever: ReturnType<typeof createRetriever>;
  clauses: Map<string, Clause>;
  primary: NonNullable<ReturnType<typeof primaryDocument>>;
}

export function createPreparer({ index, retriever, clauses, primary }: PreparerOptions): (input: AskInput) => Promise<Prepared> {
  const spelling = spellingFor(index, retriever.cards);
  const cityOf = countyCity(index);
  /** The province's cities, as the facet table names them (温州, 衢州). */
  const cityNames = new Set(index.facetTable.region.map((entry) => entry.name.toLowerCase().replace(/市$/, '')));
  const topicKind = (term: string) => (['region', 'industry', 'enterpriseType'] as const).find((kind) => facetsInText(term, index.facetTable, kind).length > 0) ?? null;
  const { lexical, tokenizer, referrals } = index;
  const profileLead = createProfileLead(index);
  const programmes = createProgrammes(index.corpus.clauses);
  const facetWords = facetWordSet(index.facetTable);
  const namesTopic = planTopicTerm(lexical, facetWords);
  const clauseTexts = index.corpus.clauses.map((c) => c.text.toLowerCase());
  const planText = clauseTexts.join('\n');
  /** The plan's labelled items (双核, 一带, 一廊) by the clause they stand under. */
  const labelledItems = labelledGroups(clauses.values());
  const scopeGate = createScopeGate({ lexical, tokenizer, referrals, cards: retriever.cards, title: primary.title, documentNumber: primary.documentNumber, clauses: index.corpus.clauses, topics: planTopics(index), spelling, synonymWords: new Set(index.lexicon.synonyms.keys()), places: planPlaces(index), cityOf });

  /** The question with each word the plan never writes that sounds like one it does (互连网 → 互联网) written as the plan does. */
  const heardText = (text: string, ownTerms: readonly string[]) =>
    ownTerms.reduce((t, term) => {
      if (term.length < 2 || lexical.has(term)) return t;
      const heard = spelling.soundsLike(term);
      return heard && lexical.has(heard) ? t.split(term).join(heard) : t;
    }, text);

  // (…and a follow-up that only asks, 咋补 after 社保一个月交多少, is refused as the last question was: last-refused.ts.)
  const prepare = async (input: AskInput): Promise<Prepared> => withLastRefusal(input.history, await prepareRead(input), (question) => prepareRead({ question }));
  async function prepareRead(input: AskInput): Promise<Prepared> {
    const read = await prepareAs(input, false);
    // A side question set aside (…？顺便问下，工人社保咋交; or first, 社保咋交？规划里…): the rest is asked again alone, so the side's words do not choose its clauses; its note stays.
    const at = read.side ? input.question.toLowerCase().indexOf(read.side) : -1;
    const main = at >= 0 ? await prepareAs({ ...input, question: input.question.slice(0, at) + input.question.slice(at + read.side!.length) }, false) : null;
    // (…and the rest asked of the document itself, 规划是哪年发布的？另外社保咋交, is answered so, the note after it.)
    const first = main && !main.fixed ? { ...main, setAside: [...(main.setAside ?? []), ...(read.setAside ?? []).filter((s) => !main.setAside?.some((m) => m.label === s.label))] } : main?.fixed && main.fixed.refusalReason === null && read.setAside ? { ...main, fixed: { ...main.fixed, answer: `${main.fixed.answer}\n${setAsideNote(read.setAside)}` } } : read;
    // A question that says nothing the plan covers on its own, asked after one that did, continues it.
    const weak = first.fixed?.refusalReason === 'no_evidence' || first.fixed?.refusalReason === 'no_question';
    if (!weak || first.query.isFollowUp || !input.history?.some((t) => t.role === 'user')) return first;
    const again = await prepareAs(input, true);
    return again.fixed?.refusalReason ? first : again;
  }

  async function prepareAs(input: AskInput, followUp: boolean): Promise<Prepared> {
    const analyze = (text: string, history = input.history) => analyzeQuery(text, history, index.tokenizer, { isTopicTerm: index.lexical.isTopicTerm, followUp, spelling, topicKind, inPlan: index.lexical.has, cityOf, inPlanText: (phrase) => planText.includes(phrase) });
    // (你是真人吗，专精特新有什么政策: the clause that only addresses the assistant is who is spoken to — the rest is the question.)
    const addressed = assistantAddressed(input.question);
    // (…and a hazardous-chemical licence the asker holds, told before what they ask, is their story: 刚拿到危化品安全生产许可证，想上一条智能化生产线.)
    const told = [...addressed, ...licencesHeld(input.question)];
    const query = analyze(told.length > 0 ? told.reduce((t, span) => t.replace(span, ''), input.question) : input.question);
    // Its own words decide the question's shape; a follow-up silent on it (那宁波呢？) borrows it — never what the document is asked.
    const own = detectIntent(query.text);
    // (Not a follow-up that asks of its own — 你刚才说的5G全连接工厂是什么: what it is, not the last question's count.)
    const borrow = query.isFollowUp && own.shape === 'statement' && !own.asksAmount && !OWN_ASK.test(query.text) && !REACHES_ASKER.test(query.text) && !WITHIN_MEANS.test(query.text);
    const borrowed = borrow ? detectIntent(query.resolved) : null;
    const shaped = borrowed ? { ...borrowed, metadata: own.metadata, asksIndicatorTable: own.asksIndicatorTable, parts: own.parts, partTexts: own.partTexts, ...(borrowed.quoted ? { quotedBorrowed: true } : {}) } : own;
    const named = programmes.namedBySynonyms(query);
    // The asking clauses are cut only when a programme is named in everyday words (most questions name none).
    const asking = named.length > 0 ? clausesAskingThePlan(query.text.toLowerCase()).asking : [];
    const namedAsked = named.filter((t) => query.synonymsApplied.some(([word, targets]) => targets.includes(t) && asking.some((c) => c.includes(word.toLowerCase()))));
    const namedAskedBy = query.synonymsApplied.filter(([word, targets]) => targets.some((t) => namedAsked.includes(t)) && asking.some((c) => c.includes(word.toLowerCase()))).map(([word]) => word.toLowerCase());
    // (The details asked, read once: what a sum asked is for below, and the words that ask them further on.)
    const details = detailsAsked(query.text);
    const purposes = shaped.asksAmount || details.includes('amount') ? amountFor(query) : [];
    const intent = withListedParts({ ...(named.length > 0 ? { ...shaped, named, ...(namedAsked.length > 0 ? { namedAsked, namedAskedBy } : {}) } : shaped), ...(purposes.length > 0 ? { amountFor: purposes } : {}) }, query.text);
    const decided = (fixed: NonNullable<Prepared['fixed']>, more: Partial<Prepared> = {}): Prepared => ({ query, intent, hits: [], terms: [], nearCards: [], cardId: null, evidence: 1, fixed, ...more });
    // The document itself asked about (文号, 主要讲了啥, 关键指标表): answered from what the plan says of itself.
    // (…and a 2025 indicator asked beside the whole aim: the table's note, the goals and the baseline.)
    const aboutTheDocument = composeAboutTheDocument(query, intent, primary, clauses, namesTopic) ?? composeIndicatorBesideAim(query.text, query.ownTerms, primary, clauses);
    if (aboutTheDocument) return decided({ ...renderComposition(aboutTheDocument, false), refusalReason: null });
    // "我是杭州的餐馆老板，有什么政策？" gets what /api/match says — unless the question also has strong evidence
    // for the plan ("隔壁开饭店的说厂房要涨租，规划对工业用地有什么安排"): the trade counts against, like a referral.
    const outside = tradeOutsideManufacturing(query.text, index.referrals, index.facetTable);
    // Where to apply or what it costs (品字标要交多少钱？去哪个部门办？) is the detail the plan does not give: the words that
    // ask it do not choose the sentence (they would pick 政务服务一网通办 over the programme asked about).
    const topical = (t: string) => lexical.isTopicTerm(t) || namesTopic(t);
    const measured = withoutThresholdMeasures(query, topical, (t) => lexical.has(t) || facetWords.has(t));
    const detailAsked = details.some((d) => d === 'amount' || d === 'procedure' || d === 'time');
    // (Not for a trade outside manufacturing: its words are the evidence against the plan that the gate weighs.)
    const { hits: retrieved, cards: nearCards } = await retriever.retrieve(detailAsked && !outside ? withStoryAside(measured, (t) => lexical.has(t) && topical(t), planText) : measured, 8);
    const asksHowOrCost = details.some((d) => d === 'procedure' || d === 'amount');
    const asked = (term: string) => (asksHowOrCost && PROCEDURE_WORD.test(term) ? PROCEDURE_WEIGHT : 1);
    const weighed = withFocus(query, withPhrases(query, query.terms.filter(({ term }) => !GRAMMAR.test(term)).map(({ term, weight }) => ({ term, weight: weight * index.lexical.idf(term) * asked(term) }))));
    const direction = DIRECTION_ASKED.test(query.text) ? retrieved[0]?.clause.sentences.find((sentence) => sentence.includes('方向'))?.trim().toLowerCase() : undefined;
    let terms = direction && weighed.length > 0 ? [...weighed, { term: direction, weight: Math.max(...weighed.map((t) => t.weight)) }] : weighed;
    const annotated = annotatedDecision(nearCards);
    if (annotated?.kind === 'referral') {
      return decided({ answer: referralRefusal(annotated.card.referral), citations: [], refusalReason: 'referral' }, { nearCards, cardId: annotated.card.id });
    }
    if (annotated?.kind === 'curated') {
      const checked = checkCuratedAnswer(annotated.card.answer, annotated.card.clauses.map((id) => clauses.get(id)!));
      // An answer that no longer checks out against the index (the plan was re-ingested) is not served.
      if (checked.ok) return decided({ answer: annotated.card.answer, citations: checked.value, refusalReason: null, mode: 'curated' }, { nearCards, cardId: annotated.card.id });
    }
    let hits = retrieved;
    let evidence = 1;
    let cardId: string | null = null;
    let setAside: Prepared['setAside'];
    let side: string | undefined;
    if (annotated?.kind === 'link') {
      // A supervisor said which clauses answer questions like this one: they lead, and the gate is not asked.
      const top = retrieved[0]?.score ?? 1;
      const linked = annotated.card.clauses.map((id) => retrieved.find((h) => h.clause.id === id) ?? chosenHit(clauses.get(id)!, top));
      hits = [...linked.map((h) => ({ ...h, score: Math.max(h.score, top) })), ...retrieved.filter((h) => !annotated.card.clauses.includes(h.clause.id))];
      cardId = annotated.card.id;
    } else {
      const gate = scopeGate(query, retrieved, { trade: outside });
      evidence = Math.round(gate.coverage * 100) / 100;
      // 规划里重点发展哪些产业, 新兴产业包括哪些: the industries the plan develops, by their own names (sections.ts) — unless the gate refused on evidence.
      const industries = gate.inScope || gate.reason === 'no_evidence' ? composeIndustriesAsked(query.text, clauses, referrals.otherRegions, lastUserQuestion(input.history)) : null;
      if (industries) return decided({ ...renderComposition(industries, true), refusalReason: null }, { nearCards });
      if (!gate.inScope) {
        // (…but another department's affair asked of the trade, not its support — 我们超市有个员工工伤了怎么赔 — is that department's.)
        const fixed = outside && !(gate.reason === 'referral' && !SUPPORT_ASKED.test(query.text))
          ? { answer: OUTSIDE_MANUFACTURING_MESSAGE(outside), citations: [], refusalReason: 'not_manufacturing' }
          : { answer: refusalFor(gate.reason!, gate.referral), citations: [], refusalReason: gate.reason };
        return { query, intent, hits: retrieved, terms: [], nearCards, cardId: null, evidence, fixed };
      }
      setAside = gate.setAside;
      side = gate.side;
      // (A firm asking only what support there is, its product unknown to the plan — 我们做厨具的，有啥支持 — asks which of the plan's
      // policies the firm can have: the lexicon's reading of that ask chooses the clauses and their sentences, without the making told and
      // with the support said plainly — 做 of 做大做强 would choose 智能家居's sentence, 扶持 of 扶持力度 the listing one's. The product it told, which no clause names, is said after the answer as what the plan makes no rule for: 厨具, 甘露醇.)
      const firmText = gate.firmSupportOnly ? query.text.replace(MAKING_SAID, '').replace(/扶持|帮扶|补贴|补助|优惠|好处/g, '支持') : null, firmAsk = firmText === null ? null : analyze(`${firmText}，${FIRM_POLICIES_ASKED}`);
      if (firmAsk) hits = (await retriever.retrieve(firmAsk, 8)).hits;
      if (firmAsk && firmText !== query.text) terms = withPhrases(firmAsk, firmAsk.terms.filter(({ term }) => !GRAMMAR.test(term)).map(({ term, weight }) => ({ term, weight: weight * index.lexical.idf(term) })));
      const product = gate.firmSupportOnly ? PRODUCT_SAID.exec(query.text)?.[1] : undefined;
      if (product) setAside = [...(setAside ?? []), { label: product, department: null }];
    }
    // …国内几家大的机器人厂都在试我们的样品。规划里有没有推动大厂带小厂、上下游配套的说法？ — the story's words weigh less (asked-last.ts).
    const lighter = cardId ? null : storyBeforeLastAsked(query.text, (last) => query.ownTerms.filter((t) => last.toLowerCase().includes(t)), lexical.has, query.synonymsApplied);
    if (lighter) [hits, terms] = [(await retriever.retrieve({ ...query, terms: query.terms.map(lighter) }, 8)).hits, terms.map(lighter)];
    // (Not when the asker quotes a name the plan writes, 建议去评个“未来工厂”…规划里有这个说法吗: the name is what is asked, not who they are.)
    // (…or a name asked unquoted whether the plan mentions it, 规划里磁性材料有没有提到: src/answer/mentioned.ts.)
    // (It leads the answer, 以后还有没有饭吃 after it is the asker's worry: nothing else asked, 另外…, takes a clause of its own.)
    const mentioned = namesAskedMentioned(query.text, clauseTexts);
    const namesQuoted = [...[...query.text.matchAll(QUOTED_NAME)].map((m) => m[1]!.toLowerCase()).filter((name) => name.length >= 3 && planText.includes(name)), ...mentioned];
    if (!cardId && namesQuoted.length === 0 && (intent.shape === 'list' || profileLead.namesProfileAndNeed(query.text))) hits = profileLead.first(query.retrievalText, hits, query.context);
    // …and the clause retrieval ranks first of those writing the name leads, before the asker's trade.
    // (…the one whose own title writes it first, 培育隐形冠军和专精特新“小巨人”企业 for “小巨人” — not the baseline that counts such firms.)
    const writesQuoted = (h: ClauseHit, where: (c: Clause) => string) => namesQuoted.some((name) => where(h.clause).toLowerCase().includes(name));
    // (…but not when the asker asks where such firms stand now, “小巨人”企业的数量在全国排第几: the baseline that ranks them, 一（一）, answers.)
    const byTitle = BASELINE_ASKED.test(query.text) ? undefined : hits.find((h) => writesQuoted(h, (c) => c.title));
    const quotedClause = cardId || namesQuoted.length === 0 ? undefined : (byTitle ?? hits.find((h) => writesQuoted(h, (c) => c.text)))?.clause;
    const trade = cardId || quotedClause ? null : tradeIndustryClause(query.text, (text) => facetsInText(text, index.facetTable, 'industry'), clauses.values());
    if (trade) hits = leading(hits, trade);
    if (quotedClause) hits = leading(hits, quotedClause);
    // “双核一带一廊”具体指哪几块: every item the name is made of leads, in the plan's order (not the one whose label ends it) — and is the whole
    // answer when nothing else is asked (…？另外山区26县有什么扶持 keeps its own part).
    const together = cardId || trade ? [] : itemsNamedTogether(query.text, labelledItems);
    for (const item of [...together].reverse()) hits = leading(hits, item);
    // 那温州呢？我们温州算哪块 after “双核”是指哪两个地方: the item of that layout naming the place (or its city) leads the answer.
    const placesAsked = query.ownTerms.flatMap((t) => { const city = cityOf(t); return city ? [t, city] : cityNames.has(t) ? [t] : []; });
    // (It comes first without being the whole answer when another part asks something else: 那我们丽水龙泉这种山区算哪一块？有没有份 keeps
    // the mountain counties' clause; asked alone, 温州在规划里算哪块 after the asker's trade, it is the answer.)
    const holding = cardId || trade || together.length > 0 ? null : itemHoldingPlace(query.text, query.resolved, placesAsked, labelledItems, cityNames);
    if (holding) hits = leading(hits, holding);
    const labelled = cardId || trade || together.length > 0 || holding ? null : labelledClause(query.text, clauses.values());
    if (labelled) hits = leading(hits, labelled);
    // A part named by its name, unquoted (我们金衢丽这一片): it comes first — and leads the answer when nothing after puts another first
    // (an industry a membership question names: 嘉兴算不算沿海产业带？我们做新能源车热管理阀的).
    const part = cardId || trade || labelled || together.length > 0 ? null : namedPart(query.text, clauses.values());
    if (part) hits = leading(hits, part);
    // 该条2025年的两个量化目标原文是什么: the clause the last answer quoted, pointed at as such, leads.
    const pointed = cardId ? null : clausePointedAt(query.text, input.history, clauses.values());
    if (pointed) hits = leading(hits, pointed);
    if (!cardId) hits = await withEachPart(withNamedIndustry(hits, query.text, intent, clauses.values()), query.text, async (part) => (await retriever.retrieve(analyze(part, undefined), 3)).hits);
    // 已经认定了多少家未来工厂, 做3D打印的想申报未来工厂门槛是多少: today's count, how to apply, what it pays or when are details the
    // plan never gives (the gap is said); only clauses naming the programme are quoted, not a baseline or the asker's trade's.
    const programmeLed = cardId || together.length > 0 ? null : programmes.namingFirst(hits, query.text);
    // …or a count asked of what the plan counts under an unquoted name (工业互连网平台到2025年要建几个), heard as the plan spells it; or
    // what the asker says the plan says, asked for a detail of it (规划说要降专线成本，到底降百分之几 — not 规划里说要当营商环境最优省，那…成本能不能降点).
    // These come first without leading the answer alone: a second part asked (…另外工业用地比例是多少) keeps its clause.
    const counted = programmeLed?.led || cardId || together.length > 0 ? null : programmes.countedFirst(hits, query.text, () => heardText(query.text, query.ownTerms));
    const ledAlready = programmeLed?.led || counted?.led || cardId || together.length > 0;
    const saidOnly = ledAlready || details.length === 0 ? null : programmes.saidFirst(hits, query.text);
    // …or a detail asked of a thing the plan names unquoted (绿色低碳工厂…评上了奖多少钱): the clause writing its name comes first.
    // (It leads the answer: the story's words, 烧煤 or 废水, would choose another measure's sentence.)
    const written = ledAlready || saidOnly?.led || trade || !details.some((d) => d === 'procedure' || d === 'amount' || d === 'time') ? null : programmes.writtenFirst(hits, query.text);
    const said = written?.led ? written : saidOnly;
    // …or a span quoted that the plan writes word for word (规划里有句“实施一个召回、提升一个产业”，这是啥意思).
    const quoted = programmeLed?.led || counted?.led || said?.led || cardId || trade || labelled || part || together.length > 0 ? null : programmes.quotedFirst(hits, query.text);
    hits = (quoted ?? said ?? counted ?? programmeLed)?.hits ?? hits;
    if (!cardId && together.length === 0 && details.some((d) => d === 'status' || d === 'procedure' || d === 'amount' || d === 'time' || d === 'split' || d === 'names')) hits = programmes.namingOnly(hits, query.text, intent.named);
    // 评上绿色工厂奖多少钱: a reward, a procedure or a time asked is a measure's — the 2020 baseline (发展基础, 绿色工厂164家) does not lead it,
    // nor a goal counting what the measure builds (发展目标: 数字化车间 among 2025's targets).
    const measure = hits.slice(1, 3).find((h) => isMeasure(h.clause) && h.score >= hits[0]!.score * 0.7);
    if (!cardId && measure && hits[0]!.clause.path.some((h) => h.includes('发展基础') || h.includes('发展目标')) && details.some((d) => d === 'procedure' || d === 'amount' || d === 'time')) hits = leading(hits, measure.clause);
    // 4个世界级先进制造业集群具体是哪四个: the clause listing the set before its count leads, not one that only counts it.
    const listing = cardId || hits.length === 0 || !details.includes('names') || namesCountedSet(query.text, hits[0]!.clause) ? undefined : hits.slice(1, 3).find((h) => h.score >= hits[0]!.score * 0.7 && namesCountedSet(query.text, h.clause));
    if (listing) hits = leading(hits, listing.clause);
    const partLeads = part !== null && hits[0]?.clause.id === part.id;
    return { query, intent: together.length > 0 ? { ...intent, shape: 'list' } : intent, hits, terms, nearCards, cardId, evidence, fixed: null, ...(setAside ? { setAside } : {}), ...(side ? { side } : {}), ...(together.length > 0 && onlyOfTheItems(query.text) ? { leads: together.length } : {}), ...((trade && !asksBesidesTrade(query.text, (c) => query.ownTerms.some((t) => t.length >= 2 && c.includes(t.toLowerCase()) && lexical.isTopicTerm(t) && !trade.text.includes(t)))) || labelled || partLeads || (pointed && hits[0]?.clause.id === pointed.id) || (holding && hits[0]?.clause.id === holding.id && asksOnlyWhereWithin(query.text, query.isFollowUp ? query.resolved.replace(query.text, '') : '')) || programmeLed?.led || written?.led || (mentioned.length > 0 && quotedClause && hits[0]?.clause.id === quotedClause.id && !ANOTHER_ASK.test(query.text)) || (quoted?.led && (QUOTE_ASKED.test(query.text) || (detailAsked && pointsBackAlone(query.text))) && !ANOTHER_ASK.test(query.text)) ? { leads: 1 } : {}) };
  }

  return prepare;
}
