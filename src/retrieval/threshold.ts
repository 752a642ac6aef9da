/**
 * A threshold asked (认定门槛，营收、研发占比要到多少; 申报门槛是产值多少; 够不够), or an amount (想IPO，省里奖励多少钱), or a
 * figure the asker tells of their own firm (去年营收1800多万): the measures and money words it is said in are not the topic —
 * nor, when a detail is asked, the asker's own business told before it. Pure over the analysed question.
 */
import type { AnalyzedQuery } from './analyzed.js';
import { ASKING_CLAUSE, clausesOf } from './clauses.js';
import { machinesBought, selfIntroductions } from './asker.js';

/** A clause asking a threshold (认定门槛，营收、研发占比要到多少; 申报门槛是产值多少; 一年三千万够不够), or an amount (省里奖励多少钱). */
const THRESHOLD = /门槛|够不够|才够|划线|分档|才能(评|申|拿|享|认定)|达标|(营收|营业收入|收入|产值|销售额|规模|利润|税收|人数|员工|占比|比例|比重|投入|能耗|排放)(要|得|需要|至少)?(到|达到|交到|做到|低于|高于|不低于|不超过|低到|高到|降到|压到|控制在)?(多少|多大|几个点|百分之几)/;
/** An amount asked (省里奖励多少钱, 补贴有几万): only the money words themselves are the gap's, the rest of the clause may be the topic. */
const AMOUNT = /(奖励|奖|补贴|补助|资助|贴息)(能有|有|给|是)?(多少钱|多少|几万|几千)/;
/** A figure the asker tells of their own firm (去年营收1800多万, 产值才两千万, 产值快两千万了): the measure is their story, not the topic. */
const OWN_FIGURE = /(营收|营业收入|产值|销售额|营业额|利润|税收|年产)(大概|差不多|只有|才|就|有|是|做到|做了|能做|快|快要|将近|接近|不到|刚过|刚到|超过|过了|一年)?[0-9一二三四五六七八九十两几百千万亿]+/;
/** The weight left to the words of a threshold clause when the question names its topic elsewhere. */
const MEASURE_WEIGHT = 0.2;

/**
 * 能给我一份…小巨人的企业名单吗？还有认定门槛，营收、研发占比要到多少: the measures a threshold is asked in (营收, 研发占比,
 * 产值) are the gap's words, not the topic — searched at full weight they find the plan's 2020 baseline (研发经费占营业收入
 * 的比重达2.8%). When another clause names a topic, the threshold clause's own words (and their synonyms) weigh little in
 * retrieval, and the vectors search the other clauses.
 */
export function withoutThresholdMeasures(query: AnalyzedQuery, isTopicTerm: (term: string) => boolean, isPlanWord: (term: string) => boolean): AnalyzedQuery {
  const clauses = query.text.toLowerCase().split(/[，。？！,?!；;]/).filter((c) => c.trim().length > 0).map((c) => ({ c, m: THRESHOLD.exec(c) ?? OWN_FIGURE.exec(c) }));
  const asking = clauses.filter((x) => x.m !== null).map((x) => x.c);
  if (asking.length === 0 && !clauses.some(({ c }) => AMOUNT.test(c))) return query;
  const others = clauses.filter((x) => x.m === null).map((x) => x.c);
  // The measure and the list before it (营收、研发占比要到多少; 门槛是产值多少) are measures whatever words they are.
  const phrases = clauses.flatMap(({ c, m }) => {
    if (!m) return [];
    const items = c.slice(0, m.index).split('、');
    // 门槛是产值多少: after 门槛 comes the measure; 才能评上专精特新: after 才能评 comes the programme, the topic.
    return [m[0].startsWith('门槛') ? c.slice(m.index) : m[0], items[items.length - 1]!.slice(-2), ...items.slice(0, -1).map((item) => item.slice(-4))];
  });
  const onlyThere = (word: string) => asking.some((c) => c.includes(word)) && !others.some((c) => c.includes(word));
  // Elsewhere in those clauses the programme asked about (评小巨人营收要多少, 链主企业认定门槛) is the topic: the plan's rare words.
  const planTopic = (t: string) => t.length >= 2 && isPlanWord(t) && isTopicTerm(t);
  // …or a compound of one the plan never writes whole (链主企业 holds 链主).
  const topic = (t: string) => planTopic(t) || (isTopicTerm(t) && query.terms.some((x) => x.term !== t && t.includes(x.term) && planTopic(x.term)));
  const amounts = clauses.flatMap(({ c }) => AMOUNT.exec(c)?.[0] ?? []);
  const measured = new Set(query.ownTerms.filter((t) => (onlyThere(t) && (phrases.some((p) => p.includes(t)) || !topic(t))) || amounts.some((a) => a.includes(t))));
  if (measured.size === 0 || !query.ownTerms.some((t) => !measured.has(t) && topic(t))) return query;
  // …and the words their synonyms brought in (营收 → 营业收入, searched as 营业 and 收入).
  for (const [word, targets] of query.synonymsApplied) {
    if (!measured.has(word.toLowerCase())) continue;
    for (const { term } of query.terms) if (!query.ownTerms.includes(term) && targets.some((t) => t.includes(term))) measured.add(term);
  }
  return {
    ...query,
    terms: query.terms.map((t) => (measured.has(t.term) ? { ...t, weight: t.weight * MEASURE_WEIGHT } : t)),
    retrievalText: withoutWords(query.retrievalText, [...measured]),
  };
}

/** What the vectors search, with words left out (each occurrence becomes a space). */
const withoutWords = (text: string, words: readonly string[]) => words.reduce((t, word) => t.split(word).join(' '), text);

/** The weight left to the words of the asker's own business when a detail of something else is asked. */
const STORY_WEIGHT = 0.5;

/**
 * 做烟囱检测机器人的…要是评上首台套，省里奖多少钱: when a detail is asked (an amount, where to apply, when) and the question names a topic
 * of the plan besides the asker's own business (a topic word of the plan, or a word the synonym table reads: 技改), the words of that
 * business (烟囱, 检测, 机器人) are who asks: they weigh less in retrieval, so the clause of what is asked (首台套) is not outranked by
 * the one of the asker's trade.
 */
export function withStoryAside(query: AnalyzedQuery, isTopicTerm: (term: string) => boolean, planText: string): AnalyzedQuery {
  // Only words said where nothing is asked (做烟囱内壁检测机器人，…): in the asking clause (绿色低碳工厂要达到啥标准) they are what is asked.
  const lower = query.text.toLowerCase();
  const asking = clausesOf(lower).filter((c) => ASKING_CLAUSE.test(c));
  // …and not a word of the plan's own name for something, written whole (想评绿色低碳工厂: 绿色, 低碳 before 工厂 are no business).
  const inPlanPhrase = (t: string) => {
    for (let at = lower.indexOf(t); at >= 0; at = lower.indexOf(t, at + 1)) {
      for (let from = Math.max(0, at - 4); from <= at; from++) for (let to = at + t.length; to <= Math.min(lower.length, at + t.length + 4); to++) if (to - from >= 4 && planText.includes(lower.slice(from, to))) return true;
    }
    return false;
  };
  // …nor who the asker says they are (我是厂里出纳): a role, which says whose question a referral's is.
  const roles = selfIntroductions(lower);
  const story = new Set(query.context.filter((t) => !asking.some((c) => c.includes(t)) && !inPlanPhrase(t) && !roles.some((r) => r.includes(t))));
  // A machine bought is story too (换一批数控磨床: the plan's 数控机床 industry is not what is asked), but what it stands for, the plan's
  // 设备更新 and 技术改造 (query.ts), is what the money is for: a synonym not of a story word, so not lightened below.
  const bought = machinesBought(lower);
  if (story.size === 0 || !query.ownTerms.some((t) => !story.has(t) && t.length >= 2 && (isTopicTerm(t) || query.synonymsApplied.some(([w]) => w.toLowerCase() === t)))) return query;
  // …and the plan's words their synonyms brought in (数控 → 数控机床), and the vectors search the question without them — not a word a
  // synonym of what is asked brings too (安全改造 and the story's 除尘防爆 both stand for 安全技术改造), nor one character (化).
  // (A synonym's word inside a story word counts as the story's: 织机 of 杆织机, jieba's cut of 剑杆织机.)
  const ofStory = (word: string) => story.has(word.toLowerCase()) || (word.length >= 2 && [...story].some((s) => s.includes(word.toLowerCase())));
  const targetsOf = (fromStory: boolean) => query.synonymsApplied.filter(([word]) => ofStory(word) === fromStory).flatMap(([, targets]) => targets.map((t) => t.toLowerCase()));
  const brought = targetsOf(true);
  const alsoAsked = targetsOf(false);
  const lighter = (term: string) => story.has(term) || (term.length >= 2 && !query.ownTerms.includes(term) && brought.some((t) => t.includes(term)) && !alsoAsked.some((t) => t.includes(term)));
  return {
    ...query,
    terms: query.terms.map((t) => (lighter(t.term) ? { ...t, weight: t.weight * STORY_WEIGHT } : t)),
    // (Words of two characters or more: a single 线 or 人 would be cut out of every word holding it. The machine bought stays in what the
    // vectors search: it is what a 技改 subsidy is asked for — 上两条自动包装线…按设备款几个点 — while its words weigh half in BM25.)
    retrievalText: withoutWords(query.retrievalText, [...story].filter((w) => w.length >= 2 && !bought.some((m) => m.includes(w)))),
  };
}
