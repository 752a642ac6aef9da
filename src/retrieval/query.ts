/**
 * Question understanding: the question as typed read as meant (src/retrieval/typed.ts), follow-up resolution, jieba
 * terms with the domain dictionary, typos heard, colloquial → plan synonyms. Pure over the loaded lexicon.
 */
import type { Turn } from '../contract.js';
import type { Tokenizer } from '../ingest/tokenizer.js';
import type { AnalyzedQuery, AnalyzeOptions } from './analyzed.js';
import { besides, BUSINESS_WORDS, businessContext, comparedWith, documentNumbers, leftFor, machinesTold, soldTo } from './asker.js';
import { cutSpans, occurrences, partsOf, withDomainTermsRepaired } from './cut.js';
import { latinWords, synonymsWritten } from './synonym-table.js';
import { ASKING_CLAUSE, clausesOf } from './clauses.js';
import { LAYOUT_ASK } from './asked.js';
import { clippedTerms, namedByItsStart, normalizeQuestion, separatedWords, uncounted, unglued, ungluedTerm } from './typed.js';
import { misremembered, nearNames, transposed, workshopForFactory } from './names-heard.js';
import { inVillage, namesTown } from './villages.js';
import { verbGoverning } from './slips.js';
import { belowSaid, namesRung, outOfReach, rungBelowAsked } from './ladders.js';
import { BARE_ASKING_VERB, BARE_ASKING_VERB_WEIGHT, namesTopicByTable, QUESTION_WORD } from './asking-words.js';
import { lastAnswer, lastUserQuestion, leansOnPrevious, namesPointedByTail, namesWithHeadReplaced, POINTED_BACK, PUT_IN_PLACE, REACHES_ASKER, restatedBeforeAsk, SIZE_SAID, SIZE_TERM, WITHIN_COUNTED } from './follow-up.js';

export { normalizeQuestion } from './typed.js';
export { resolutionKey } from './follow-up.js';

export const SYNONYM_WEIGHT = 0.7;
/** Weight of 厂 (or 店, 商) standing alone in a question: the asker's business, not a topic. */
const FRAMING_WEIGHT = 0.5;
/** Where the asker works told (在众创空间办公, 租了间办公室): their premises, not the plan's 领导小组办公室; it weighs as 厂 alone does. */
const OFFICE_TOLD = /(?:在|租了?(?:个|间|一间)?)[^，。？！,?!]{0,8}?办公/;
/** A product put on the market (新款才上市两个月): not a firm listed on the stock market, the plan's 上市; it weighs as what is set aside. */
const PRODUCT_LAUNCHED = /(?:新款|新品|新产品|产品|新货|新型号|这款|那款)[，,]?(?:才|刚|刚刚|一)?上市/;
/** Weight of what the question compares with (跟杭州宁波比, 和去年相比). */
const COMPARED_WEIGHT = 0.5;
/** A conjunction or preposition jieba may glue to the word after it (和券, 跟钱). */
const GLUED_FUNCTION_WORD = /[和与及跟同或把被给对向]/;
/** Weight of a plan word found inside a question word the plan does not use. */
const PART_WEIGHT = 0.5;
/** Weight of the previous question's terms in a follow-up: low when the follow-up names its own topic. */
const HISTORY_WEIGHT = 0.6;
const HISTORY_WEIGHT_WITH_OWN_TOPIC = 0.5;
/** …and its own topic, which the follow-up replaces. */
const OLD_TOPIC_WEIGHT = 0.1;
/** What a question sets aside (除了品字标，还有…) weighs as an old topic does. */
const SET_ASIDE_WEIGHT = 0.1;
/** What the old question told of the asker outside the clause that asked (瓯海穗丰做眼镜鼻托的，…要培育多少家？) carries half its weight. */
const STORY_BEFORE = 0.5;
/** Weight of the last topic in a follow-up asking whether it reaches the asker too (follow-up.ts `REACHES_ASKER`). */
const REACHES_ASKER_WEIGHT = 0.75;

/** Where something is (“双核”是指哪里, 是哪两个地方). */
const WHERE_ASKED = /哪里|哪儿|哪[两几]?个地方|哪些地方|在哪/;
/** …or which way a place goes (那一片规划是往哪个方向搞的, 那边重点发展啥). */
const PLACE_WAY_ASKED = new RegExp(`${LAYOUT_ASK.source}|(往|朝)(哪个|哪|啥|什么)方向|(啥|什么|哪个)方向|重点(发展|搞)(啥|什么|哪些)`);

/** Where the asker is (我们厂在绍兴柯桥, 我在台州): the place says who asks, not what. */
const ASKER_LOCATED = /(?:我|我们|咱们?)(?:厂|公司|企业|家)?(?:就|是|都)?在/;

/** A word this rare in general Chinese (jieba's IDF; 11.74 = not in its dictionary) is more likely a slip than a word. */
const SLIP_IDF = 10;
/** A phrase heard ending in a question particle (企业|吗 ~ 企业码), and what closes a clause after it. */
const PARTICLE_CLOSING = /[吗呢吧啊呀嘛]$/;
/** A character said before a noun as "according to, for, towards" (照客户的图做, 按图纸): grammar, not a slip for a term's first character (找客户). */
const PREPOSITION_OPENING = /^[照按依凭替朝往]/;
/**
 * …when the clause goes on to what is made or followed (照客户的图纸加工, 按客户样品打样, 照客户要求做): a preposition's object. Without it
 * (照客户太难了, 怎么照客户, 照客户照了半年都没订单) 照 is the slip for 找 it sounds like.
 */
const PREPOSITION_FOLLOWED = /^[^，。？！,.?!；;]{0,8}?(?:图|样|要求|标准|规定|做|加工|生产|打|干|弄|定制|开模|来)/;
const CLAUSE_END = /^([，。？！,.?!；;\s~～]|$)/;
/** A thing said to exist or to be got, named next (有个, 办一个, 申请个): what follows is a name, not a clause that asks. */
const THING_NAMED = /(?:有|搞|弄|办|申请|开通|装|下载?)(?:一)?个$/;

export function analyzeQuery(raw: string, history: Turn[] | undefined, tokenizer: Tokenizer, { isTopicTerm = () => true, followUp = false, spelling, topicKind = () => null, inPlan, cityOf, inPlanText }: AnalyzeOptions = {}): AnalyzedQuery {
  const typed = uncounted(normalizeQuestion(raw), tokenizer.lexicon.words); // 山区26个县 → 山区26县
  // 做fangzhi的, yanfa费用能jiajikouchu不: a word typed as its pinyin is read as the plan's word that sounds so — only a run
  // of four letters or more that is no word of the table (mes, carbon) and sounds like exactly one vocabulary word.
  const pinyinRead: [string, string][] = [];
  const normalized = spelling
    ? typed.replace(/[a-z]{4,}/gi, (run) => {
        if (latinWords(tokenizer).has(run.toLowerCase())) return run;
        const word = spelling.fromPinyin(run);
        if (word) pinyinRead.push([run, word]);
        return word ?? run;
      })
    : typed;
  let tags = tokenizer.partsOfSpeech(normalized);
  const unknown = [...tags].filter(([word, tag]) => tag === 'x' && !(cityOf && namesTown(normalized, word, (w) => cityOf(w) !== null))).map(([word]) => word);
  // (…and of three characters, either edge pair: a word jieba joined to the character before or after it, 头回|代款 cut 头|回代款.)
  // (Only a pair that sounds like the word with its tones too: 找人|改 is not 招人.)
  const tonedSlip = (pair: string) => { const word = spelling?.soundsLike(pair); return word != null && spelling!.sameTones(pair, word); };
  const bare = unknown.flatMap((w) => [unglued(w), ...(w.length === 3 ? [w.slice(1), w.slice(0, 2)].filter(tonedSlip) : [])].filter((b) => b.length >= 2 && b !== w));
  // 云贷量 → 云量贷, before the spelling hears 鹰雄 as 英雄; 未来车间 → 未来工厂.
  const swapped = [...(inPlan ? transposed(normalized, tokenizer.lexicon.words, unknown, inPlan, tokenizer.cut) : []), ...(inPlanText ? [...workshopForFactory(normalized, inPlanText), ...nearNames(normalized, inPlanText, tokenizer.cut)] : [])];
  const unswapped = swapped.reduce((t, [from, to]) => t.replace(from, to), normalized), left = unknown.filter((u) => unswapped.includes(u));
  const corrected = spelling && left.length > 0 ? spelling.correct(unswapped, [...left, ...bare.filter((b) => unswapped.includes(b))]) : { text: unswapped, corrections: [] };
  let text = corrected.text;
  const corrections = [...pinyinRead, ...swapped, ...corrected.corrections];
  if (corrections.length > 0) tags = tokenizer.partsOfSpeech(text);
  const heardPhrases: string[] = [], cutWords = new Set(tags.keys()); // A phrase heard is a slip, and corrected: two two-character words (然煤|锅炉) when one is rare (not 只能|制造, heard
  // at half weight); a word and one character (小微|圆, 标准|第) unless the character is a verb said with the word
  // (搞|技术 says what it means); a word and two single characters (高端|装|被) when the pair itself sounds like a
  // vocabulary word (装被 ~ 装备); two single characters jieba knows no word of (接|搬 ~ 接班).
  const isSlip = (phrase: string): boolean => {
    if ([...'“"‘「『'].some((open) => [...'”"’」』'].some((close) => text.includes(open + phrase + close)))) return true; // (A name quoted whole, “练主”, is a name heard, not grammar.)
    // A piece jieba does not know (小|单快|返, 企业|玛是) is no word of general Chinese: the phrase is a slip.
    if (unknown.some((u) => u.length >= 2 && (phrase.includes(u) || (u.startsWith(phrase.slice(-1)) && text.includes(phrase.slice(0, -1) + u))))) return true;
    if (phrase.length === 4) return cutWords.has(phrase.slice(0, 2)) && cutWords.has(phrase.slice(2)) ? [phrase.slice(0, 2), phrase.slice(2)].some((w) => tokenizer.generalIdf(w) >= SLIP_IDF) : spelling?.soundsLike(phrase.slice(2)) != null;
    const single = cutWords.has(phrase.slice(0, 1)) && cutWords.has(phrase.slice(1)) ? phrase.slice(0, 1) : phrase.slice(-1);
    if ((single === phrase.slice(0, 1) && PREPOSITION_OPENING.test(single) && occurrences(text, phrase).some((at) => PREPOSITION_FOLLOWED.test(text.slice(at + phrase.length)))) || (phrase.length === 2 && cutWords.has(phrase[0]!) && cutWords.has(phrase[1]!) && verbGoverning(phrase, (w) => tags.get(w)))) return false;
    return tokenizer.generalIdf(phrase) >= SLIP_IDF || (phrase.length === 2 && tokenizer.generalIdf(phrase) === 0) || !/^v/.test(tags.get(single) ?? 'v');
  };
  for (const [phrase, term] of spelling?.phrasesHeard([...tags.keys()]) ?? []) {
    // 能评小巨头企业吗: a question particle closing its clause is grammar, not a slip for a term's last character (企业码).
    // (…but not a thing said to exist or to be got, 听说有个企业吗 扫一下就能看到: 有个, 办个 name a thing, they ask nothing — unless a
    // question mark closes it, 村里有个企业吗？我想去打工.)
    if (PARTICLE_CLOSING.test(phrase) && occurrences(text, phrase).every((at) => { const next = text.slice(at + phrase.length, at + phrase.length + 1); return CLAUSE_END.test(next) && (!THING_NAMED.test(text.slice(Math.max(0, at - 4), at)) || /[？?]/.test(next)); })) continue;
    const slip = isSlip(phrase);
    if (slip) {
      text = text.replace(phrase, term);
      corrections.push([phrase, term]);
    } else heardPhrases.push(term);
  }
  if (corrections.length > corrected.corrections.length) tags = tokenizer.partsOfSpeech(text);
  const lower = text.toLowerCase();
  // Where each word of the cut sits in the text: worked out once, and only when a domain word or a synonym needs it.
  let spans: [number, number][] | null = null;
  let cut: string[] | null = null;
  const cutOfText = () => (cut ??= tokenizer.cut(lower));
  const spansOfText = () => (spans ??= cutSpans(lower, cutOfText()));
  const cutTerms = [...new Set(tokenizer.queryTerms(text).map((t) => (inPlan ? ungluedTerm(t, inPlan, isTopicTerm) : t)))];
  const repaired = inPlan ? withDomainTermsRepaired(lower, cutTerms, spansOfText, inPlan, tokenizer) : cutTerms;
  // 县里政策落不了地: the plan's word split by a potential complement (落地) is written too.
  const ownTerms = inPlan ? [...repaired, ...separatedWords(lower, inPlan).filter((w) => !repaired.includes(w))] : repaired;
  const previous = lastUserQuestion(history);
  const isFollowUp = previous !== null && (followUp || leansOnPrevious(text));
  const weights = new Map<string, number>();
  const add = (term: string, weight: number) => weights.set(term, Math.max(weights.get(term) ?? 0, weight));
  // 厂 alone is the asker's framing (厂在…, 我们厂), but the plan writes it once (多厂协同): at full weight its rarity
  // would pull that clause first. What a question is compared with (跟杭州宁波比) is not what it asks about.
  // …nor are the asker's customers (卖给农机厂和无人机厂).
  // …nor what a follow-up restates of the last answer before asking of a topic of its own (刚才说的那个通信模组芯片啥的，…有没有…技术服务).
  const compared = [...comparedWith(text), ...soldTo(text), ...documentNumbers(text), ...leftFor(text), ...(isFollowUp && inPlan ? restatedBeforeAsk(lower, ownTerms, inPlan) : [])];
  // 除了品字标，还有哪些奖: what is set aside is the one thing not asked about.
  const setAside = besides(text);
  const launched = PRODUCT_LAUNCHED.test(lower);
  ownTerms.forEach((t) => add(t, (t.length === 1 && BUSINESS_WORDS.includes(t)) || (/^办公室?$/.test(t) && OFFICE_TOLD.test(lower)) ? FRAMING_WEIGHT : setAside.some((span) => span.includes(t)) || (t === '上市' && launched) ? SET_ASIDE_WEIGHT : compared.some((span) => span.includes(t)) ? COMPARED_WEIGHT : isFollowUp && BARE_ASKING_VERB.test(t) ? BARE_ASKING_VERB_WEIGHT : 1));
  // 产业布局, 织袜机: a compound the plan never writes is looked for as the plan's words inside it (布局, 产业).
  if (inPlan) {
    for (const term of ownTerms) {
      if (term.length < 3 || inPlan(term)) continue;
      for (const part of partsOf(term, tokenizer.subWords(term))) if (inPlan(part)) add(part, PART_WEIGHT);
    }
    // 贷款和券: jieba glues a conjunction or preposition to the one-character word after it (和券); the word is the plan's (券).
    for (const term of ownTerms) {
      if (term.length === 2 && GLUED_FUNCTION_WORD.test(term[0]!) && !inPlan(term) && inPlan(term[1]!)) add(term[1]!, 1);
    }
    // 未来工场: a word of general Chinese, so never corrected, that sounds exactly like a plan word sharing a
    // character (工厂) is also looked for as that word, at the same half weight.
    for (const term of ownTerms) {
      if (inPlan(term) || (cityOf && namesTown(lower, term, (w) => cityOf(w) !== null))) continue;
      const heard = spelling?.soundsLike(term);
      if (heard && inPlan(heard)) add(heard, PART_WEIGHT);
    }
    for (const heard of heardPhrases) if (inPlan(heard)) add(heard, PART_WEIGHT);
    // “浙字标”, “专精特新小巨头”: a programme named in quotes but misremembered by one character is that programme, meant
    // as much as any word the asker wrote.
    for (const term of misremembered(text, tokenizer.lexicon.words, inPlan)) {
      if (!inPlan(term)) continue;
      add(term, 1);
      if (!heardPhrases.includes(term)) heardPhrases.push(term);
    }
    // 亩产论英雄, 小薇企业园: a term said short or half misspelt, cut into words (论|英雄 → 亩均论英雄), is that term; so is one said by its start (叫双倍什么的).
    for (const term of [...clippedTerms(cutOfText(), tokenizer.lexicon.words, inPlan), ...namedByItsStart(text, tokenizer.lexicon.words)]) {
      if (!inPlan(term)) continue;
      add(term, 1);
      if (!heardPhrases.includes(term)) heardPhrases.push(term);
    }
  }

  // 我们在岱山…在全省制造业布局里算哪一块: the plan's layout names the city, so the county is asked as its city.
  if (cityOf && LAYOUT_ASK.test(text)) for (const term of ownTerms) { const city = cityOf(term); if (city && city !== term) add(city, 1); }

  const synonymsApplied: [string, string[]][] = [];
  const context = [...businessContext(lower, ownTerms)];
  for (const { word, lowerWord, targets, targetTerms, namedTerms } of synonymsWritten(lower, tokenizer, spansOfText, ownTerms)) {
    // (上市 said of a product put on the market is not the table's 上市 either; nor a word inside the asker's village, 东阳刨花垱 — not
    // the trade said after the county, 宁海文具，.)
    if ((launched && lowerWord === '上市') || (cityOf && inVillage(lower, lowerWord, (w) => cityOf(w) !== null))) continue;
    synonymsApplied.push([word, targets]);
    // What the question compares with or sells to (农机厂 → 现代农业) weighs as its own words do there.
    const aside = compared.some((span) => span.toLowerCase().includes(lowerWord));
    // …and what it sets aside (除了品字标 → 浙江制造) as its own words do there.
    if (setAside.some((span) => span.toLowerCase().includes(lowerWord))) {
      for (const term of targetTerms) add(term, SET_ASIDE_WEIGHT);
      continue;
    }
    // 小微园 → 小微企业园: the words of a name the asker shortened are meant as much as the word written — unless the plan writes
    // the short word itself (绿色工厂, its baseline's count), which then means what it says there.
    const shortened = inPlan !== undefined && !inPlan(lowerWord);
    for (const term of targetTerms) add(term, (aside ? COMPARED_WEIGHT : 1) * (shortened && namedTerms.includes(term) ? 1 : SYNONYM_WEIGHT));
  }
  // 想换三台新的数控开料机: a machine the asker buys or replaces is the plan's 设备更新 and 技术改造, whatever the machine is called, and
  // one leased or paid by the month (机械手…能不能先租着用，按月给钱) its 融资租赁 — meant as much as the words written. They are read as
  // the table's words are: the scope gate weighs them as evidence for those.
  for (const [machine, targets, terms] of machinesTold(lower, (t) => tokenizer.queryTerms(t), inPlanText)) {
    synonymsApplied.push([machine, targets]);
    for (const term of terms) add(term, 1);
  }
  // 离单项冠军还远着呢，有没有适合我们的: the rung of the plan's ladder below the one named is asked (ladders.ts).
  // (Not 上市 said of a product, nor what the question compares with or sells to.)
  const ladderText = [...compared].reduce((t, span) => t.replace(span.toLowerCase(), ''), launched ? lower.replace(/上市/g, '') : lower);
  const below = rungBelowAsked(ladderText, isFollowUp && previous ? [previous.toLowerCase(), lastAnswer(history).toLowerCase()] : []);
  if (below.length > 0) synonymsApplied.push([belowSaid(ladderText) || below[0]!, below]);
  const belowTerms = below.flatMap((name) => tokenizer.queryTerms(name));
  // …and the rung named, out of reach, is set aside (专精特新门槛太高，有没有低一档的), as 离单项冠军还远 is.
  const unreached = below.length > 0 ? outOfReach(ladderText) : '';
  if (below.length > 0) for (const term of ownTerms) if (namesRung(term) && unreached.includes(term) && !belowTerms.includes(term)) weights.set(term, SET_ASIDE_WEIGHT);
  for (const term of belowTerms) add(term, 1);

  let [resolved, made, onlyAsks] = [text, [] as string[], false];
  // The vectors weigh every word alike: what the question compares with or sets aside is left out of what they search.
  let retrievalText = [...compared, ...setAside].reduce((t, span) => t.replace(span, ''), text);
  if (isFollowUp && previous) {
    resolved = `${previous} ${text}`;
    // "那宁波呢？" after "杭州在制造业布局里的定位是什么？": 宁波 is the topic now; the old question lends its
    // frame (布局, 定位) at full history weight, its old topic (杭州) hardly at all — and the vectors search
    // the frame with the new topic in it.
    const ownKinds = new Set(ownTerms.map(topicKind).filter((k): k is string => k !== null));
    // A bare number (那这15个里面…), a question word (具体是哪几个行业; 那省里打算培育几家 after 小巨人), or, a count asked, a verb beside it (打算建几所 after
    // 技师学院) is no topic of its own: it counts within the old one. 那隐形冠军呢 after 品字标…多少家: a topic put in the old one's place replaces it, whatever
    // kind either is (园区呢，几个) — not a question word so put (那收费呢, 那申请流程呢: asked of the old one).
    const put = PUT_IN_PLACE.exec(text), putInPlace = put !== null && ownTerms.some(isTopicTerm), putWord = put?.[2] ?? '', counted = /几[家个所座项条批]|多少/.test(text);
    const asks = (t: string) => /^\d+$/.test(t) || QUESTION_WORD.test(t) || (counted && /^(?:v|r|rr|d|t|m|q|p|c)$/.test(tags.get(t) ?? ''));
    const ownTopic = ownKinds.size > 0 || (putInPlace && ownTerms.some((t) => putWord.includes(t) && !asks(t))) || ownTerms.some((t) => isTopicTerm(t) && !asks(t)) || namesTopicByTable(synonymsApplied, asks, isTopicTerm, inPlan);
    onlyAsks = !ownTopic && ownTerms.every(asks);
    const previousTerms = tokenizer.queryTerms(previous);
    // 那我们这种五十来人的厂也够得着吗: whether the last topic reaches the asker — their size and trade say who asks, the topic
    // stays, at nearly full weight (below 1, the question's own words' weight, so the scope gate still tells them apart).
    // (Not a place of its own asked where it sits in the layout, 那我们丽水龙泉这种山区算哪一块？有没有份: the place is the topic then.)
    const reachesAsker = REACHES_ASKER.test(text) && !(LAYOUT_ASK.test(text) && ownKinds.has('region'));
    // 那到2025年省级的这种平台要建几个: a noun pointed back at (这种平台) is the last topic's, which stays — unless the question
    // names a place, industry or kind of firm of its own (那像云和这种山区县: a county of that kind, in the last one's place).
    // …and one looked for within the last list, counted (那15个里面有没有电机这一块): the list stays, whatever kind the item asked is.
    // (Named as what was said by a word the last question did not hold, 你刚才讲的飞地, it is a topic of its own taken from the answer —
    // not 刚才说的省级平台, whose 平台 was asked, nor 你说的这个.)
    const pointed = POINTED_BACK.exec(text), named = (had: boolean) => ownTerms.some((t) => t.length >= 2 && pointed![1]!.includes(t) && previous.includes(t) === had);
    const saidBack = pointed !== null && /[说讲提]/.test(pointed[0]) && !/^[这那]/.test(pointed[1]!) && named(false) && !named(true);
    const pointsBack = (pointed !== null && !saidBack && ownKinds.size === 0) || WITHIN_COUNTED.test(text);
    // …but a place put in the old one's place (那绍兴那边呢 after 温州有没有科创走廊) replaces only the old place: a place says where, and
    // what was asked of the old one (科创走廊) is asked of it.
    const placeOnly = ownKinds.size === 1 && ownKinds.has('region');
    // (Not a place asked where it sits or which way it goes, 那我要是去衢州开个分厂呢，那一片规划是往哪个方向搞的: the place is the topic then,
    // not the old trade asked of it — when the last question asked no layout of its own, whose frame 那宁波呢 keeps.)
    const asksPlaceWay = ownKinds.has('region') && PLACE_WAY_ASKED.test(text) && !ASKER_LOCATED.test(text);
    const previousAskedLayout = () => PLACE_WAY_ASKED.test(previous) || WHERE_ASKED.test(previous);
    const previousAskedPlace = () => clausesOf(previous.toLowerCase()).some((c) => ASKING_CLAUSE.test(c) && previousTerms.some((t) => topicKind(t) === 'region' && c.includes(t)));
    const placeAsked = asksPlaceWay && !previousAskedLayout() && !previousAskedPlace();
    const sizeOnly = ownTerms.some((t) => SIZE_SAID.test(t)) && ownTerms.every((t) => SIZE_SAID.test(t) || !isTopicTerm(t)), replaced = (term: string) => !reachesAsker && !pointsBack && (sizeOnly ? SIZE_TERM.test(term) : ownKinds.has(topicKind(term) ?? '') || ((ownKinds.size === 0 || (putInPlace && !placeOnly) || placeAsked) && isTopicTerm(term)));
    // What the old question meant as much as its words (绿色工厂 → 绿色低碳工厂, a name shortened) is carried with them: 园区那块呢
    // after 绿色工厂…多少家 asks for 绿色低碳园区. Not what a synonym adds to a word (屋顶 → 分布式能源): after 屋顶光伏, 拆下来的
    // 旧板子咋处理 asks about old panels, not energy. What it told of the asker outside the clause that asked weighs half.
    const previousRead = analyzeQuery(previous, undefined, tokenizer, { isTopicTerm, spelling, topicKind, inPlan, cityOf });
    // (Only when the clause that asked names a topic of its own: after 小厂想搞数字化改造，规划有什么政策, 数字化改造 is what was asked.)
    const askingBefore = clausesOf(previous.toLowerCase()).filter((c) => ASKING_CLAUSE.test(c));
    const askedOwnTopic = previousTerms.some((t) => isTopicTerm(t) && (!inPlan || inPlan(t)) && askingBefore.some((c) => c.includes(t)));
    const carried = [
      ...previousTerms.map((term) => ({ term, weight: !askedOwnTopic || askingBefore.some((c) => c.includes(term)) ? 1 : STORY_BEFORE })),
      ...previousRead.terms.filter(({ term, weight }) => weight === 1 && !previousTerms.includes(term)),
      // …but when the follow-up asks whether the last topic reaches the asker and names none of the plan's own (那我们这种小作坊能用吗
      // after 共享工厂是啥), the topic stays whole, with what the table said it means (共享型制造).
      ...(((reachesAsker || onlyAsks) && !ownTerms.some((t) => t.length >= 2 && isTopicTerm(t) && (inPlan?.(t) ?? false))) ? previousRead.terms.filter(({ term, weight }) => weight < 1 && !previousTerms.includes(term)) : []),
    ];
    for (const { term, weight } of carried) {
      if (weights.has(term)) continue;
      add(term, weight * (reachesAsker ? REACHES_ASKER_WEIGHT : !ownTopic ? HISTORY_WEIGHT : replaced(term) ? OLD_TOPIC_WEIGHT : HISTORY_WEIGHT_WITH_OWN_TOPIC));
    }
    // 那园区呢 after 绿色低碳工厂要建多少家: a head put in the place of the old name's head (工厂 → 园区) asks for the plan's name so made
    // (绿色低碳园区) — only when the plan writes both, the old name and the new one, with the same words before the head.
    // …and so does one pointed back at (省里打算评几个这样的园区 after a green factory, whose answer quoted 绿色低碳工厂).
    const madeNames = !inPlanText ? [] : putInPlace ? namesWithHeadReplaced(previous.toLowerCase(), putWord, ownTerms, inPlanText) : [...(pointsBack ? [previous, lastAnswer(history)].flatMap((turn, i) => namesWithHeadReplaced(turn.toLowerCase(), POINTED_BACK.exec(text)?.[1] ?? '', ownTerms, inPlanText, i === 0 ? 2 : 4)) : []), ...namesPointedByTail(lower, [previous.toLowerCase(), lastAnswer(history).toLowerCase()], inPlanText, tokenizer.cut, tokenizer.lexicon.stopwords)];
    made = madeNames.flatMap((name) => tokenizer.queryTerms(name));
    for (const piece of made) add(piece, 1);
    // (What the follow-up sets aside, 离单项冠军还远, stays out of it whichever question named it.)
    const kept = (t: string) => !replaced(t) && !setAside.some((span) => span.includes(t));
    retrievalText = ownTopic ? `${setAside.reduce((t, span) => t.replace(span, ''), text)} ${previousTerms.filter(kept).join(' ')} ${madeNames.join(' ')}`.trim() : resolved;
  }
  return {
    text,
    resolved,
    retrievalText,
    isFollowUp, onlyAsks,
    terms: [...weights].map(([term, weight]) => ({ term, weight })),
    ownTerms,
    synonymsApplied,
    context,
    corrections,
    heard: inPlan ? heardPhrases.filter(inPlan) : [],
    tags,
    made,
  };
}
