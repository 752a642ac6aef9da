/**
 * How far a quote is widened beyond its best sentence: to the nearest sentence that names what was asked by its kind, lists items
 * of a kind, writes an item or a part's main word, or holds a weighty question word the quote lacks — and, for a part whose word the
 * clause writes further away, that sentence on its own.
 */
import type { Clause } from '../types.js';
import { namedByItsStart } from '../retrieval/typed.js';
import { escapeRegExp } from '../regexp.js';

/** A word written into a pattern as itself. */

export interface TermWeight {
  term: string;
  /** query weight × IDF */
  weight: number;
}

/** A paragraph's first sentence is its lead phrase (建立完善实验室体系。): a heading, not an answer. */
export function isLeadPhrase(clause: Clause, index: number): boolean {
  return index === 0 && clause.sentences.length > 1 && clause.sentences[0]!.length <= 24 && clause.kind !== 'section';
}

/** A run of a clause's sentences, first to last, with its score. */
export type Run = { from: number; to: number; score: number };

/**
 * The name of a programme or goal asked by its kind (这块叫啥行动, 打造什么中心): when the quote holds no name of that kind,
 * the nearest sentence within NEIGHBOUR_REACH that does is quoted with it, with any sentence between.
 */
export function withNameFor(clause: Clause, kind: string, best: Run) {
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
export function withListFor(clause: Clause, kind: string, best: Run) {
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
export function withEachItemFor(clause: Clause, items: readonly string[], best: Run) {
  for (const item of items) {
    if (item.length < 4 || clause.sentences.slice(best.from, best.to + 1).join('').toLowerCase().includes(item)) continue;
    // (Written as a word of its own first, after a comma or at a sentence's start: 高技术制造业增加值 holds 制造业增加值 inside a longer name.)
    const own = new RegExp(`(?:^|[，、；：（“])${escapeRegExp(item)}`);
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

export function withNeighbourFor(clause: Clause, terms: TermWeight[], best: Run) {
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

/** A part that asks which kinds of a word there are (哪几类评估, 哪些种类的补贴), and a text that lists kinds of it (中期评估和总结评估). */
function kindsAsked(part: string, main: string): boolean {
  return new RegExp(`哪(?:几|些)(?:类|种|项|种类的?)${escapeRegExp(main)}`).test(part);
}
function listsKinds(text: string, main: string): boolean {
  return new RegExp(`[、和及与][^，。；;：、]{1,10}${escapeRegExp(main)}`).test(text);
}

/** A part's main word weighs this share of the heaviest question word the clause holds, or the part is not its. */
const PART_WEIGHT = 0.75;

/**
 * A question in two parts or more: for each part, the heaviest of its words that the clause holds (PART_WEIGHT); when the quote lacks
 * it, the nearest sentence within NEIGHBOUR_REACH that has it is quoted with it, with any sentence between.
 */
export function withEachPartFor(clause: Clause, terms: TermWeight[], best: Run, partTexts: readonly string[]) {
  for (const { part, main } of partMainWords(clause, terms, partTexts)) {
    // (A part asking which kinds of its word there are, 开展哪几类评估, is answered by a sentence listing them, 年度监测分析、中期评估和总结评估 —
    // not one that only writes the word, 对评估先进的地方.)
    const kinds = kindsAsked(part, main);
    const answers = (text: string) => text.includes(main) && (!kinds || listsKinds(text, main));
    if (answers(clause.sentences.slice(best.from, best.to + 1).join('').toLowerCase())) continue;
    const has = (i: number) => i >= 0 && i < clause.sentences.length && !isLeadPhrase(clause, i) && answers(clause.sentences[i]!.toLowerCase());
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
export function partMainWords(clause: Clause, terms: TermWeight[], partTexts: readonly string[]): { part: string; main: string; weight: number }[] {
  const text = clause.text.toLowerCase();
  const inClause = terms.filter((t) => t.term.length > 1 && t.weight > 0 && text.includes(t.term));
  const heaviest = Math.max(...inClause.map((t) => t.weight), 0);
  return partTexts.flatMap((part) => {
    const started = namedByItsStart(part, terms.map((x) => x.term)), own = inClause.filter((t) => part.includes(t.term) || started.includes(t.term)); // (叫双倍什么的 says 双倍增)
    if (own.length === 0) return [];
    const apart = own.filter((t) => !partTexts.some((other) => other !== part && other.includes(t.term)));
    const main = (apart.length > 0 ? apart : own).reduce((a, b) => (b.weight > a.weight ? b : a));
    // (…or, light as it is, when the part asks which kinds of it there are: 哪几类评估 asks nothing else.)
    return main.weight < heaviest * PART_WEIGHT && !kindsAsked(part, main.term) ? [] : [{ part, main: main.term, weight: main.weight }];
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
    const inFull = FULL_NAME.test(part) ? new RegExp(`${PLACE_PREFIX}${escapeRegExp(main)}`) : null;
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
