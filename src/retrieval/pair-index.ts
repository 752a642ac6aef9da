/**
 * Long lists of words looked up by the text that may hold them: each item is filed under the first two characters of each of its
 * keys (a key of one character under that character), so only the items whose opening pair a text writes are looked at. Pure.
 * An opening is filed as a number (one UTF-16 unit, or two packed), so looking a text up cuts no strings.
 */
export interface PairIndex {
  byOpening: Map<number, number[]>;
}

/** One unit is its code (below 0x10000); two are packed above it (the first unit is never 0 in a word). */
const single = (text: string, at: number) => text.charCodeAt(at);
const pair = (text: string, at: number) => text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);

/** The index of items whose keys are `keysOf(i)`, lower-cased by the caller. */
export function pairIndex(count: number, keysOf: (i: number) => readonly string[]): PairIndex {
  const byOpening = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    for (const key of keysOf(i)) {
      if (key === '') continue;
      const opening = key.length === 1 ? single(key, 0) : pair(key, 0);
      const filed = byOpening.get(opening);
      if (filed) filed.push(i);
      else byOpening.set(opening, [i]);
    }
  }
  return { byOpening };
}

/** The items whose opening (one character or two) is written in any of `texts`, in the list's order: only those can occur. */
export function itemsIn({ byOpening }: PairIndex, texts: readonly string[]): number[] {
  const at: number[] = [];
  const add = (items: number[] | undefined) => {
    if (items) for (const i of items) at.push(i);
  };
  for (const text of texts) {
    for (let from = 0; from < text.length; from++) {
      add(byOpening.get(single(text, from)));
      if (from + 2 <= text.length) add(byOpening.get(pair(text, from)));
    }
  }
  // (Sorted, then each item once.)
  at.sort((a, b) => a - b);
  return at.filter((i, k) => k === 0 || i !== at[k - 1]);
}

/**
 * The items of a long list (the referral words, the other places, the trades) whose key — lower-cased by the caller where the text is — may
 * occur in `text`, in the list's order: each list is indexed once, the first time it is asked of (one key function per list).
 */
const indexes = new WeakMap<readonly unknown[], PairIndex>();
export function presentIn<T>(list: readonly T[], key: (item: T) => string, text: string): T[] {
  let index = indexes.get(list);
  if (!index) indexes.set(list, (index = pairIndex(list.length, (i) => [key(list[i]!)])));
  return itemsIn(index, [text]).map((i) => list[i]!);
}
