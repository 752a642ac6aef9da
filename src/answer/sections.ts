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
const HOLDS = '[”"」』]?(?:都|主要|具体|分别|一共|总共)?(?:有|包括|包含|是|指|指的是|是指|说的是|分为|涵盖|列了|列出了?)(?:了)?(?:哪些|哪几|什么|啥|哪|几|多少)[个类种项块大]?(?:产业|行业|领域|方向)?(?:呢|啊|呀|嘞|了|哈|嘛)?$';
/** …or the kind asked of the plan, before its name (哪些是新兴产业, 规划里的优势产业是哪些 is the first). */
const ASKED_BEFORE = '(?:哪些|哪几[个类种])(?:产业|行业)?(?:是|属于|算)(?:规划[里中]?的?)?';

/** The industries the plan develops, all of them asked (重点发展哪些产业, 重点产业有哪些, 主要搞哪些行业, 哪些产业是重点发展的). */
const WHICH = '(?:哪些|哪几[个类种块大]?|什么|啥)', END = '(?:呢|啊|呀|嘞|了|哈|嘛)?$';
const ALL_ASKED = new RegExp([
  `(?:重点|主要|优先|着力|大力)(?:要)?(?:发展|培育|扶持|支持|搞|抓|布局)的?(?:是)?${WHICH}(?:产业|行业|领域)${END}`,
  `(?:重点|支柱|主导|主要|核心)(?:产业|行业)(?:都|主要|具体|分别|一共)?(?:有|包括|包含|是)${WHICH}${END}`,
  `(?:哪些|哪几[个类种])(?:产业|行业)(?:是|属于|算)(?:规划[里中]?的?)?(?:重点|主要|优先)(?:发展|培育|扶持|支持)的?${END}`,
  // (…重点发展的产业有哪些, 优先发展的行业是哪些, 发展重点是哪些产业; 有哪些重点产业, 规划里提了哪些重点产业; 一共列了几个重点产业, 重点产业有几个.)
  `(?:重点|主要|优先|着力|大力)(?:要)?(?:发展|培育|扶持|支持|搞|布局)的?(?:产业|行业|领域)(?:都|主要|具体|分别|一共)?(?:有|包括|包含|是)${WHICH}${END}`,
  `发展重点(?:都|主要|具体|分别)?(?:有|包括|是)${WHICH}(?:产业|行业)?${END}`,
  `(?:有|提了|提到了?|列了|列出了?|写了|定了)${WHICH}(?:重点|支柱|主导|核心)(?:发展的)?(?:产业|行业)${END}`,
  `(?:列了|提了|有|定了)(?:几个|多少个|几大)(?:重点|支柱|主导)(?:发展的)?(?:产业|行业)${END}|(?:重点|支柱|主导)(?:产业|行业)(?:一共|总共)?有?(?:几个|多少个|几大类?)${END}`,
].join('|'));
/**
 * …asked of the plan or the province alone: what comes before the ask in its clause says whose focus it is, and only the plan's or the
 * province's words may stand there (浙江十四五要…, 省里…, 规划提到的…) — not a subject of its own, whose own clause answers: 新材料产业重点发展哪些领域,
 * 山区26县…, 省产业基金重点支持哪些领域, 首台套重点支持什么领域, 宁波重点发展哪些产业.
 */
const PLAN_OR_PROVINCE = /(?:咱们?|我们|俺们)?浙江省?|一共|总共|全省|我省|本省|咱们?省|省里面?|省里头|省政府|政府|“?十四五”?(?:期间|时期)?|未来五年|今后五年|今后|接下来|这几年|现在|目前|规划|这个|这份|本|里面|里头|里|中|上|提到|提出|提了|说|写|列|这边|全球先进制造业基地建设|先进制造业基地|制造业|请问|问一下|问下|想问|我想知道|那么|那|你好|您好|[的了要将会都在是哪些也还又就]/g;
/** (…nor the verbs and modifiers of a kind asked after them, 重点发展哪些新兴产业, 战略性新兴产业有哪些; a heading before a colon, 课后作业：…, is no subject.) */
const KIND_VERBS = /重点|主要|优先|着力|大力|谋划|巩固|升级|发展|培育|布局|扶持|支持|搞|有|包括|战略性/g;
const aloneBefore = (c: string, at: number, verbs = false) => { const before = c.slice(0, at).replace(/^.*[：:]/, '').replace(PLAN_OR_PROVINCE, ''); return (verbs ? before.replace(KIND_VERBS, '') : before).replace(/[\s“”"、]/g, '') === ''; };
const ofThePlanAlone = (c: string) => { const m = ALL_ASKED.exec(c); return m !== null && aloneBefore(c, m.index); };

/**
 * The asker's own trade asked of the list (我们算不算, 有没有我们做的, 我们做汽配的有没有份) or their own county's (我们县…): membership, answered from the
 * trade's own clause — not a firm that tells no trade (我们厂从江苏搬到嘉兴了, 老师让我们查…); or the country's or another place's industries (国家重点发展哪些产业,
 * 江苏…), not this plan's.
 */
const MEMBERSHIP = /算不算|属不属于|属于|有没有我们|包不包括|在不在|有没有份|有份吗|(?:我们|咱们|俺们|我家|我)(?:这边|这里|那边)?(?:县|村|镇|乡|区|市|园区|开发区)|(?:我们|咱们|俺们|我家|我)[^，。？！,?!]{0,8}?(?:做|搞|生产|加工|制造|开)/;
const NOT_THIS_PROVINCE = /国家|全国|中央|国外|外国|外省|别的省|其他省/;

type Kind = { kind: string; heading: string; items: Clause[]; held: RegExp };
/** The kinds, their items and the pattern asking each, worked out once per clause table (not once per question). */
const kindsOf = new WeakMap<ReadonlyMap<string, Clause>, { kinds: Kind[]; joined: RegExp | null }>();
function industryKinds(clauses: ReadonlyMap<string, Clause>): { kinds: Kind[]; joined: RegExp | null } {
  const known = kindsOf.get(clauses);
  if (known) return known;
  const byKind = new Map<string, Kind>();
  for (const c of clauses.values()) {
    const heading = c.path[1] ?? '';
    const kind = INDUSTRY_HEADING.exec(heading)?.[1];
    if (!kind) continue;
    const entry = byKind.get(kind) ?? { kind, heading: heading.replace(/^[（(][一二三四五六七八九十]+[）)]/, ''), items: [], held: new RegExp(`${kind}${HOLDS}|${ASKED_BEFORE}${kind}|${WHICH}${kind}${END}`) };
    entry.items.push(c);
    byKind.set(kind, entry);
  }
  const kinds = [...byKind.values()], alt = kinds.map((k) => k.kind).join('|');
  // (…kinds asked together, 新兴产业和优势产业分别是哪些: each of them.)
  const read = { kinds, joined: alt ? new RegExp(`(?:${alt})(?:(?:和|与|、|及|以及|跟|还有)[\\u4e00-\\u9fff]{0,6}?(?:${alt}))+${HOLDS}`) : null };
  kindsOf.set(clauses, read);
  return read;
}

/** The statement for one clause: its own name (the first sentence, its enumerator cut) when it has one, else its first sentence. */
function statementOf(c: Clause): string {
  return (c.sentences[0] ?? '').replace(ENUMERATOR, '').trim();
}

/** A follow-up that names a kind alone (那优势产业呢, 未来产业呢): asked as the last question asked its list — or this province alone after another place's list (江苏… → 那浙江呢). */
const KIND_ALONE = /^(?:那|那么)?(?:规划[里中]?的?)?([\u4e00-\u9fff]{2}产业)(?:呢|嘞|咧|捏)$/;
/** …or one item of that list pointed at by its number, asked nothing else of (第四个具体说说, 那第三个是啥): the item's whole clause. */
const ORDINAL = /^(?:那|那么)?第([一二三四五六七八九十]|10|[1-9])(?:个|项|种)(?:产业|行业)?(?:呢|具体说说|具体讲讲|展开说说|详细说说|详细讲讲|说说|讲讲|是啥|是什么|具体是啥|具体是什么|包括啥|包括哪些|具体包括哪些|讲的啥|说的啥|啥意思|什么意思)?$/;
const PROVINCE_ALONE = /^(?:那|那么)?(?:咱们?|我们|俺们)?浙江省?(?:这边|呢这边)?(?:呢|嘞|咧|捏)$/;

/**
 * The list answer for the kinds asked, or null when what is asked is not (only) that. `previous`: a follow-up's last question — a kind
 * named alone after a list of the kinds was asked (新兴产业包括哪些 → 那优势产业呢) is asked the same way.
 */
export function composeIndustriesAsked(question: string, clauses: ReadonlyMap<string, Clause>, otherRegions: readonly string[], previous: string | null = null): Composition | null {
  // (Every way of asking names an industry, a trade or the plan's 发展重点 — but a follow-up's number or province alone.)
  if (previous === null && !/产业|行业|领域|发展重点/.test(question)) return null;
  const bare = question.trim().replace(/[？?。！!\s]+$/, ''), alone = KIND_ALONE.exec(bare)?.[1];
  if (alone && previous && composeIndustriesAsked(previous, clauses, otherRegions)) return composeIndustriesAsked(`${alone}有哪些`, clauses, otherRegions);
  const nth = previous ? ORDINAL.exec(bare)?.[1] : undefined;
  const item = nth ? composeIndustriesAsked(previous!, clauses, otherRegions)?.used[(/\d/.test(nth) ? Number(nth) : '一二三四五六七八九十'.indexOf(nth) + 1) - 1] : undefined;
  if (item) {
    const clause = item.hit.clause;
    return { lead: null, statements: [{ text: clause.text.trim().replace(ENUMERATOR, ''), clauseIndex: 0 }], used: [{ ...item, from: 0, to: clause.sentences.length - 1 }], notes: [] };
  }
  if (previous && PROVINCE_ALONE.test(bare)) return composeIndustriesAsked(otherRegions.reduce((t, r) => t.replaceAll(r, '浙江'), previous), clauses, otherRegions);
  const asking = clausesOf(question.toLowerCase()).filter((c) => ASKING_CLAUSE.test(c));
  // (Another place told before the ask, 我们厂从江苏搬到嘉兴了，浙江这边…, is the asker's story: only a place in what is asked makes it that place's.)
  if (asking.length === 0 || MEMBERSHIP.test(question) || asking.some((c) => NOT_THIS_PROVINCE.test(c) || otherRegions.some((r) => c.includes(r)))) return null;
  const { kinds, joined } = industryKinds(clauses);
  const found = (c: string, re: RegExp | null) => { const m = re?.exec(c) ?? null; return m === null ? null : { m, alone: aloneBefore(c, m.index, true) }; };
  const asksKind = (c: string) => kinds.filter((k) => {
    const held = found(c, k.held), together = found(c, joined);
    return (held?.alone ?? false) || (together !== null && together.alone && together.m[0].includes(k.kind));
  });
  const all = asking.every(ofThePlanAlone);
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
