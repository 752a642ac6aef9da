/**
 * Which sentences of a clause to quote for a question: each sentence scored by the question's words, then the run widened
 * to hold a figure asked (here), a programme's name asked, or the sentence that names what the question calls in everyday words (widen.ts).
 */
import type { Clause } from '../types.js';
import { OUTPUT_FIGURE, type Intent } from './intent.js';
import { isLeadPhrase, withEachItemFor, withEachPartFor, withListFor, withNameFor, withNeighbourFor, type Run, type TermWeight } from './widen.js';

/** A sum of money in the plan's text (5000万元, 2亿元). */
export const MONEY = /\d[\d.]*\s*(万|亿)?美?元/;
/** A figure: a number with its unit or measure word (300个, 45万, 2.8%, 十个) — not a year, not "1+N". */
const HAS_NUMBER = /\d+(\.\d+)?\s*(%|％|万|亿|个|家|项|条|座|倍|成|平方米|亩|元|人|吨|千瓦|张|台|套|所|以上|左右)|[一二三四五六七八九十百千万亿两]+(个|家|项|条|座|倍|成)/;


/** Words that ask for a figure (总量是多少, 比重达到多少): what kind of answer, not which sentence has it. */
const FIGURE_WORD = /^(总量|数量|规模|比例|比重|占比|数字|数值|目标|指标|目标值|多少|几|具体)$/;

/** …and the words, alone or in a phrase, that ask for several (数量分别是多少, 各自多少). */
const ASKS_FIGURES = /数量|分别|各自|多少|几个|几家|各[建有是要为达评]?$/;

/** A target the plan sets for a year (到2025年，实现…数量倍增): what a target question asks for, figure or not. */
const TARGET_YEAR = /到20\d\d年/;

/** A word that asks for a figure or several (数量, 分别, 多少): how a figure question asks, not what it asks about. */
export const asksForFigure = (term: string): boolean => FIGURE_WORD.test(term) || ASKS_FIGURES.test(term);

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

export function bestSentence(clause: Clause, allTerms: TermWeight[], intent: Intent): Run {
  const terms = withoutHeadingWords(clause, allTerms, intent);
  let best = topSentence(clause, terms, intent);
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
function withFigure(clause: Clause, terms: TermWeight[], intent: Intent, best: Run) {
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

/** The clause's best-scoring sentence of those `keep` holds, its opening line aside; score -1 when there is none. */
function topSentence(clause: Clause, terms: TermWeight[], intent: Intent, keep: (sentence: string) => boolean = () => true): Run {
  let best: Run = { from: 0, to: 0, score: -1 };
  clause.sentences.forEach((sentence, i) => {
    if (!keep(sentence) || isLeadPhrase(clause, i)) return;
    const score = sentenceScore(sentence, terms, intent);
    if (score > best.score) best = { from: i, to: i, score };
  });
  return best;
}

/** The clause's best sentence of those `says` holds (what a sum asked is for: 人才的住房), as its quote. */
export function sentenceSaying(clause: Clause, terms: TermWeight[], intent: Intent, says: (sentence: string) => boolean): Run {
  const best = topSentence(clause, terms, intent, says);
  return best.score < 0 ? bestSentence(clause, terms, intent) : best;
}
