/**
 * Which clause of a question asks last, and what it asks of: a bare ask (要啥条件) or a figure only (比例最低能按几个点) is read with
 * the clause before it, and so is an ask that names nothing of its own. The scope gate (scope.ts) decides by it whether another
 * department's affair is what is asked. Pure over the text.
 */
import { ASKING_CLAUSE, clausesOf, SENTENCE_MARKS, spanAt } from './clauses.js';

/** An ask that names nothing of its own (要啥条件, 怎么办, 可以吗): what it asks is said in the clause before it. */
export const BARE_ASK = /^(那|那么)?((要|需要|得)(满足|具备|符合|准备)?(啥|什么|哪些)(条件|要求|手续|材料)|(有|要)(啥|什么)(条件|要求)|(怎么|咋|如何)(办|弄|搞|操作|申请|办理)|(可以|行|能)(吗|不|么)|行不行|能不能行)(呢|啊|呀)?$/;

/** A rumour checked (真的假的, 有这回事吗): it asks of the clause before it — when that clause says what will be done (要把专线费降下来). */
const RUMOUR_ASK = /^(真的假的|是真是假|是不是真的|真的吗|是真的吗|有这回事吗?|有这事吗?|靠谱吗)(呢|啊|呀)?$/;
const WILL_BE_DONE = /要|将|会|打算|准备/;
/** …or says what follows from a step (扫一下政策就推过来了): 就 before the verb and 了, a result said, not a thing done. */
const SAID_TO_FOLLOW = /一[^，。？！,?!]{0,6}就[^，。？！,?!了]{1,5}了$/;
/** …but not what befell a third party (隔壁厂一申请补贴就批下来了): their case told, not a rule — unless only the one who said it (朋友说…). */
const THIRD_PARTY_DID = /(隔壁|邻居|别人|别家|人家|他们|她们|他家|同行|亲戚|同学|朋友|[表堂][哥姐弟妹]|老[王张李刘陈赵黄周吴])(?:(?!说|讲|告诉|听)[^，。？！,?!]){0,8}一[^，。？！,?!]{0,4}就/;

/**
 * Whether `next` asks of the clause `before` it: a bare ask (要啥条件), or a rumour checked after what will be done (…要把专线费降下来
 * 真的假的 — not what a third party got: 说拿了省里的奖励，是不是真的).
 */
export function asksOfTheClauseBefore(before: string, next: string): boolean {
  const ask = next.trim();
  return BARE_ASK.test(ask) || (RUMOUR_ASK.test(ask) && ((WILL_BE_DONE.test(before) && !before.includes('了')) || (SAID_TO_FOLLOW.test(before) && !THIRD_PARTY_DID.test(before))));
}

/** …and an ask of a figure only (比例最低能按几个点, 一个月要交多少钱): how much of what the clause before it asked. */
const FIGURE_ONLY_ASK = /^(那|那么)?(比例|费率|基数|标准|金额|最低|最高|一般|大概|每个月|一个月|每月|每年|一年)*[^，。？！,?!]{0,6}?(多少|几个点|几成|几块|几万|多少钱)(钱)?(呢|啊|呀)?$/;

/**
 * The last clause that asks — a bare ask (毕业了想把户口落到杭州，要啥条件) or a figure only (公积金是不是必须给他们交？比例最低能按几个点)
 * read with the clause before it, which says what it asks.
 */
export function lastAsked(text: string): string[] {
  const clauses = clausesOf(text);
  for (let i = clauses.length - 1; i >= 0; i--) {
    const c = clauses[i]!;
    if (BARE_ASK.test(c.trim()) || FIGURE_ONLY_ASK.test(c.trim())) return i > 0 ? [clauses[i - 1]!, c] : [c];
    if (ASKING_CLAUSE.test(c)) return [c];
  }
  return [];
}

/**
 * …and an ask that names nothing of its own (在宁波要连续交满几个月才能提: a place, a count, verbs) read with the clause before it in
 * its sentence (我想用公积金付首付，…), which names what it asks of. `namesSomething`: whether a clause names a thing.
 */
export function lastAskedNamed(text: string, namesSomething: (clause: string) => boolean): string[] {
  const asked = lastAsked(text);
  if (asked.length !== 1 || namesSomething(asked[0]!)) return asked;
  const at = text.lastIndexOf(asked[0]!);
  const sentence = spanAt(text, at, SENTENCE_MARKS);
  const inSentence = clausesOf(sentence.slice(0, sentence.lastIndexOf(asked[0]!)));
  const previous = inSentence.at(-1);
  // (…through a clause before that names nothing either, 要准备些什么材料，去哪里办 ← 那我想提公积金付首付: one more.)
  const further = inSentence.at(-2);
  if (previous && !namesSomething(previous) && further && namesSomething(further)) return [further, previous, asked[0]!];
  if (previous) return [previous, asked[0]!];
  // …or, alone in its sentence (怎么转？), with the asks before it back to the clause that names what they ask of (他们社保一直在宁波交，
  // 要不要转到衢州？怎么转？): through clauses that ask only, two at most.
  const before = clausesOf(text.slice(0, at));
  const back: string[] = [];
  for (let i = before.length - 1; i >= 0 && back.length < 2; i--) {
    back.unshift(before[i]!);
    if (namesSomething(before[i]!)) return [...back, asked[0]!];
    if (!ASKING_CLAUSE.test(before[i]!)) break;
  }
  return asked;
}
