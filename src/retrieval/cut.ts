/**
 * Reading jieba's cut against the text: where each word sits, whether a phrase is cut across two words, and a domain
 * word the cut split (芯|片断) read whole.
 */
import { outsideDictionary, type Tokenizer } from '../ingest/tokenizer.js';

// The lexicon's domain words, lowercased, by their first character, once per tokenizer: a question is scanned once.
const domainWords = new WeakMap<Tokenizer, Map<string, string[]>>();

function domainWordsByFirst(tokenizer: Tokenizer): Map<string, string[]> {
  let byFirst = domainWords.get(tokenizer);
  if (!byFirst) {
    byFirst = new Map();
    for (const w of tokenizer.lexicon.words) {
      const word = w.toLowerCase();
      if (word.length < 2) continue;
      byFirst.set(word[0]!, [...(byFirst.get(word[0]!) ?? []), word]);
    }
    domainWords.set(tokenizer, byFirst);
  }
  return byFirst;
}

/** One of the lexicon's domain words (数字化工厂, 亩均税收), as the cut gives it. */
export function isDomainWord(word: string, tokenizer: Tokenizer): boolean {
  return domainWordsByFirst(tokenizer).get(word[0] ?? '')?.includes(word) ?? false;
}

function domainWordsIn(lower: string, tokenizer: Tokenizer): string[] {
  const byFirst = domainWordsByFirst(tokenizer);
  const found = new Set<string>();
  for (let i = 0; i < lower.length; i++) for (const word of byFirst.get(lower[i]!) ?? []) if (lower.startsWith(word, i)) found.add(word);
  return [...found];
}

/**
 * A domain word of the lexicon that jieba's cut split across two words (进口芯片断了 → 芯|片断: its dictionary prefers
 * 片断) is what was written: it becomes a term, in place of the pieces it straddles — unless a word it cuts across is
 * the plan's own (浙江|制造业 holds 浙江制造, but 制造业 is what was written).
 */
export function withDomainTermsRepaired(lower: string, terms: string[], spansOfText: () => [number, number][], inPlan: (term: string) => boolean, tokenizer: Tokenizer): string[] {
  let repaired = terms;
  const domain = domainWordsIn(lower, tokenizer);
  for (const word of domain) {
    if (repaired.some((t) => t.includes(word))) continue;
    const spans = spansOfText();
    const at = lower.indexOf(word);
    const end = at + word.length;
    const overlapping = spans.filter(([from, to]) => from < end && to > at);
    // Over two words or more, with an edge inside one of them (芯|片断, not 数字|化 read whole elsewhere) — not one the table knows too
    // (烧|煤锅炉: 烧煤 would take 锅炉 with it).
    const cutAcross = overlapping.filter(([from, to]) => (from < at && at < to) || (from < end && end < to));
    if (overlapping.length < 2 || cutAcross.length === 0 || cutAcross.some(([from, to]) => inPlan(lower.slice(from, to)) || domain.includes(lower.slice(from, to))) || closesWordBefore(lower, word, spans)) continue;
    const pieces = overlapping.map(([from, to]) => lower.slice(from, to));
    const first = repaired.findIndex((t) => pieces.includes(t));
    repaired = repaired.filter((t) => !pieces.includes(t));
    repaired.splice(first < 0 ? repaired.length : first, 0, word);
  }
  return repaired;
}

/** A firm's size said short (规上, 规下)… */
export const SIZE_SHORT = /^规[上下]$/;
/** …whose 规 closes a word of the cut before it (正规|上市, 法规|下, 违规|下发, 按新规|上报) is that word's, no size, wherever it is written. */
export function closesWordBefore(text: string, word: string, spans: readonly [number, number][]): boolean {
  return SIZE_SHORT.test(word) && occurrences(text, word).every((at) => spans.some(([from, to]) => from < at && to === at + 1));
}

/** Where each word of the cut sits in the text (the cut drops punctuation and spaces). */
export function cutSpans(text: string, words: string[]): [number, number][] {
  const spans: [number, number][] = [];
  let at = 0;
  for (const word of words) {
    const found = text.indexOf(word.toLowerCase(), at);
    if (found < 0) continue;
    spans.push([found, found + word.length]);
    at = found + word.length;
  }
  return spans;
}

/** True when every occurrence of `word` begins inside one word of the cut and ends inside another, both running past it. */
export function acrossTwoWords(text: string, word: string, spans: readonly [number, number][]): boolean {
  let any = false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    any = true;
    const end = at + word.length;
    const first = spans.find(([from, to]) => from <= at && at < to);
    const last = spans.find(([from, to]) => from < end && end <= to);
    // Jieba glues a sentence-final particle to the word before it (技术工|人呢): that edge is no word's.
    const glued = last !== undefined && /[呢吗啊吧嘛呀么]$/.test(text.slice(last[0], last[1]));
    const straddled = first !== undefined && last !== undefined && first !== last && first[0] < at && last[1] > end && !glued;
    if (!straddled) return false;
  }
  return any;
}

/** True when every occurrence of `word` begins inside a word of the cut (not at its start) that `isWord` knows: 数字化|工厂 for 化工厂. */
export function startsInsideWord(text: string, word: string, spans: readonly [number, number][], isWord: (w: string) => boolean): boolean {
  let any = false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    any = true;
    const inside = spans.find(([from, to]) => from < at && at < to);
    if (!inside || !isWord(text.slice(inside[0], inside[1]))) return false;
  }
  return any;
}

/** Where a word occurs in a text. */
export function occurrences(text: string, word: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(word); i >= 0 && word.length > 0; i = text.indexOf(word, i + 1)) at.push(i);
  return at;
}

/** A general IDF of a word outside jieba's dictionary: segmentation debris, or a Latin name (defined with the tokenizer). */
export { outsideDictionary };

/**
 * The dictionary words inside a compound the plan never writes (产业布局 → 产业, 布局; 数字化工厂 → 数字化, 工厂), two characters or
 * more — not one straddling where the compound splits into an opening word and a closing word that is a word of its own, at the
 * longest such opening (数字化|工厂 holds no 化工 nor 化工厂: no chemical plant; 健身|器材 keeps 器材, though 健身器 is a word). With no
 * such split (锂电池: 锂电|池, 锂|电池) every word inside counts.
 */
export function partsOf(term: string, subWords: readonly string[]): string[] {
  const parts = subWords.filter((part) => part.length >= 2 && part !== term);
  const split = Math.max(0, ...parts.filter((p) => term.startsWith(p) && parts.includes(term.slice(p.length))).map((p) => p.length));
  return parts.filter((part) => {
    const at = term.indexOf(part);
    return !(split > 0 && at < split && split < at + part.length);
  });
}
