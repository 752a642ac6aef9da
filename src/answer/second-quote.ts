/**
 * When a statement's second clause is quoted for what the first leaves out: an ask of a question in parts (领导小组全称是什么？监测评估那条里
 * 要形成的清单叫什么？), or an item of a list whose figures are asked (5G基站数量、数据中心机架服务能力), that only the second clause's quote answers.
 */
import type { Clause } from '../types.js';
import { clausesOf } from '../retrieval/clauses.js';
import { detailsAsked } from './gaps.js';
import { partMainWords, type TermWeight } from './widen.js';

/** A clause and its quote, lower case. */
export interface Quoted {
  clause: Clause;
  quote: string;
}

/** An ask of the question whose main word the second clause's quote holds and the first's lacks. */
export function partAnsweredBySecond(first: Quoted, second: Quoted, terms: TermWeight[], partTexts: readonly string[]): boolean {
  const [firstQuote, secondQuote] = [first.quote, second.quote];
  // An ask the first quote already touches — any of its words either clause writes weighing half the heaviest, words that ask (分别, 多少)
  // aside — is answered there (还有新增世界500强企业的目标); an ask of the where, when or how of applying (找哪个部门对接, 啥时候开始报) is a
  // detail the plan does not give, not a topic for another clause.
  const texts = [first.clause.text.toLowerCase(), second.clause.text.toLowerCase()];
  const touched = (part: string) => {
    const own = terms.filter((t) => t.term.length > 1 && t.weight > 0 && part.includes(t.term) && !ASKING_WORD.test(t.term) && texts.some((text) => text.includes(t.term)));
    const heaviest = Math.max(...own.map((t) => t.weight), 0);
    return own.some((t) => t.weight >= heaviest * 0.5 && firstQuote.includes(t.term));
  };
  return partMainWords(second.clause, terms, partTexts).some(({ part, main }) => !ASKING_WORD.test(main) && !touched(part) && !detailsAsked(part).some((d) => PLAN_GIVES_NONE.has(d)) && secondQuote.includes(main));
}

/** Details asked that the plan never gives (where and how to apply, whom to call, when): no clause's topic. */
const PLAN_GIVES_NONE = new Set(['procedure', 'time', 'contact']);

/** A clause the asker tells of themselves or their own firm (我们做化纤、印染; 我们在湖州、嘉兴都有工厂). */
const TOLD_BY_ASKER = /我|咱|俺|厂里|家里|本厂|本公司/;

/** Words that ask rather than name (分别是多少, 各自几个, 哪些). */
const ASKING_WORD = /^(分别|各自|多少|几|哪|什么|啥|是否|有没有|怎么|如何)/;

/**
 * Items listed with 、 whose figures are asked (到2025年5G基站数量、数据中心机架服务能力，规划原文怎么表述): an item none of whose weighty words
 * (half its heaviest; not 2025) the first quote holds, and one of which the second quote holds — each item's figure in its own clause.
 */
export function itemAnsweredBySecond(question: string, first: Quoted, second: Quoted, terms: TermWeight[]): boolean {
  // (A list the asker tells of their own — 我们厂有工业机器人、数控机床，5G基站要建多少 — is their story, not items asked.)
  const listed = clausesOf(question.toLowerCase()).find((c) => c.includes('、') && !TOLD_BY_ASKER.test(c));
  if (!listed) return false;
  const [firstQuote, secondQuote] = [first.quote, second.quote];
  const heaviest = Math.max(...terms.map((t) => t.weight), 0);
  return listed.split('、').some((item) => {
    if (detailsAsked(item).some((d) => PLAN_GIVES_NONE.has(d))) return false;
    const own = terms.filter((t) => t.term.length > 1 && t.weight > 0 && item.includes(t.term) && !ASKING_WORD.test(t.term));
    const itemHeaviest = Math.max(...own.map((o) => o.weight), 0);
    const weighty = own.filter((t) => t.weight >= itemHeaviest * 0.5);
    return !weighty.some((t) => firstQuote.includes(t.term)) && weighty.some((t) => t.weight >= heaviest * 0.5 && secondQuote.includes(t.term));
  });
}
