/**
 * A programme's name as the asker half-remembers it, read as the plan's: one character off in quotes (“浙字标” → 品字标), its
 * characters out of order (云贷量 → 云量贷, 首套台 → 首台套), or a workshop for a factory (未来车间 → 未来工厂). Pure over the
 * text and the words it is given.
 */

/** A name the asker puts in quotes. */
export const QUOTED = /[“"「『]([^”"」』，。？！,?!]{2,12})[”"」』]/g;

/**
 * The lexicon's terms (三 characters or more) a quoted name is one character off (“浙字标” → 品字标, “专精特新小巨头” →
 * 小巨人): the programme the asker means, when exactly one term is that close and the name is not the plan's own.
 */
export function misremembered(text: string, terms: readonly string[], inPlan: (term: string) => boolean): string[] {
  const found: string[] = [];
  for (const [, name] of text.matchAll(QUOTED)) {
    if (inPlan(name!)) continue;
    const close = new Map<string, number>();
    for (const term of terms) {
      if (term.length < 3 || name!.includes(term)) continue;
      for (let at = 0; at + term.length <= name!.length; at++) {
        const window = name!.slice(at, at + term.length);
        if ([...window].filter((ch, i) => ch !== term[i]).length === 1) close.set(term, at);
      }
    }
    // One term, or terms at windows that do not overlap (“专精特兴小巨头” → 专精特新 and 小巨人): each is meant.
    const spans = [...close].map(([term, at]) => [at, at + term.length] as const).sort((a, b) => a[0] - b[0]);
    if (close.size === 1 || (close.size > 1 && spans.every(([from], i) => i === 0 || from >= spans[i - 1]![1]))) found.push(...close.keys());
  }
  return found;
}

/** For each lexicon: its terms of three or four characters by their characters sorted (built once). */
const byLetters = new WeakMap<readonly string[], Map<string, string[]>>();
const sorted = (word: string) => [...word].sort().join('');

/**
 * 云贷量 → 云量贷: a term of three or four characters said with its characters out of order — a window of the text holding a word
 * jieba does not know (贷量), whose characters are exactly those of one lexicon term the plan writes (not 一亩地, people's word), in another order. A window of known words
 * (一家企业: 家企业 is no slip for 企业家) is not read so — except a window of three characters that `cutOf` cuts in two, neither
 * piece whole in the term (首套|台 → 首台套, 金领|蓝 → 金蓝领): a word moved whole is words said in another order (企业|小升规, not
 * 小企业; 企业上市, 共享数据).
 */
export function transposed(text: string, terms: readonly string[], unknown: readonly string[], inPlan: (term: string) => boolean, cutOf?: (window: string) => string[]): [from: string, to: string][] {
  const odd = unknown.filter((u) => u.length >= 2 && /^[\u4e00-\u9fff]+$/.test(u));
  if (odd.length === 0 && !cutOf) return [];
  let index = byLetters.get(terms);
  if (!index) {
    index = new Map();
    for (const term of terms) if (/^[\u4e00-\u9fff]{3,4}$/.test(term)) index.set(sorted(term), [...(index.get(sorted(term)) ?? []), term]);
    byLetters.set(terms, index);
  }
  const found = new Map<string, string>();
  for (const word of odd) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      for (const size of [3, 4]) {
        for (let from = Math.max(0, at + word.length - size); from <= at && from + size <= text.length; from++) {
          const window = text.slice(from, from + size);
          const match = index.get(sorted(window))?.filter(inPlan);
          if (match?.length === 1 && match[0] !== window) found.set(window, match[0]!);
        }
      }
    }
  }
  if (cutOf) {
    // (…nor a window cutting across a word of the plan the text writes: 产业园|工人 holds 业园工, no slip for 工业园. The text is cut for
    // this only when a window's characters are a term's: most questions have none.)
    let spans: [number, number][] | null = null;
    const planWordSpans = (): [number, number][] => {
      const made: [number, number][] = [];
      for (let at = 0, i = 0, words = cutOf(text); i < words.length; i++) {
        const found = text.indexOf(words[i]!, at);
        if (found < 0) continue;
        if (inPlan(words[i]!)) made.push([found, found + words[i]!.length]);
        at = found + words[i]!.length;
      }
      return made;
    };
    const across = (edge: number) => (spans ??= planWordSpans()).some(([a, b]) => a < edge && edge < b);
    for (let from = 0; from + 3 <= text.length; from++) {
      const window = text.slice(from, from + 3);
      if (found.has(window) || !/^[\u4e00-\u9fff]{3}$/.test(window)) continue;
      const match = index.get(sorted(window))?.filter(inPlan);
      if (match?.length !== 1 || match[0] === window || text.includes(match[0]!) || across(from) || across(from + 3)) continue;
      const pieces = cutOf(window);
      if (pieces.length === 2 && pieces.every((piece) => piece.length < 2 || !match[0]!.includes(piece))) found.set(window, match[0]!);
    }
  }
  return [...found];
}

/** A name said with 车间 for the plan's 工厂 (the plan writes 智能工厂（数字化车间）): the programme before it, two to four characters. */
const WORKSHOP = /([\u4e00-\u9fff]{2,4}?)车间/g;

/**
 * 未来车间 → 未来工厂: a name the plan writes with 工厂 said with 车间 — not one it writes with 车间 itself (数字化车间), nor a
 * workshop of the asker's (我们车间, 生产车间: no such factory in the plan). The shortest lead-in the plan writes before 工厂 wins.
 */
export function workshopForFactory(text: string, inPlanText: (phrase: string) => boolean): [from: string, to: string][] {
  const found: [string, string][] = [];
  for (const m of text.matchAll(WORKSHOP)) {
    const before = m[1]!;
    for (let length = 2; length <= before.length; length++) {
      const lead = before.slice(before.length - length);
      if (inPlanText(`${lead}车间`)) break;
      if (inPlanText(`${lead}工厂`)) { found.push([`${lead}车间`, `${lead}工厂`]); break; }
    }
  }
  return found;
}

/**
 * Words an owner says for a word of a programme's name (明日工厂 for 未来工厂, 小巨头 for 小巨人, 隐身冠军 for 隐形冠军): general Chinese
 * near-synonyms of the pieces the plan's programme names are made of, written from those names (未来, 巨人, 隐形, 单项, 雄鹰, 雏鹰,
 * 领军, 智能), not from questions.
 */
const NAME_PIECES: readonly (readonly [said: string, plan: string])[] = [
  ['明日', '未来'], ['明天', '未来'], ['将来', '未来'], ['巨头', '巨人'], ['隐身', '隐形'], ['单打', '单项'], ['单品', '单项'],
  ['老鹰', '雄鹰'], ['小鹰', '雏鹰'], ['领头', '领军'], ['智慧', '智能'],
  // (…and the plan's rarer word heard as the common one beside it: 数字券 for 数据券, 首版本 for 首版次 — after blind batch 300.)
  ['数字', '数据'], ['版本', '版次'],
];
/** A name said as one: in quotes, or after a word that names or rates (评个, 申报, 叫什么, 称号) within a few characters. */
const NAME_CONTEXT = /(评|申报|申请|报|叫|称号|搞个|弄个|什么|啥)[^，。？！,?!\s]{0,3}$/;

/**
 * 明日工厂 → 未来工厂: a name the plan writes said with one piece in everyday words — only where the name the plan writes results and
 * the name as said is not the plan's, and said as a name (quoted, or after 评, 申报, 叫…): 明天工厂要停电 names no programme. `cutOf`,
 * when given, cuts the text in words: the name as said must end where one of them does.
 */
export function nearNames(text: string, inPlanText: (phrase: string) => boolean, cutOf?: (text: string) => string[]): [from: string, to: string][] {
  const found: [string, string][] = [];
  // (…ending where a word of the text ends: 数字中|国, 数字中|台 read as the plan's 数据中 — a piece of 数据中心 — name nothing the plan writes.)
  let ends: Set<number> | null = null;
  const wordEnds = (): Set<number> => {
    const made = new Set<number>();
    for (let at = 0, words = cutOf!(text), i = 0; i < words.length; i++) {
      const index = text.indexOf(words[i]!, at);
      if (index < 0) continue;
      at = index + words[i]!.length;
      made.add(at);
    }
    return made;
  };
  for (const [said, plan] of NAME_PIECES) {
    for (let at = text.indexOf(said); at >= 0; at = text.indexOf(said, at + 1)) {
      let hit: [string, string] | null = null;
      // (The longest name the plan writes: 明日工厂 → 未来工厂, not 明日工 → 未来工.)
      for (let lead = 3; lead >= 0 && !hit; lead--) {
        for (let tail = 3; tail >= 0 && !hit; tail--) {
          if (lead + tail === 0 || at - lead < 0 || at + said.length + tail > text.length) continue;
          const before = text.slice(at - lead, at), after = text.slice(at + said.length, at + said.length + tail);
          if (!/^[\u4e00-\u9fff]*$/.test(before + after)) continue;
          const name = before + said + after, meant = before + plan + after;
          if (inPlanText(meant) && !inPlanText(name)) hit = [name, meant];
        }
      }
      if (!hit) continue;
      const start = text.indexOf(hit[0], Math.max(0, at - 3));
      const quoted = /[“"「『]$/.test(text.slice(0, start)) || /^[”"」』]/.test(text.slice(start + hit[0].length));
      if (cutOf && !(ends ??= wordEnds()).has(start + hit[0].length)) continue;
      if (quoted || NAME_CONTEXT.test(text.slice(Math.max(0, start - 6), start).replace(/[“"「『]$/, ''))) found.push(hit);
    }
  }
  return found;
}
