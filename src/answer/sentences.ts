/**
 * Which sentences of a clause to quote for a question: each sentence scored by the question's words, then the run widened
 * to hold a figure asked, a programme's name asked, or the sentence that names what the question calls in everyday words.
 */
import type { Clause } from '../types.js';
import { OUTPUT_FIGURE, type Intent } from './intent.js';
import { namedByItsStart } from '../retrieval/typed.js';

export interface TermWeight {
  term: string;
  /** query weight × IDF */
  weight: number;
}

/** A sum of money in the plan's text (5000万元, 2亿元). */
export const MONEY = /\d[\d.]*\s*(万|亿)?元/;
/** A figure: a number with its unit or measure word (300个, 45万, 2.8%, 十个) — not a year, not "1+N". */
const HAS_NUMBER = /\d+(\.\d+)?\s*(%|％|万|亿|个|家|项|条|座|倍|成|平方米|亩|元|人|吨|千瓦|张|台|套|所|以上|左右)|[一二三四五六七八九十百千万亿两]+(个|家|项|条|座|倍|成)/;

/** A paragraph's first sentence is its lead phrase (建立完善实验室体系。): a heading, not an answer. */
export function isLeadPhrase(clause: Clause, index: number): boolean {
  return index === 0 && clause.sentences.length > 1 && clause.sentences[0]!.length <= 24 && clause.kind !== 'section';
}

/** Words that ask for a figure (总量是多少, 比重达到多少): what kind of answer, not which sentence has it. */
const FIGURE_WORD = /^(总量|数量|规模|比例|比重|占比|数字|数值|目标|指标|目标值|多少|几|具体)$/;

/** …and the words, alone or in a phrase, that ask for several (数量分别是多少, 各自多少). */
const ASKS_FIGURES = /数量|分别|各自|多少|几个|几家|各[建有是要为达评]?$/;

/** A target the plan sets for a year (到2025年，实现…数量倍增): what a target question asks for, figure or not. */
const TARGET_YEAR = /到20\d\d年/;

/** The sentence holds what a figure question asks for: a figure, or for a target question a dated target. */
function hasFigure(sentence: string, intent: Intent): boolean {
  return HAS_NUMBER.test(sentence) || (intent.asksTarget === true && TARGET_YEAR.test(sentence));
}

/** A sentence with this many 、 enumerates the plan's items (industries, clusters, programmes). */
const ENUMERATION = 4;

function sentenceScore(sentence: string, terms: TermWeight[], intent: Intent): number {
  const lower = sentence.toLowerCase();
  let score = 0;
  for (const { term, weight } of terms) if (lower.includes(term)) score += intent.shape === 'figure' && FIGURE_WORD.test(term) ? weight * 0.2 : weight;
  // A figure asked: a sentence with one. An amount asked: only a sentence with money — the plan rarely has
  // one, and its other figures (500家, 50个) are not what was asked.
  // (A price or a payment asked, 买工业的地一亩多少钱: not by the money the plan's output is measured in, 亩均增加值136万元/亩.)
  const output = intent.asksPrice === true && OUTPUT_FIGURE.test(sentence);
  if (intent.shape === 'figure' && !output && (intent.asksAmount ? MONEY.test(sentence) : hasFigure(sentence, intent))) score *= 1.6;
  // …per person or per mu: the sentence with the figure in that unit (23.5万元/人).
  if (intent.perUnit && !output && sentence.includes(`/${intent.perUnit}`)) score *= 1.5;
  // Whether something is among the plan's items: the sentence that enumerates them.
  const listed = sentence.match(/、/g)?.length ?? 0;
  if (intent.asksMembership && listed >= ENUMERATION) score *= 1.5;
  // Which items something is made of: the sentence that lists some (…中职、高职、应用型本科…人才成长体系), naming the whole.
  if (intent.asksItems !== undefined && lower.includes(intent.asksItems) && listed >= 2) score *= 1.5;
  // How often: the sentence that says (开展规划年度监测分析…).
  if (intent.asksFrequency && /年度|每年|定期|季度|每季|一年一/.test(sentence)) score *= 1.5;
  return score;
}

export function bestSentence(clause: Clause, allTerms: TermWeight[], intent: Intent): { from: number; to: number; score: number } {
  const terms = withoutHeadingWords(clause, allTerms, intent);
  let best = { from: 0, to: 0, score: -1 };
  clause.sentences.forEach((sentence, i) => {
    if (isLeadPhrase(clause, i)) return;
    const score = sentenceScore(sentence, terms, intent);
    if (score > best.score) best = { from: i, to: i, score };
  });
  if (best.score < 0) return { from: 0, to: 0, score: 0 };
  // 规划“聚焦重点产业招商”部分明确重点招引哪几类企业: the clause's opening line quoted whole is the part asked about — quoted from that line
  // on, through the sentence that best says what was asked.
  if (isLeadPhrase(clause, 0) && intent.quoted?.some((q) => clause.sentences[0]!.replace(/[。：:；;]$/, '') === q)) best = { from: 1, to: Math.max(best.to, 1), score: sentenceScore(clause.sentences.slice(0, Math.max(best.to, 1) + 1).join(''), terms, intent) };
  // The opening line is quoted with the first sentence after it (below): when that sentence is the one chosen,
  // the line's words (一廊：金衢丽绿色经济走廊) count for the quote against other clauses' — not in choosing it.
  if (best.from === 1 && isLeadPhrase(clause, 0)) best.score = sentenceScore(clause.sentences[0]! + clause.sentences[1]!, terms, intent);
  if (intent.shape === 'figure' && !intent.asksAmount) best = withFigure(clause, terms, intent, best);
  // A very short sentence ("加快卫星互联网基础设施建设。") reads better with the one after it.
  const next = clause.sentences[best.to + 1];
  if (next && clause.sentences[best.from]!.length < 24 && sentenceScore(next, terms, intent) > 0) best.to += 1;
  // A question in two parts (…比例有何要求？新增工业用地按什么方式出让？) may be answered by the sentences on
  // either side: one that has a weighty question word the quote lacks is quoted with it.
  if (intent.parts !== undefined && intent.parts > 1) best = withNeighbourFor(clause, terms, best);
  if (intent.named && intent.named.length > 0) {
    const reached = withNeighbourFor(clause, intent.named.map((term) => ({ term, weight: 1 })), best);
    // …and when what it reaches names a programme the asking clause names in everyday words (规划里有没有技术买卖的平台 → 技术交易),
    // the quote is weighed whole: the clause that names it is not passed over for another's sentence on a word of the story.
    const run = (r: typeof best) => clause.sentences.slice(r.from, r.to + 1).join('');
    if (intent.namedAsked?.some((term) => run(reached).includes(term) && !run(best).includes(term))) reached.score = Math.max(best.score, sentenceScore(run(reached), terms, intent));
    best = reached;
  }
  // A question in parts: the part whose main word the quote lacks (哪几类评估？“一县一经验”清单是哪条提的？ — 监测 for the first)
  // has its sentence quoted too.
  if (intent.partTexts) best = withEachPartFor(clause, terms, best, intent.partTexts);
  if (intent.asksName) best = withNameFor(clause, intent.asksName, best);
  if (intent.asksKind) best = withListFor(clause, intent.asksKind, best);
  if (intent.eachOf) best = withEachItemFor(clause, intent.eachOf, best);
  // A name the question quotes in a clause that asks of it, which the clause writes (对评估先进的地方给什么倾斜，“一县一经验”清单是怎么表述的), is
  // quoted too, from the nearest sentence within reach (the question's own quotes, not the last question's a follow-up borrows).
  if (intent.quotedAsked && !intent.quotedBorrowed) best = withEachItemFor(clause, intent.quotedAsked.map((q) => q.toLowerCase()).filter((q) => clause.text.toLowerCase().includes(q)), best);
  // A clause's opening line names what its body is for ("2.一带：环湾区沿海产业带。", "打造世界级领军企业。"):
  // quoted with the first sentence after it, it says what that sentence serves.
  if (best.from === 1 && isLeadPhrase(clause, 0)) best.from = 0;
  // (The heading's words chose the sentence only: the clause is still scored on every word asked, against other clauses.)
  if (terms !== allTerms) best.score = Math.max(0, ...clause.sentences.slice(best.from, best.to + 1).map((sentence) => sentenceScore(sentence, allTerms, intent)));
  return best;
}

/**
 * A figure was asked: the quote must hold one. When the best sentence has none, the clause's best sentence
 * that does is quoted with it (if adjacent) or instead of it (if it is nearly as relevant). When the next
 * sentence has a figure for a weighty question word the quote lacks ("…工厂500家。…园区50个。"), it is added.
 */
function withFigure(clause: Clause, terms: TermWeight[], intent: Intent, best: { from: number; to: number; score: number }) {
  const plain: Intent = { ...intent, shape: 'statement' };
  const has = (i: number) => hasFigure(clause.sentences[i]!, intent);
  if (!has(best.from)) {
    let figure = -1;
    clause.sentences.forEach((sentence, i) => {
      if (has(i) && !isLeadPhrase(clause, i) && (figure < 0 || sentenceScore(sentence, terms, plain) > sentenceScore(clause.sentences[figure]!, terms, plain))) figure = i;
    });
    if (figure >= 0) {
      const score = sentenceScore(clause.sentences[figure]!, terms, plain);
      if (Math.abs(figure - best.from) === 1) best = { from: Math.min(figure, best.from), to: Math.max(figure, best.to), score: Math.max(best.score, score) };
      else if (score >= sentenceScore(clause.sentences[best.from]!, terms, plain) * FIGURE_RELEVANCE) best = { from: figure, to: figure, score };
    }
  }
  const quoted = clause.sentences.slice(best.from, best.to + 1).join('').toLowerCase();
  // The words that ask for the figures (数量分别是多少) say how, not what: the topic's words are weighed among themselves.
  const topical = terms.filter((t) => !ASKS_FIGURES.test(t.term));
  const heaviest = Math.max(...topical.map((t) => t.weight), 0);
  const next = clause.sentences[best.to + 1];
  if (next && HAS_NUMBER.test(next) && topical.some((t) => t.weight >= heaviest * 0.5 && !quoted.includes(t.term) && next.toLowerCase().includes(t.term))) best = { ...best, to: best.to + 1 };
  return best;
}

/**
 * The name of a programme or goal asked by its kind (这块叫啥行动, 打造什么中心): when the quote holds no name of that kind,
 * the nearest sentence within NEIGHBOUR_REACH that does is quoted with it, with any sentence between.
 */
function withNameFor(clause: Clause, kind: string, best: { from: number; to: number; score: number }) {
  // A programme is named in quotes (“雏鹰行动”); a goal may not be (打造全国医药产业制造中心): a name of two characters or more.
  const named = new RegExp(`“[^”]{1,12}${kind}”|[\u4e00-\u9fff]{2,12}${kind}`);
  if (named.test(clause.sentences.slice(best.from, best.to + 1).join(''))) return best;
  for (let d = 1; d <= NEIGHBOUR_REACH; d++) {
    if (best.from - d >= 0 && named.test(clause.sentences[best.from - d]!)) return { ...best, from: best.from - d };
    if (best.to + d < clause.sentences.length && named.test(clause.sentences[best.to + d]!)) return { ...best, to: best.to + d };
  }
  // Further away (打造全国医药产业制造中心, the clause's last sentence): the sentence with the name is the answer.
  const at = clause.sentences.findIndex((sentence, i) => !isLeadPhrase(clause, i) && named.test(sentence));
  return at >= 0 ? { ...best, from: at, to: at } : best;
}

/**
 * Which items of a kind (具体是哪几个行业是重点): when the quote lists none of that kind, the nearest sentence within NEIGHBOUR_REACH that
 * does (以现代纺织、汽车等行业为重点: items, then 等 and the kind) is quoted with it, with any sentence between.
 */
function withListFor(clause: Clause, kind: string, best: { from: number; to: number; score: number }) {
  // (行业, 产业 and 领域 are one kind in an asker's mouth: 重点放在哪几个行业 is answered by …新材料等领域.)
  const lists = new RegExp(`、[^，。；;：]{0,20}?等${/^(行业|产业|领域)$/.test(kind) ? '(?:行业|产业|领域)' : kind}`);
  if (lists.test(clause.sentences.slice(best.from, best.to + 1).join(''))) return best;
  for (let d = 1; d <= NEIGHBOUR_REACH; d++) {
    if (best.from - d >= 0 && lists.test(clause.sentences[best.from - d]!)) return { ...best, from: best.from - d };
    if (best.to + d < clause.sentences.length && lists.test(clause.sentences[best.to + d]!)) return { ...best, to: best.to + d };
  }
  // (Not further: a list of another kind's items far from what chose the clause answers nothing asked of it.)
  return best;
}

/**
 * Items asked each (制造业增加值、数字经济核心产业增加值占GDP比重，分别是多少): an item of four characters or more that the clause writes word
 * for word and the quote lacks is quoted too, from the nearest sentence within NEIGHBOUR_REACH that writes it, with any sentence between.
 */
function withEachItemFor(clause: Clause, items: readonly string[], best: { from: number; to: number; score: number }) {
  for (const item of items) {
    if (item.length < 4 || clause.sentences.slice(best.from, best.to + 1).join('').toLowerCase().includes(item)) continue;
    // (Written as a word of its own first, after a comma or at a sentence's start: 高技术制造业增加值 holds 制造业增加值 inside a longer name.)
    const own = new RegExp(`(?:^|[，、；：（“])${item.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
    for (const writes of [(s: string) => own.test(s), (s: string) => s.includes(item)]) {
      const has = (i: number) => i >= 0 && i < clause.sentences.length && !isLeadPhrase(clause, i) && writes(clause.sentences[i]!.toLowerCase());
      const d = [...Array(NEIGHBOUR_REACH).keys()].map((k) => k + 1).find((k) => has(best.from - k) || has(best.to + k));
      if (d === undefined) continue;
      best = has(best.from - d) ? { ...best, from: best.from - d } : { ...best, to: best.to + d };
      break;
    }
  }
  return best;
}

/** A neighbouring sentence is quoted too for a question word this close to the heaviest. */
const NEIGHBOUR_WEIGHT = 0.5;
/** …found at most this many sentences away. */
const NEIGHBOUR_REACH = 2;

function withNeighbourFor(clause: Clause, terms: TermWeight[], best: { from: number; to: number; score: number }) {
  const heaviest = Math.max(...terms.map((t) => t.weight), 0);
  const weighty = terms.filter((t) => t.term.length > 1 && t.weight >= heaviest * NEIGHBOUR_WEIGHT);
  const quoted = () => clause.sentences.slice(best.from, best.to + 1).join('').toLowerCase();
  const adds = (i: number) => {
    const sentence = clause.sentences[i]?.toLowerCase();
    return sentence !== undefined && !isLeadPhrase(clause, i) && weighty.some((t) => !quoted().includes(t.term) && sentence.includes(t.term));
  };
  // Up to NEIGHBOUR_REACH sentences away, with those between (the quote stays one run of the plan's text).
  for (let d = 1; d <= NEIGHBOUR_REACH; d++) if (adds(best.from - d)) { best = { ...best, from: best.from - d }; break; }
  for (let d = 1; d <= NEIGHBOUR_REACH; d++) if (adds(best.to + d)) { best = { ...best, to: best.to + d }; break; }
  return best;
}

/** A part's main word weighs this share of the heaviest question word the clause holds, or the part is not its. */
const PART_WEIGHT = 0.75;

/**
 * A question in two parts or more: for each part, the heaviest of its words that the clause holds (PART_WEIGHT); when the quote lacks
 * it, the nearest sentence within NEIGHBOUR_REACH that has it is quoted with it, with any sentence between.
 */
function withEachPartFor(clause: Clause, terms: TermWeight[], best: { from: number; to: number; score: number }, partTexts: readonly string[]) {
  for (const { part, main } of partMainWords(clause, terms, partTexts)) {
    if (clause.sentences.slice(best.from, best.to + 1).join('').toLowerCase().includes(main)) continue;
    const has = (i: number) => i >= 0 && i < clause.sentences.length && !isLeadPhrase(clause, i) && clause.sentences[i]!.toLowerCase().includes(main);
    // (智能家居到底支持哪几样 — the clause's own name, written only in its lead phrase, asked what it holds: quoted from its first sentence on.)
    if (best.from > 1 && isLeadPhrase(clause, 0) && /哪几|哪些|什么|啥/.test(part) && clause.sentences[0]!.toLowerCase().includes(main) && !clause.sentences.some((_, i) => has(i))) { best = { ...best, from: 1 }; continue; }
    for (let d = 1; d <= NEIGHBOUR_REACH; d++) {
      if (has(best.from - d)) { best = { ...best, from: best.from - d }; break; }
      if (has(best.to + d)) { best = { ...best, to: best.to + d }; break; }
    }
  }
  return best;
}

/**
 * For each part of a question in parts, the heaviest of its words that the clause holds, of those no other part says (上市 of 叫凤凰计划
 * 还是凤凰行动？…新增多少家上市企业？ sets neither apart) — when it weighs PART_WEIGHT of the heaviest question word the clause holds (a
 * part whose words the clause holds only in passing — 平台 of 在哪个平台申请 — asks nothing of it).
 */
function partMainWords(clause: Clause, terms: TermWeight[], partTexts: readonly string[]): { part: string; main: string; weight: number }[] {
  const text = clause.text.toLowerCase();
  const inClause = terms.filter((t) => t.term.length > 1 && t.weight > 0 && text.includes(t.term));
  const heaviest = Math.max(...inClause.map((t) => t.weight), 0);
  return partTexts.flatMap((part) => {
    const started = namedByItsStart(part, terms.map((x) => x.term)), own = inClause.filter((t) => part.includes(t.term) || started.includes(t.term)); // (叫双倍什么的 says 双倍增)
    if (own.length === 0) return [];
    const apart = own.filter((t) => !partTexts.some((other) => other !== part && other.includes(t.term)));
    const main = (apart.length > 0 ? apart : own).reduce((a, b) => (b.weight > a.weight ? b : a));
    return main.weight < heaviest * PART_WEIGHT ? [] : [{ part, main: main.term, weight: main.weight }];
  });
}

/**
 * A part the quote leaves unanswered — none of the weighty words only it asks is quoted — whose main word the clause writes further away than
 * NEIGHBOUR_REACH, in a sentence holding two of the part's words or more, or a name the part or the plan quotes (凤凰行动具体是管啥的？省里到2025年新增上市企业的目标是多少家？ —
 * “凤凰行动” three sentences before the target): that sentence, to be quoted from the same clause as a statement of its own rather than the
 * run between. Not for a span the part quotes that the clause does not write (that part asks of another clause).
 */
/** A part asking a name in full (全称, 全名), and the place a full name opens with (中国浙江…, 浙江省…). */
const FULL_NAME = /全称|全名/;
const PLACE_PREFIX = '(?:中国|浙江|全省)[\\u4e00-\\u9fff]{0,4}?';
export function farPartSentence(clause: Clause, terms: TermWeight[], best: { from: number; to: number }, partTexts: readonly string[]): { from: number; to: number } | null {
  const text = clause.text.toLowerCase();
  const quoted = clause.sentences.slice(best.from, best.to + 1).join('').toLowerCase();
  const wordsOf = (part: string) => terms.filter((t) => t.term.length > 1 && t.weight > 0 && part.includes(t.term));
  for (const { part, main, weight } of partMainWords(clause, terms, partTexts)) {
    const spans = [...part.matchAll(/[“"]([^”"]{2,40})[”"]/g)].map((m) => m[1]!);
    if (spans.some((span) => !text.includes(span))) continue;
    const only = wordsOf(part).filter((t) => !partTexts.some((other) => other !== part && other.includes(t.term)));
    // (网上技术市场…全称带版本号: the name with its place before it, 中国浙江网上技术市场3.0, is the full name asked — in a lead phrase too.)
    const inFull = FULL_NAME.test(part) ? new RegExp(`${PLACE_PREFIX}${main.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) : null;
    const fullAt = inFull && !inFull.test(quoted) ? clause.sentences.findIndex((s, i) => (i < best.from || i > best.to) && inFull.test(s.toLowerCase())) : -1;
    if (fullAt >= 0) return { from: fullAt, to: fullAt };
    if (quoted.includes(main) || only.some((t) => t.weight >= weight * PART_WEIGHT && quoted.includes(t.term))) continue;
    const at = clause.sentences.findIndex((sentence, i) => !isLeadPhrase(clause, i) && (i < best.from || i > best.to) && sentence.toLowerCase().includes(main));
    if (at < 0 || (at >= best.from - NEIGHBOUR_REACH && at <= best.to + NEIGHBOUR_REACH)) continue;
    // (Or the one word a part asks is a name, quoted by the part or the plan: 规划里“金蓝领”那句原文, 凤凰行动是干嘛用的.)
    const named = text.includes(`“${main}”`) || spans.includes(main);
    if (named || wordsOf(part).filter((t) => clause.sentences[at]!.toLowerCase().includes(t.term)).length >= 2) return { from: at, to: at };
  }
  return null;
}

/** The question's quoted spans that are a heading of the clause and not in its text, lower case. */
export function headingsQuoted(clause: Clause, intent: Intent): string[] {
  const text = clause.text.toLowerCase();
  return intent.quoted?.map((q) => q.toLowerCase()).filter((q) => !text.includes(q) && clause.path.some((heading) => heading.toLowerCase().includes(q))) ?? [];
}

/**
 * 规划“加强组织领导”一节里提到的专家库: a heading quoted says where to look. Its words are not the clause's text, so they
 * do not choose the sentence (领导小组…组织、协调 over …专家库) — unless nothing else the question asks is in the clause.
 */
function withoutHeadingWords(clause: Clause, terms: TermWeight[], intent: Intent): TermWeight[] {
  const text = clause.text.toLowerCase();
  const headings = headingsQuoted(clause, intent);
  if (headings.length === 0) return terms;
  // (A word the question also asks outside the quote, 对评估先进的地方 beside “开展监测评估”, is its own.)
  const rest = terms.filter((t) => !headings.some((q) => q.includes(t.term)) || (intent.unquoted ?? '').includes(t.term));
  return rest.some((t) => text.includes(t.term)) ? rest : terms;
}

/** A sentence with the figure replaces a better-matching one without it when it scores this share of it. */
const FIGURE_RELEVANCE = 0.25;
