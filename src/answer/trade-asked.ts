/**
 * What the plan means for the asker's trade (纺织这块往啥方向, 对我们这一行怎么打算): the industry clause that leads the answer.
 */
import { ASKS_THE_PLAN, clausesAskingThePlan } from '../retrieval/asked.js';
import type { Clause } from '../types.js';
import { titleParts } from './named-industry.js';

/**
 * What the plan means for the asker's own trade (规划对我们做衣服这一行是怎么打算的, 我们做面料的…这个行业以后啥方向, 规划对纺织这块是
 * 怎么讲的): the clause headed by their industry, which leads the answer whatever sentence of another clause shares more of the story's
 * words (外贸, 转型) — or null.
 */
export function tradeIndustryClause(question: string, industriesIn: (text: string) => readonly { name: string; word: string }[], clauses: Iterable<Clause>): Clause | null {
  const asked = TRADE_ASKED.exec(question);
  if (!asked) return null;
  // The industries named are looked for only when a trade is asked: most questions ask none.
  const ownIndustries = industriesIn(question);
  const before = question.slice(0, asked.index);
  // (A product the table does not list, named right before the pointer — 船舶这块以后往哪个方向走 — is asked of the one industry's
  // clause that writes it: 2.1.4 names ships among its equipment.)
  if (ownIndustries.length === 0) return writtenByOneIndustry(before, asked, clauses);
  if (ownIndustries.length !== 1) return null;
  // The trade asked is the industry's: named right before it (做衣服这一行), or by pointing at the asker's own (对这个行业, 我们这行) —
  // not another trade named there (对检验检测这一行: the asker's product, 小家电, is not what is asked).
  const { name, word } = ownIndustries[0]!;
  // 这块 points at whatever was said last (…都在搞智能门锁，规划里对这块怎么说): only the industry named right before it is asked (对纺织这块),
  // with nothing but filler before the ask (纺织这块是怎么讲的 — not 出口这块, nor 纺织这块的数字化改造).
  if (/块$/.test(asked[1]!)) {
    const between = asked[0].slice(asked[1]!.length, asked[0].length - asked[2]!.length);
    if (!before.replace(/(产业|行业|领域|板块)$/, '').endsWith(word) || !POINTER_FILLER.test(between)) return null;
  } else if (!before.slice(-8).includes(word) && !/(对|我们|咱们|我们的|咱们的|^)$/.test(before)) return null;
  const all = [...clauses];
  const named = all.filter((c) => c.kind === 'item' && titleParts(c).some((part) => name.includes(part)));
  if (named.length !== 1) return null;
  // (A kind of it the industry's clause never writes, which another industry's own heading names — 环保装备这块 is 节能环保's equipment,
  // not 高端装备's: that industry's clause leads. Not a word the clause writes anyway, 智能汽车 of 智能网联汽车, nor one any clause may
  // write, 传统纺织 beside 传统家居: the industry's own clause still leads.)
  const kind = before.replace(/(产业|行业|领域|板块)$/, '').slice(0, -word.length).slice(-2);
  // (Only equipment is of a use, 环保装备, 医疗机械 — 环保面料, 高端家具 are kinds of the goods; and only the heading's own field names it, past
  // its first two characters: 节能环保's 环保, not 智能家居's 智能, 高端装备's 高端 nor 绿色石油化工's 绿色.)
  const headed = /^[\u4e00-\u9fff]{2}$/.test(kind) && EQUIPMENT.test(word) && !named[0]!.text.includes(kind) ? all.filter((c) => c !== named[0] && c.kind === 'item' && c.path.some((h) => h.includes('产业')) && titleParts(c).some((part) => part.slice(2).includes(kind))) : [];
  return headed.length === 1 ? headed[0]! : named[0]!;
}

/**
 * Whether the question asks the plan something besides the trade (…纺织这块是往啥方向引导的，搞设计搞品牌是不是政府也鼓励): the trade's
 * clause then leads without being the whole answer. (Only a clause naming a topic of its own: 省里是不是要重点搞 asks again of the trade.)
 */
export function asksBesidesTrade(question: string, namesTopic: (clause: string) => boolean): boolean {
  const asked = TRADE_ASKED.exec(question);
  return asked !== null && clausesAskingThePlan(question.toLowerCase()).asking.some((c) => !c.includes(asked[0].toLowerCase()) && !asked[0].toLowerCase().includes(c) && ASKS_THE_PLAN.test(c) && namesTopic(c));
}

/** The words for equipment, whose kind may be its use (环保装备, 医疗机械). */
const EQUIPMENT = /装备|机械|设备|机床|机器/;

/** Between the pointer (这块) and the ask (方向): words that only place it in time or direction (以后往哪个). */
const POINTER_FILLER = /^(?:[规划里上中是的有啥什么还要对往朝向]|以后|今后|将来|未来|哪个|该)*$/;

/** The one industry clause (二 (一)/(二)) where the longest word ending right before the pointer (船舶这块) mostly lives, or null. */
function writtenByOneIndustry(before: string, asked: RegExpExecArray, clauses: Iterable<Clause>): Clause | null {
  if (!/块$/.test(asked[1]!) || !POINTER_FILLER.test(asked[0].slice(asked[1]!.length, asked[0].length - asked[2]!.length))) return null;
  const stem = before.replace(/(产业|行业|领域|板块)$/, '');
  const plan = [...clauses].filter((c) => c.docId === '');
  const industries = plan.filter((c) => c.kind === 'item' && c.path.some((h) => h.includes('产业')));
  const times = (c: Clause, word: string) => c.text.split(word).length - 1;
  for (let length = Math.min(6, stem.length); length >= 2; length--) {
    const word = stem.slice(-length);
    const writing = industries.filter((c) => c.text.includes(word));
    // (Written again and again there, as what the clause develops, and mostly there: not once among its techniques — 数据安全 in
    // 智能家居's list — nor a word of every part of the plan, 设备 or 网络.)
    if (writing.length > 0) {
      const there = times(writing[0]!, word);
      return writing.length === 1 && there >= 2 && there * 2 >= plan.reduce((n, c) => n + times(c, word), 0) ? writing[0]! : null;
    }
  }
  return null;
}

/** What the plan means for a trade asked (对我们这一行怎么打算, 这个行业以后啥方向, 我们这行有啥说法). */
const TRADE_ASKED = /(这一?行|这个行业|这个产业|这一?块|那一?块)[^，。？！,?!]{0,10}(怎么打算|咋打算|打算|方向|前景|出路|说法|怎么规划|咋规划|怎么说|咋说|怎么讲|咋讲|怎么写|咋写)/;
