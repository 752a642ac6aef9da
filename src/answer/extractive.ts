/**
 * The default answer: the plan's own sentences, chosen for the question, each statement ending in [n].
 * Nothing is paraphrased, so every number, date and programme name is verbatim from a cited clause.
 */
import { chosenHit, type ClauseHit } from '../retrieval/retriever.js';
import { ASKING_CLAUSE, clausesOf } from '../retrieval/clauses.js';
import type { Clause } from '../types.js';
import type { Intent } from './intent.js';
import { asksForFigure, bestSentence, headingsQuoted, sentenceSaying } from './sentences.js';
import { farPartSentence, isLeadPhrase, type TermWeight } from './widen.js';
import { itemAnsweredBySecond, partAnsweredBySecond } from './second-quote.js';
import { ENUMERATOR } from './labelled.js';
import { headNamed, namedIndustry, titleParts, told } from './named-industry.js';

/**
 * Measures live in parts 二–八. Part 一 is the plan's baseline (发展基础) and goals, part 0 its notice and
 * preamble: true, but not support a business can use. Decided on the id, which carries any `slug:` prefix.
 */
export function isMeasure(clause: Clause): boolean {
  const local = clause.id.slice(clause.id.lastIndexOf(':') + 1);
  return !/^[01]\./.test(local);
}

/** One clause used in the answer and the contiguous sentences quoted from it. */
export interface UsedClause {
  hit: ClauseHit;
  /** Indices into clause.sentences, contiguous. */
  from: number;
  to: number;
}

export interface Composition {
  /** A sentence that goes before the cited statements: what the plan does not give (src/answer/gaps.ts). */
  lead?: string | null;
  /** Statements in order; each quotes `used[clauseIndex]`. */
  statements: { text: string; clauseIndex: number }[];
  used: UsedClause[];
  /** Plain-language notes appended after the cited statements (what the plan does not say). */
  notes: string[];
}

/** A phrase of the question found whole in a sentence weighs this share of its two words' weights, on top of them. */
const PHRASE_WEIGHT = 0.5;

/**
 * Two question words written together (制造业增加值, 统筹协调) are also a term of their own: a sentence with the
 * phrase says what was asked more exactly than one with the same words apart.
 */
export function withPhrases(query: { text: string; ownTerms: readonly string[] }, terms: TermWeight[]): TermWeight[] {
  const weight = new Map(terms.map((t) => [t.term, t.weight]));
  const text = query.text.toLowerCase();
  const phrases: TermWeight[] = [];
  const phrase = (term: string, next: string | undefined) => {
    const [a, b] = [weight.get(term) ?? 0, next ? (weight.get(next) ?? 0) : 0];
    // A number and what follows it (2020年底, 500家) is a figure or a date, not a compound word: each is weighed already.
    if (!next || a <= 0 || b <= 0 || !text.includes(term + next) || weight.has(term + next) || /\d/.test(term + next) || phrases.some((p) => p.term === term + next)) return;
    phrases.push({ term: term + next, weight: PHRASE_WEIGHT * (a + b) });
  };
  // The words in the order the question writes them, each once: a word written again further on (工业用地的条款：新增工业用地…) is
  // listed where it first came, and is also the next word of the one before its second writing.
  query.ownTerms.forEach((term, i) => {
    phrase(term, query.ownTerms[i + 1]);
    // (…unless a longer word or phrase weighed already holds the pair: 中国质量 of 中国质量奖.)
    for (const earlier of query.ownTerms.slice(0, i)) {
      const at = earlier.length >= 2 ? text.indexOf(term + earlier) : -1;
      if (at >= 0 && at + term.length > text.indexOf(earlier) && ![...weight.keys(), ...phrases.map((p) => p.term)].some((w) => w.length > (term + earlier).length && w.includes(term + earlier))) phrase(term, earlier);
    }
  });
  return phrases.length > 0 ? [...terms, ...phrases] : terms;
}

/** A question word in the clauses that ask weighs this much more in choosing the sentence to quote. */
const FOCUS = 1.5;

/**
 * A long question tells a story (我们自己研发的巡检机器人，第一台样机做出来了，客户都不敢用…) and then asks
 * (…有没有保险或者奖励？): the words of the asking clauses say what the quote must hold. A question of one clause,
 * or one whose every clause asks, is weighed as it is.
 */
export function withFocus(query: { text: string; synonymsApplied: readonly (readonly [string, readonly string[]])[] }, terms: TermWeight[]): TermWeight[] {
  const clauses = clausesOf(query.text.toLowerCase());
  // (A bare 是 and its ask after a comma, …还有一县一经验清单，是哪一条, asks of the clause before it: that clause asks too — not 咋弄 or
  // 这是啥要求, which ask of the whole.)
  const bare = (c: string | undefined) => c !== undefined && /^是[^，。？！,?!]{0,5}$/.test(c.trim()) && ASKING_CLAUSE.test(c) && !terms.some((t) => t.term.length > 1 && c.includes(t.term));
  const asking = clauses.filter((c, i) => ASKING_CLAUSE.test(c) || bare(clauses[i + 1]));
  if (clauses.length < 2 || asking.length === 0 || asking.length === clauses.length) return terms;
  // The plan's word a synonym brought in (IC → 集成电路) is asked where the asker's word is.
  const written = (term: string) => [term, ...query.synonymsApplied.filter(([, targets]) => targets.some((x) => x.toLowerCase() === term)).map(([word]) => word.toLowerCase())];
  return terms.map((t) => (written(t.term).some((w) => asking.some((c) => c.includes(w))) ? { ...t, weight: t.weight * FOCUS } : t));
}


/** The quoted run of sentences, verbatim, without the item's enumerator when the run starts the clause. */
function quoteOf(clause: Clause, from: number, to: number): string {
  const text = clause.sentences.slice(from, to + 1).join('').trim();
  return from === 0 ? text.replace(ENUMERATOR, '') : text;
}

/**
 * Words that ask about the plan's baseline, goals or guiding ideas (part 一), not its measures — also a goal the asker
 * repeats from the plan and asks what it means (规划说要让浙江成为全国办事环境最好的省份…具体指哪些方面).
 */
const GOALS_ASKED = /目标|(?<!硬)指标|基础|十三五|2020|2025|定位|思想|原则|总体|(?<!啥|什么|有哪些)要求|期限|是什么|啥意思|什么意思|具体指|指的是|全国(最多|第一|前列|领先)|真的假的|是不是真的|规划(里|上|中)?(说|讲|提出?)要|成为[^，。？！,?!]{0,12}(最好|最优|最强|一流|标杆)/;
const GOALS_DISCOUNT = 0.8;
/** A year said as a term (2025, 25年). */
const YEAR_TERM = /^(20)?\d\d(年)?$/;
/**
 * …and words that name the plan's goals themselves (五年目标, 发展目标, 要搞成啥样子), not a figure asked: a goal clause is weighed over a measure on the
 * same words (智能制造…未来工厂 in 1.3.2's goal and 4.1.2's measure), as much as a measure is when no goal is asked.
 */
const GOAL_NAMED = /(五年|发展|总体|主要|总的|规划的?|规划里的?|规划里头的?|十四五的?)目标|目标(是|有|定的|定了)(啥|什么|哪些)|(要|能|会)(搞|做|建|发展|达到|弄)成?(个)?(啥|什么)样/;

/** A figure asked: how much, how many. */
const FIGURE_ASK = /多少|几(?:个|家|座|项|条|成|倍)/g;
/** …the second figure's clause is quoted too when it scores this share of the first's (a sentence with one figure matches half the question). */
const TWO_FIGURES_SECOND = 0.6;
/** Which ones asked, beside a count in its unit (一共几个？还有哪些, 都是哪几个, 分别是啥). */
const WHICH_ASKED = /哪些|哪几(个|家|项|类|条)|分别是(啥|什么|哪)/;
/** A count the plan means to reach, asked in its unit at the end of a question (打算搞多少家？ — not 给几个主机厂配套, 哪几个行业, 降几个点, nor
 * today's, 具体是多少家): the unit. */
const COUNT_UNIT_ASKED = /(?:打算|准备|计划|要|将|目标)[^，。？！,?!]{0,6}?(?<!哪)(?:多少|几)(家|个|所|座|项|名)(?=[？?。！!]|$|[啊呀呢吗嘛])/;
/** The plan's 2020 baseline (一、发展基础). */
const BASELINE_PATH = (clause: Clause) => clause.path.some((h) => h.includes('发展基础'));
/** …and a quote that counts in it weighs this much more than one that does not. */
const COUNTED_IN_UNIT = 1.5;

/** A clause headed by the category a membership question names weighs this much more among the candidates. */
const NAMED_CATEGORY = 1.5;

/**
 * Whether something belongs to one of the plan's industries, named by its heading (PEEK棒材算新材料不): the clause headed by
 * it leads the candidates, wherever retrieval ranked it (the asker's place and product may have drawn others first) — named-industry.ts.
 */
export function withNamedIndustry(hits: ClauseHit[], question: string, intent: Intent, clauses: Iterable<Clause>): ClauseHit[] {
  const named = intent.asksMembership === true ? namedIndustry(question, clauses) : null;
  return named ? leading(hits, named) : hits;
}

/** The hits with a clause first, at the first hit's score at least: taken from among them, or brought in. */
export function leading(hits: ClauseHit[], clause: Clause): ClauseHit[] {
  const found = hits.find((h) => h.clause.id === clause.id);
  return [{ ...(found ?? chosenHit(clause)), score: Math.max(found?.score ?? 0, hits[0]?.score ?? 1) }, ...hits.filter((h) => h !== found)];
}

/** List items come from clauses scored at least this share of the first. */
const LIST_FLOOR = 0.55;
/** …and either quote a sentence scoring this share of the best item's, or rank this close to the first. */
const ITEM_RELEVANCE = 0.5;
const CLOSE_TO_TOP = 0.85;

/**
 * @param pinned how many of the first hits must be quoted, first and in order, whatever the question's words:
 *   the clauses a supervisor linked to questions like this one.
 */
export function composeExtractive(hits: ClauseHit[], terms: TermWeight[], intent: Intent, question = '', pinned = 0): Composition {
  const composition: Composition = { statements: [], used: [], notes: [] };
  if (hits.length === 0) return composition;
  // (The plan's goals named, 五年目标, 要搞成啥样: read once for both shapes below.)
  const goalsNamed = GOAL_NAMED.exec(question);
  // …whose own words (要达到个啥样) ask how the goal looks: they choose no sentence (达到领先水平 is not what was asked).
  if (goalsNamed) {
    const topical = terms.filter((t) => !goalsNamed[0].includes(t.term));
    if (topical.length > 0) terms = topical;
  }
  const use = (hit: ClauseHit, run: { from: number; to: number }) => {
    composition.used.push({ hit, from: run.from, to: run.to });
    return composition.used.length - 1;
  };
  if (pinned > 0) {
    for (const hit of hits.slice(0, pinned)) {
      const run = bestSentence(hit.clause, terms, intent);
      composition.statements.push({ text: quoteOf(hit.clause, run.from, run.to), clauseIndex: use(hit, run) });
    }
    return composition;
  }

  // Whether something belongs to a category the question names (集成吊顶算不算智能家居): the clause headed by that
  // category says what it holds, before a sentence that only lists the category among others.
  // …and which items a whole is made of (未来产业有哪几样): the clause whose title names that whole, a word the question writes
  // ending with the word for the whole (未来产业 → 产业), lists them, though its sentences need not name it again.
  const wholeTitled = (hit: ClauseHit) => Boolean(intent.asksItems) && terms.some((t) => t.term.length >= 3 && t.term.endsWith(intent.asksItems!) && question.includes(t.term) && hit.clause.title.includes(t.term));
  // (A section with no items whose title ends in the kind asked, 谋划布局未来产业 for 算不算未来产业, is named though its sentences do not say it — not a thing an item hit writes, 智能门锁.)
  const sectionNamed = (hit: ClauseHit) => intent.asksMembership === true && hit.clause.kind === 'section' && namedIndustry(question, [hit.clause, ...hits.map((h) => h.clause).filter((c) => c.kind === 'item')]) === hit.clause;
  const namedCategory = (hit: ClauseHit) => (intent.asksMembership === true && (titleParts(hit.clause).some((name) => question.includes(name)) || (headNamed(hit.clause, question) && !told(question, hits.map((h) => h.clause).filter((c) => c !== hit.clause))) || sectionNamed(hit))) || wholeTitled(hit);

  if (intent.shape === 'list') {
    // Up to five measures, each from a different clause, strongest first; weak tail hits are dropped.
    // A goal ranked first for a question about the plan's goals (给五年后定了目标…做生意环境最好的省) is among them.
    // (A goal clause only first, unless the plan's goals are named: 营商环境要搞成全国最好，那到底要达到个啥样子 — 1.3.5 beside the measures.)
    const measures = hits.filter((h, i) => isMeasure(h.clause) || (h.clause.kind === 'goal' && ((i === 0 && GOALS_ASKED.test(question)) || goalsNamed)));
    const pool = measures.length > 0 ? measures : hits;
    const top = pool[0]!.score;
    const runs = pool.filter((h) => h.score >= top * LIST_FLOOR).slice(0, 5).map((hit) => ({ hit, run: bestSentence(hit.clause, terms, intent) }));
    const bestRun = Math.max(...runs.map((r) => r.run.score));
    // Among clauses retrieval ranks close to the first, the item whose sentence says what was asked goes first:
    // retrieval's score weighed by the quote's match (as for a figure or a statement below), so a clause ranked
    // first on its card's words does not lead with a sentence that holds none of the question's. Clauses further
    // behind come after all of those (ordered among themselves the same way): a sentence full of the words a synonym
    // brought in for the asker's own trade (塑料厂 → 高分子材料) does not jump what they asked about (智能制造).
    // The item whose sentence best says what was asked is among those, however far behind retrieval ranks it (尚田做锂电池包的…
    // 未来工厂怎么建: the clause on 未来工厂 comes first, not the cluster list that names 动力电池).
    // A clause headed by the category a membership question names (这个算不算…新材料) is among them too.
    const close = (r: (typeof runs)[number]) => Number(r.hit.score >= top * CLOSE_TO_TOP || r.run.score >= bestRun || namedCategory(r.hit));
    const ranked = (r: (typeof runs)[number]) => r.hit.score * (0.5 + 0.5 * (bestRun > 0 ? r.run.score / bestRun : 1)) * (namedCategory(r.hit) ? NAMED_CATEGORY : 1);
    runs.sort((a, b) => close(b) - close(a) || ranked(b) - ranked(a));
    // Only items about the question: a sentence that shares its words, or a clause retrieval ranks close to
    // the first. A list is not padded to five with whatever ranked next.
    for (const { hit, run } of runs) {
      const relevant = run.score >= bestRun * ITEM_RELEVANCE || hit.score >= top * CLOSE_TO_TOP;
      if (composition.used.length > 0 && (!relevant || run.score <= 0 && hit.score < top * CLOSE_TO_TOP)) continue;
      const index = use(hit, run);
      composition.statements.push({ text: quoteOf(hit.clause, run.from, run.to), clauseIndex: index });
    }
  } else {
    // Figures and statements: the best one or two sentences, across the three best clauses.
    // Retrieval's order counts: a lower clause wins only with a clearly better sentence (the first clause may
    // be matched through its question card, in words its sentences do not use).
    // (A count asked in its unit, 打算搞多少家: a clause ranked fourth or fifth that counts in that unit is weighed too — 链主企业100家.)
    const unit = intent.shape === 'figure' ? COUNT_UNIT_ASKED.exec(question)?.[1] : undefined;
    const countedIn = unit === undefined ? null : new RegExp(`\\d${unit}`);
    const counts = (hit: ClauseHit) => countedIn !== null && countedIn.test(hit.clause.text);
    // (…a measure's quote that counts in it, holding one of the question's weightiest words: not the 2020 baseline's count, nor another
    // programme's after a follow-up, 具体要培养多少家.)
    const weightiest = Math.max(...terms.map((t) => t.weight), 0);
    const countsAsked = (quote: string) => countedIn !== null && countedIn.test(quote) && terms.some((t) => t.term.length > 1 && t.weight >= weightiest * 0.5 && quote.toLowerCase().includes(t.term));
    const runs = [...hits.slice(0, 3), ...hits.slice(3, 5).filter(counts)].map((hit) => ({ hit, run: bestSentence(hit.clause, terms, intent) }));
    const bestRun = Math.max(...runs.map((r) => r.run.score)) || 1;
    // Part 一 is the plan's baseline and goals: the answer only when the question is about them.
    const aboutGoals = GOALS_ASKED.test(question);
    const goalNamed = intent.shape === 'statement' && goalsNamed !== null;
    const candidates = runs.map(({ hit, run }) => ({
      hit,
      run,
      // (The clause whose title names the whole asked matches as its best sentence would: the title says what its list is of.)
      score: hit.score * (0.5 + 0.5 * (wholeTitled(hit) || sectionNamed(hit) ? 1 : run.score / bestRun)) * (isMeasure(hit.clause) || aboutGoals ? (goalNamed && hit.clause.kind === 'goal' ? 1 / GOALS_DISCOUNT : 1) : GOALS_DISCOUNT) * (namedCategory(hit) ? NAMED_CATEGORY : 1) * (isMeasure(hit.clause) && countsAsked(quoteOf(hit.clause, run.from, run.to)) ? COUNTED_IN_UNIT : 1),
    }));
    candidates.sort((a, b) => b.score - a.score);
    // (A count the plan means to reach is never answered by the 2020 baseline's count while another candidate is there: 绿色工厂||要建几家 — not 绿色工厂164家.)
    if (unit !== undefined && candidates.length > 1 && BASELINE_PATH(candidates[0]!.hit.clause)) candidates.push(...candidates.splice(0, 1));
    // (A count asked with which ones, 一共几个？还有哪些: a close candidate whose quote lists them, 、 after 、, leads one that only counts.)
    // (…one that counts in the unit asked too, 4个…集群, and keeps every weighty word of the question the first quote holds: not 科创走廊's list, nor 5.1.3's 集群 for 数据中心集群建几个.)
    const countUnit = WHICH_ASKED.test(question) ? /(?<![哪十百千万\d])(?:几|多少)(个|家|项|类|条)(?!点|百分点)/.exec(question)?.[1] : undefined;
    const lists = (c: (typeof candidates)[number]) => { const quote = quoteOf(c.hit.clause, c.run.from, c.run.to); return (quote.match(/、/g) ?? []).length >= 3 && new RegExp(`\\d${countUnit}`).test(quote); };
    const keeps = (c: (typeof candidates)[number]) => { const first = quoteOf(candidates[0]!.hit.clause, candidates[0]!.run.from, candidates[0]!.run.to).toLowerCase(), quote = quoteOf(c.hit.clause, c.run.from, c.run.to).toLowerCase(); return terms.every((t) => t.term.length <= 1 || t.weight < weightiest * 0.5 || !first.includes(t.term) || quote.includes(t.term)); };
    const listing = intent.shape === 'figure' && countUnit !== undefined && !lists(candidates[0]!) ? candidates.find((c) => lists(c) && keeps(c) && c.hit.score >= candidates[0]!.hit.score * TWO_FIGURES_SECOND) : undefined;
    if (listing) candidates.splice(0, 0, ...candidates.splice(candidates.indexOf(listing), 1));
    // A sum of money asked for something (引进人才的住房补贴具体多少钱): the quote that says what it is for leads one that only says who may get it.
    // (…quoted from the clause's sentence that says it, the best such: 人才的住房 in a clause whose best sentence is on 人才政策.)
    const says = (sentence: string) => intent.amountFor!.some((w) => sentence.toLowerCase().includes(w));
    const saysFor = (c: (typeof candidates)[number]) => says(quoteOf(c.hit.clause, c.run.from, c.run.to));
    const forIt = intent.amountFor && !saysFor(candidates[0]!) ? candidates.find((c) => c.hit.score >= candidates[0]!.hit.score * TWO_FIGURES_SECOND && c.hit.clause.sentences.some(says)) : undefined;
    if (forIt) {
      if (!saysFor(forIt)) forIt.run = sentenceSaying(forIt.hit.clause, terms, intent, says);
      candidates.splice(0, 0, ...candidates.splice(candidates.indexOf(forIt), 1));
    }
    const first = candidates[0]!;
    // A part asked whose word the first clause writes far from the quote (凤凰行动…？…目标是多少家？) is quoted from it too, in the clause's order.
    const far = intent.partTexts ? farPartSentence(first.hit.clause, terms, first.run, intent.partTexts) : null;
    if (far && far.from < first.run.from) composition.statements.push({ text: quoteOf(first.hit.clause, far.from, far.to), clauseIndex: use(first.hit, far) });
    composition.statements.push({ text: quoteOf(first.hit.clause, first.run.from, first.run.to), clauseIndex: use(first.hit, first.run) });
    if (far && far.from > first.run.to) composition.statements.push({ text: quoteOf(first.hit.clause, far.from, far.to), clauseIndex: use(first.hit, far) });
    // A plan's name the asker's own words name in what they ask (农机这块规划里有提吗 → 现代农业机械装备), which the first quote lacks: the
    // clause among the three best whose quote names it is the second, however the other parts of the question drew the first.
    // (Not when the first quote holds the asker's word itself: 5G全连接工厂规划里有提吗 is answered by the clause that says 5G全连接工厂.)
    const holds = (c: (typeof candidates)[number], words: readonly string[] | undefined) => words?.some((t) => quoteOf(c.hit.clause, c.run.from, c.run.to).toLowerCase().includes(t.toLowerCase())) === true;
    const naming = intent.shape === 'statement' && !holds(first, intent.namedAsked) && !holds(first, intent.namedAskedBy) ? candidates.slice(1).find((c) => holds(c, intent.namedAsked) && c.hit.score >= first.hit.score * TWO_FIGURES_SECOND) : undefined;
    const second = naming ?? candidates[1];
    // A second statement only when it says what the first leaves out: a weighty question word the first
    // sentence lacks and the second has. One character (人) is found inside too many words (机器人) to count.
    const firstQuote = quoteOf(first.hit.clause, first.run.from, first.run.to).toLowerCase();
    const heaviest = Math.max(...terms.map((t) => t.weight), 0);
    // (The words of a heading quoted to say where to look, “加强组织领导”一节, are found by the clause under it: no second is needed for them.)
    const where = headingsQuoted(first.hit.clause, intent);
    // (For a figure, the words that ask for it — 数量分别是多少 — are not left out by a quote that gives it: 企业数量均居全国第一 adds nothing.)
    // (…nor is a year: 营商环境到2025年要搞成啥样 is answered by its goal, dated by the plan's heading, not by another clause's 到2025年.)
    const left = terms.filter((t) => t.term.length > 1 && t.weight >= heaviest * 0.5 && !firstQuote.includes(t.term) && !where.some((q) => q.includes(t.term)) && !(intent.shape === 'figure' && asksForFigure(t.term)) && !YEAR_TERM.test(t.term)).map((t) => t.term);
    const adds = (quote: string) => left.some((t) => quote.toLowerCase().includes(t));
    // Two figures asked (新增上市企业多少家、新产业平台多少个; A、B…各是多少): each may come from its own clause — asked in two questions (…是多少？
    // 另外…建几个？), the second as retrieval ranks it: its sentence answers its own part, not the first part's words.
    const twoFigures = intent.shape === 'figure' && ((question.match(FIGURE_ASK) ?? []).length >= 2 || /分别|各(是|为|有|要|自)?(多少|几)|(两|二)项[^，。？！,?!]{0,8}(目标|指标|数)/.test(question));
    // A question of two asks or more (领导小组全称是什么？监测评估那条里要形成的清单叫什么？): the second ask's clause, ranked close behind, is quoted
    // for the words the first quote leaves out, however much better the first clause's sentence matches the whole question.
    // (Only for an ask whose main word — the heaviest only it asks, widen.ts `partMainWords` — the second quote holds and the first lacks.)
    const quoted = (c: { hit: ClauseHit; run: { from: number; to: number } }) => ({ clause: c.hit.clause, quote: quoteOf(c.hit.clause, c.run.from, c.run.to).toLowerCase() });
    const pair = second !== undefined && second.hit.score >= first.hit.score * TWO_FIGURES_SECOND ? [quoted(first), quoted(second)] as const : null;
    const twoAsks = pair !== null && intent.partTexts !== undefined && partAnsweredBySecond(pair[0], pair[1], terms, intent.partTexts);
    const itemApart = pair !== null && intent.shape === 'figure' && itemAnsweredBySecond(question, pair[0], pair[1], terms);
    // (Otherwise a second figure's clause scoring TWO_FIGURES_SECOND of the first, a second statement's 0.8 of it.)
    const closeEnough = (s: (typeof candidates)[number]) => s === naming || itemApart || twoAsks || s.score >= first.score * (twoFigures ? TWO_FIGURES_SECOND : 0.8);
    if (
      (intent.shape === 'statement' || twoFigures || itemApart) && second && closeEnough(second) && second.hit.clause.id !== first.hit.clause.id &&
      (second === naming || adds(quoteOf(second.hit.clause, second.run.from, second.run.to)))
    ) {
      composition.statements.push({ text: quoteOf(second.hit.clause, second.run.from, second.run.to), clauseIndex: use(second.hit, second.run) });
    }
  }
  return composition;
}

export { quoteOf };
