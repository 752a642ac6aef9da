/** A question cut into its clauses, and which of them ask: the rest tell the asker's story. Pure over the text. */

/**
 * A clause of a question that asks (…有没有保险或者奖励？, 是不是要搞什么基地): the others tell the asker's story. 十几, 好几 and 几十
 * before a measure word are several, a count told (十几台织机要搬进小微园, 被停电好几回), not asked, and so is 几 after a thing done (买了几台, 招了几个
 * 老师傅, 接了几个单) — 几百, 几千, 几十万 and 十几万
 * still ask, unless a measure word of things counted follows (一天几百单, 几千件: told) or 这/那 points at words (这几个词, 这几句: told). 何 asks in 如何, 为何, 有何 — not as a family
 * name (何家村, 何宅里) nor in 任何; 有没 alone asks as 有没有 does (规划里有没专门讲…), and so does 有…没 closing the clause (有补贴没, 有政策没有;
 * not 还没, 都没: 有的厂还没 tells); so does 不 closing a clause with a modal or verb that asks it (能拿补贴不, 可以贷款不, 是真的不),
 * and 伐 or 么 closing it (有补贴伐, 能贷款么: 吗 in Wu speech and in slips) — not 有的…有的不, which tells some do and some do not
 * (工人社保有的交有的不).
 */
/** 啥 or 什么 after a verb of building, right before a quoted name (规划讲要培育啥“高市值上市企业”): “some”, not a question. */
export const WHAT_BEFORE_NAME = /(?<=(?:培育|发展|建设|建|搞|打造|推进|实施|弄|做)(?:个|一批|一些|些)?)(?:啥|什么)(?=["'“‘「『])/g;
export const ASKING_CLAUSE = /[?？吗呢]|什么|啥|(?<![任])何(?![宅家村庄姓氏先生女士老师])|怎么|咋|如何|哪|多少|(?<![没不了])多长|(?<![没不了])多久|(?<![十好])(?<![这那](?=几个?[词字句]))(?<!(?:上|买|搞|添|换|装|购|进|招|雇|聘|请|收|接)了)几(?!十[台家个回次年亩天人条只套件位趟遍种]|[百千][单件台家个回次人条只套位趟遍种吨箱])|找谁|[十好]几(?![台家个回次年亩天人条只套件位趟遍种])|有没有?|能不能|可不可以|是不是|会不会|算不算|要不要|管不管|给不给|行不行|([\u4e00-\u9fff])[不没]\1|([\u4e00-\u9fff]{2})[不没]\2|有(说|提|讲|写|规定|明确)[^，。？！,?!]{0,16}?没有?$|有[^，。？！,?!]{1,10}?(?<![还都也并从就])没有?$|(?:能|可以|会|要|是|有|算|行|肯|让|给)[^，。？！,?!]{1,12}?(?<!有的)不$|[伐么]$/;
/** A clause that supposes (要是…, 万一…, 如果…): what may happen, not what has. */
export const SUPPOSES = /^(那|那么|但|可|可是|不过)?(要是|如果|万一|假如|假设|若是|一旦|倘若)/;
/** A question's clauses, split on punctuation and line breaks (a space typed between clauses is a comma by now: foldQuery). */
export const clausesOf = (text: string) => text.split(/[，,。；;！!？?\n]+/).filter((c) => c.trim().length > 0);
/**
 * The span of `text` around the character at `at`, between the marks before and after it: a clause (the default marks) or a sentence
 * (`SENTENCE_MARKS`); with the mark that closes it, `withMark` (有人管？ asks).
 */
export function spanAt(text: string, at: number, marks = '，,。；;！!？?\n', withMark = false): string {
  const from = Math.max(...[...marks].map((mark) => text.lastIndexOf(mark, at - 1))) + 1;
  let to = at;
  while (to < text.length && !marks.includes(text[to]!)) to++;
  return text.slice(from, to < text.length && withMark ? to + 1 : to);
}
export const SENTENCE_MARKS = '。！!？?\n';
/** The words that open a side question after the question (顺便问下，…; 还有…; 另外…): scope.ts sets its affair aside, gaps.ts names no department from it. */
export const SIDE_OPENERS = '顺便|顺带|还有|另外|此外|再问|还想问|另问|对了|再就是|再一个|再有就是|然后(?:想|再)?问|然后就是|最后(?:想|再)?问|最后一个问题|补充(?:问|一下|一句|一个)|另一个(?:问题|事)';
/** A span the asker puts in quotes (“…”, "…", 「…」, 『…』), two to thirty characters. */
export const QUOTED_SPAN = /[“"「『]([^”"」』]{2,30})[”"」』]/g;
/**
 * Each clause that asks, with the clause before it in its sentence when that one only tells (听说有种券可以抵，检测认证能用吗 → 检测认证能用吗:
 * 听说有种券可以抵): what the asker tells, then asks of it. The first sentence holding a clause decides.
 */
export function toldBeforeAsks(text: string): Map<string, string> {
  const told = new Map<string, string>();
  for (const sentence of text.split(/[。；;！!？?\n]+/)) {
    clausesOf(sentence).forEach((c, i, all) => {
      if (i > 0 && !told.has(c) && ASKING_CLAUSE.test(c) && !ASKING_CLAUSE.test(all[i - 1]!)) told.set(c, all[i - 1]!);
    });
  }
  return told;
}
