/**
 * The plan's labelled items (1.双核：杭州、宁波两大核心引领极。 2.一带：… 3.一廊：…) asked by their labels, by their names, by the name
 * their labels make together (双核一带一廊) or by a place one of them holds. Pure over the question and the clauses.
 */
import { ASKING_CLAUSE, clausesOf } from '../retrieval/clauses.js';
import { LAYOUT_PIECE } from '../retrieval/follow-up.js';
import type { Clause } from '../types.js';
import { JOINED_ASK } from './intent.js';

/** An item's own enumerator ("1.双核：…"): the plan's numbering, not part of what it says. */
export const ENUMERATOR = /^\s*\d{1,2}[.．、]\s*/;

/** An item's label and the name it gives (3.一廊：金衢丽绿色经济走廊。 → 一廊, 金衢丽绿色经济走廊). */
const labelOf = (c: Clause) => /^([^：，。]{2,8})：([^。]{2,20})。/.exec((c.sentences[0] ?? '').replace(ENUMERATOR, ''));
/** The items that open on a label (1.双核：…), grouped under their clause (2.4.1–2.4.3 under 2.4), in the plan's order: worked out once per index. */
export function labelledGroups(clauses: Iterable<Clause>): Clause[][] {
  const groups = new Map<string, Clause[]>();
  for (const c of clauses) {
    if (c.kind !== 'item' || !labelOf(c)) continue;
    const parent = c.id.slice(0, c.id.lastIndexOf('.'));
    groups.set(parent, [...(groups.get(parent) ?? []), c]);
  }
  return [...groups.values()];
}

/** What a name is made of, asked after it (具体指哪几块, 指的是啥, 包括哪些, 分别是什么) — not whether it holds a place (包括温州吗). */
const WHAT_IT_HOLDS = /^[^。？！?!]{0,10}?(指(的是)?(哪|啥|什么)|是(哪几|哪些|啥|什么)|(包括|包含)(哪|啥|什么)|分别|哪几|由哪)/;

/**
 * A name made of the labels of a clause's items, in order (双核一带一廊: 1.双核：… 2.一带：… 3.一廊：…), asked what it holds (“双核一带一廊”
 * 具体指哪几块): every item it is made of, in the plan's order — or none. (One label at the end of the name, 一廊, is not the part asked.)
 */
export function itemsNamedTogether(question: string, groups: readonly Clause[][]): Clause[] {
  for (const items of groups) {
    if (items.length < 2) continue;
    const whole = items.map((c) => labelOf(c)![1]).join('');
    const at = question.indexOf(whole);
    if (at < 0) continue;
    const after = question.slice(at + whole.length).replace(/^[”"」』]/, '');
    // (“双核一带一廊”中“一廊”的原文: one part named after the whole is the part asked.)
    if (WHAT_IT_HOLDS.test(after) && !items.some((c) => after.includes(labelOf(c)![1]!))) return items;
  }
  return [];
}

/** A label said as the layout's (“一带”是指…) — not inside another name (一带一路) nor as an area (这一带, 那一带). */
function saysLabel(text: string, label: string): boolean {
  for (let at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + 1)) {
    if (!/[这那]$/.test(text.slice(0, at)) && !text.startsWith('一路', at + label.length)) return true;
  }
  return false;
}

/** Where within a layout a place is asked (我们温州算哪块, 属于哪一片, 在不在里面). */
const PLACE_WITHIN = /算(在)?哪一?(块|片|个|部分|类)|属于哪|在哪一?(块|片)|在不在(里面|里头|其中)/;

/**
 * A place asked where it sits among the items of a layout the question or the last one names (那温州呢？我们温州算哪块 after “双核”是指
 * 哪两个地方): the one item whose text names the place (or its city) — or null.
 */
export function itemHoldingPlace(question: string, named: string, places: readonly string[], groups: readonly Clause[][], cities: ReadonlySet<string> = new Set()): Clause | null {
  // (那温州呢 after a question naming the layout or its item puts the place where the last one was: where it sits is asked too.)
  const opener = PLACE_PUT.exec(question);
  const putInPlace = opener !== null && places.some((p) => opener[2]!.includes(p));
  const within = PLACE_WITHIN.test(question);
  // (Where within asked as a piece of the layout, 算哪一块, 属于哪一片 — not 属于哪个集群, 算哪一类, which ask of other lists.)
  const inLayout = LAYOUT_PIECE.test(question);
  if ((!within && !putInPlace) || places.length === 0) return null;
  // (The places said in the clause that asks where, when it says any: 丽水在全省制造业布局里算哪一块？老听人说杭州宁波 asks of 丽水 — not
  // those it compares with: 跟杭州宁波比我们算哪一块.)
  const compared = [...question.matchAll(COMPARED)].map((m) => m[0]);
  const own = places.filter((p) => !compared.some((span) => span.includes(p)));
  const base = own.length > 0 ? own : places;
  const asking = (clausesOf(question).find((c) => PLACE_WITHIN.test(c)) ?? opener?.[2] ?? '').replace(COMPARED, '');
  const asked = base.some((p) => asking.includes(p)) ? base.filter((p) => asking.includes(p)) : base;
  for (const items of groups) {
    // A label said (双核, 一带) names the layout; so does its heading's word said of the province (全省制造业布局), and the last question's
    // places asked for their position (规划里杭州宁波是啥定位) — these two only with a piece of the layout asked (算哪一块): 未来产业布局,
    // 杭州有哪些科创走廊 name other things, and 那温州呢 after 杭州有什么数字经济政策 asks that.
    const labelSaid = items.some((c) => saysLabel(named, labelOf(c)![1]!));
    const layoutSaid = namesLayout(named, items[0]!);
    const previous = named.replace(question, '');
    // (…or, put in their place, 那我们温州呢 after 杭州、宁波在这个规划里是什么定位: where the new place sits is asked the same way.)
    if (items.length < 2 || !(labelSaid || (layoutSaid && (inLayout || putInPlace)) || ((inLayout || putInPlace) && POSITION_ASKED.test(previous) && placesOfAnItem(named, question, items, cities)))) continue;
    const holding = items.filter((c) => asked.some((p) => c.text.includes(p)));
    if (holding.length === 1) return holding[0]!;
  }
  return null;
}

/** The last question asked for places' position (定位, 地位, 布局). */
const POSITION_ASKED = /定位|地位|布局|哪一?块|哪一?片|角色|位置/;

/** A follow-up opening on a place put in the last one's place (那温州呢, 那么台州呢). */
const PLACE_PUT = /^(那|那么)([^，,。？?！!]{1,10})呢/;

/** What a place is compared with (跟杭州宁波比, 和宁波比起来). */
const COMPARED = /(跟|和|与|同)[^，。？！,?!]{1,10}?比(?!较)(起来)?/g;

/**
 * Whether a question asks only where within (温州在规划里算哪块, opened by 那我们温州呢): each clause that asks is that one or a bare opener —
 * not 是怎么定位的, 有没有往我们这边倾斜 beside it, which other clauses answer.
 */
export function asksOnlyWhereWithin(question: string, previous = ''): boolean {
  const asking = clausesOf(question).filter((c) => ASKING_CLAUSE.test(c));
  // (那绍兴呢 alone, with the asker's trade told after it, asks where and what of it: the trade's clause may follow — unless the last
  // question asked places' position, 杭州、宁波在这个规划里是什么定位: then 那我们温州呢 asks only that, whatever trade is told after it.)
  // (A short opener only, eight characters at most after 那: follow-up.ts's BARE_OPENER reaches ten, 那我舅舅在舟山开的厂呢.)
  const opener = (c: string) => /^(那|那么)?[^，,]{0,8}呢$/.test(c.trim());
  const within = (c: string) => PLACE_WITHIN.test(c) || (POSITION_ASKED.test(previous) && opener(c));
  return asking.some(within) && asking.every((c) => within(c) || opener(c));
}

/** The items' layout said by the head word of their heading, of the province (布局 of 空间布局: 丽水在全省制造业布局里算哪一块). */
function namesLayout(text: string, item: Clause): boolean {
  const heading = (item.path.at(-1) ?? '').replace(/^[（(][一二三四五六七八九十]+[）)]/, '');
  // (…said of the province as a whole — 全省制造业布局, 省里的大布局 — not 未来产业布局, 数据中心集约化布局.)
  return heading.length >= 4 && new RegExp(`(全省|省里|浙江|空间|总体|整体|大)[^，。？！,?!]{0,6}${heading.slice(-2)}`).test(text);
}

/** The last question's places, all held by one item (规划里杭州宁波是啥定位 → 1.双核：杭州、宁波…): that layout was asked about. */
function placesOfAnItem(named: string, question: string, items: readonly Clause[], cities: ReadonlySet<string>): boolean {
  const before = [...cities].filter((p) => named.includes(p) && !question.includes(p));
  return before.length > 0 && items.some((c) => before.every((p) => c.text.includes(p)));
}

/** A name said as an area: 这一片, 那边, 一带, 片区. */
const AREA_AFTER = /^(这|那)?(一)?(片|带|边|块|区域|片区|地区)/;

/**
 * A part of the plan named in quotation marks by its label (“双核一带一廊”中“一廊”的原文表述): the clause whose opening line gives that
 * label (3.一廊：金衢丽绿色经济走廊。) — or null when none or several do.
 */
export function labelledClause(question: string, clauses: Iterable<Clause>): Clause | null {
  const quoted = [...question.matchAll(/[“"「『]([^”"」』]{2,12})[”"」』]/g)].map((m) => m[1]!);
  // The label closes the quoted span: the text read joins two quoted spans told apart by one character (“双核一带一廊”中“一廊” is read
  // “双核一带一廊中一廊”).
  if (quoted.length === 0) return null;
  const labelled = [...clauses].filter((c) => c.kind === 'item' && quoted.some((q) => { const label = labelOf(c)?.[1]; return label !== undefined && q.endsWith(label); }));
  return labelled.length === 1 ? labelled[0]! : null;
}

/**
 * A part of the plan named by the name its label gives it, quoted or not (我们金衢丽这一片…, 环湾区那边: 3.一廊：金衢丽绿色经济走廊。):
 * the name's first three characters or more, said as an area and held by no other clause of the plan — or null when none or several are.
 */
export function namedPart(question: string, clauses: Iterable<Clause>): Clause | null {
  const all = [...clauses];
  const asking = clausesOf(question).filter((c) => ASKING_CLAUSE.test(c));
  const named = all.filter((c) => {
    const name = c.kind === 'item' ? labelOf(c)?.[2] : undefined;
    if (!name) return false;
    // The name's opening words (金衢丽 of 金衢丽绿色经济走廊, 环湾区 of 环湾区沿海产业带), said as an area (这一片, 那边, 一带).
    // …in a clause that asks (厂在金衢丽这边，… says where the asker is).
    for (let to = 3; to <= name.length; to++) {
      const piece = name.slice(0, to);
      const asked = asking.some((clause) => clause.split(piece).slice(1).some((after) => AREA_AFTER.test(after)));
      if (asked && all.every((other) => other.id === c.id || !other.text.includes(piece))) return true;
    }
    return false;
  });
  return named.length === 1 ? named[0]! : null;
}

/** Where within a whole a part asks (嘉兴算在哪一块里, 属于哪一片, 包不包括温州). */
const WHERE_WITHIN = /哪一?(块|片|个|部分)|属于|算不算|算在|在不在|包不包括/;

/** Where a question's parts end: a question mark, or a part joined by 还有, 另外, 以及 (intent.ts `JOINED_ASK`). */
const QUESTION_PARTS = new RegExp(`[？?]|${JOINED_ASK.source}`);

/**
 * Whether a question that asks what a name is made of asks nothing else: each of its other parts (…？嘉兴算在哪一块里) asks where within
 * it — not another topic (…？另外山区26县有什么扶持), which keeps its own clause.
 */
export function onlyOfTheItems(question: string): boolean {
  const parts = question.split(QUESTION_PARTS).filter((part) => part.trim().length > 0);
  return parts.length <= 1 || parts.slice(1).every((part) => WHERE_WITHIN.test(part));
}
