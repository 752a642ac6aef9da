/**
 * The industries the plan develops, asked as a list (规划里重点发展哪些产业, 新兴产业包括哪些, 优势产业有哪些): the items under each heading
 * that names a kind of industry (（一）重点发展新兴产业, （二）巩固升级优势产业, （三）谋划布局未来产业), each by its own name (1.新一代信息技术产业。),
 * in the plan's order. Null when that is not all that is asked. Pure over the question and the clauses.
 */
import { chosenHit } from '../retrieval/retriever.js';
import { ASKING_CLAUSE, clausesOf } from '../retrieval/clauses.js';
import type { Clause } from '../types.js';
import type { Composition } from './extractive.js';
import { ENUMERATOR } from './labelled.js';

/** A heading that names a kind of industry by its last words (重点发展新兴产业 → 新兴产业). */
const INDUSTRY_HEADING = /^[（(][一二三四五六七八九十]+[）)][\u4e00-\u9fff]*?([\u4e00-\u9fff]{2}产业)$/;

/** What a kind holds, asked right after its name (新兴产业包括哪些, 优势产业都有哪几个, 未来产业是啥) — not what it gets (新兴产业有哪些补贴). */
const HOLDS = '[”"」』]?(?:都|主要|具体|分别|一共)?(?:有|包括|包含|是|指|分为|涵盖|列了|列出了?)(?:了)?(?:哪些|哪几|什么|啥|哪)[个类种项块大]?(?:产业|行业|领域|方向)?(?:呢|啊|呀)?$';
/** …or the kind asked of the plan, before its name (哪些是新兴产业, 规划里的优势产业是哪些 is the first). */
const ASKED_BEFORE = '(?:哪些|哪几[个类种])(?:产业|行业)?(?:是|属于|算)(?:规划[里中]?的?)?';

/** The industries the plan develops, all of them asked (重点发展哪些产业, 重点产业有哪些, 主要搞哪些行业, 哪些产业是重点发展的). */
const ALL_ASKED = /(?:重点|主要|优先|着力|大力)(?:要)?(?:发展|培育|扶持|支持|搞|抓|布局)的?(?:是)?(?:哪些|哪几[个类种块大]?|什么|啥)(?:产业|行业|领域)(?:呢|啊|呀)?$|(?:重点|支柱|主导|主要|核心)(?:产业|行业)(?:都|主要|具体|分别|一共)?(?:有|包括|包含|是)(?:哪些|哪几[个类种块大]?|什么|啥)(?:呢|啊|呀)?$|(?:哪些|哪几[个类种])(?:产业|行业)(?:是|属于|算)(?:规划[里中]?的?)?(?:重点|主要|优先)(?:发展|培育|扶持|支持)的?(?:呢|啊|呀)?$/;

/** The asker's own trade asked of the list (我们算不算, 有没有我们做的): membership, answered from the trade's own clause; or the country's or another place's industries (国家重点发展哪些产业, 江苏…), not this plan's. */
const MEMBERSHIP = /算不算|属不属于|属于|有没有我们|包不包括|在不在|我们|咱们|俺们/;
const NOT_THIS_PROVINCE = /国家|全国|中央|国外|外国|外省|别的省|其他省/;

function industryKinds(clauses: Iterable<Clause>): { kind: string; heading: string; items: Clause[] }[] {
  const kinds = new Map<string, { kind: string; heading: string; items: Clause[] }>();
  for (const c of clauses) {
    const heading = c.path[1] ?? '';
    const kind = INDUSTRY_HEADING.exec(heading)?.[1];
    if (!kind) continue;
    const entry = kinds.get(kind) ?? { kind, heading: heading.replace(/^[（(][一二三四五六七八九十]+[）)]/, ''), items: [] };
    entry.items.push(c);
    kinds.set(kind, entry);
  }
  return [...kinds.values()];
}

/** The statement for one clause: its own name (the first sentence, its enumerator cut) when it has one, else its first sentence. */
function statementOf(c: Clause): string {
  return (c.sentences[0] ?? '').replace(ENUMERATOR, '').trim();
}

/** The list answer for the kinds asked, or null when what is asked is not (only) that. */
export function composeIndustriesAsked(question: string, clauses: Iterable<Clause>, otherRegions: readonly string[]): Composition | null {
  const asking = clausesOf(question.toLowerCase()).filter((c) => ASKING_CLAUSE.test(c));
  if (asking.length === 0 || MEMBERSHIP.test(question) || NOT_THIS_PROVINCE.test(question) || otherRegions.some((r) => question.includes(r))) return null;
  const kinds = industryKinds(clauses);
  const asksKind = (c: string) => kinds.filter((k) => new RegExp(`${k.kind}${HOLDS}|${ASKED_BEFORE}${k.kind}`).test(c));
  const all = asking.every((c) => ALL_ASKED.test(c));
  const named = all ? [] : asking.map(asksKind);
  if (!all && named.some((k) => k.length === 0)) return null;
  const chosen = all ? kinds : kinds.filter((k) => named.some((n) => n.includes(k)));
  const items = chosen.flatMap((k) => k.items);
  if (items.length === 0 || items.length > 10) return null;
  // The groups named in the lead by their headings' words, unquoted (重点发展的新兴产业): which numbers of the list each holds (①—⑤为…).
  const said = (k: { kind: string; heading: string }) => `${k.heading.slice(0, -k.kind.length)}的${k.kind}`;
  const circled = (n: number) => String.fromCodePoint(0x2460 + n);
  let at = 0;
  const groups = chosen.map((k) => {
    const span = k.items.length === 1 ? circled(at) : `${circled(at)}—${circled(at + k.items.length - 1)}`;
    at += k.items.length;
    return `${span}为${said(k)}`;
  });
  return {
    lead: items.length === 1 ? null : chosen.length === 1 ? `规划${said(chosen[0]!)}有：` : `规划的发展重点中，${groups.join('，')}：`,
    statements: items.map((c, i) => ({ text: statementOf(c), clauseIndex: i })),
    used: items.map((c) => ({ hit: chosenHit(c), from: 0, to: 0 })),
    notes: [],
  };
}
