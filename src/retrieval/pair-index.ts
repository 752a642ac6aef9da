/**
 * Long lists of words looked up by the text that may hold them: each item is filed under the first two characters of each of its
 * keys (a key of one character under that character), so only the items whose opening pair a text writes are looked at. Pure.
 */
export interface PairIndex {
  byOpening: Map<string, number[]>;
}

/** The index of items whose keys are `keysOf(i)`, lower-cased by the caller. */
export function pairIndex(count: number, keysOf: (i: number) => readonly string[]): PairIndex {
  const byOpening = new Map<string, number[]>();
  for (let i = 0; i < count; i++) {
    for (const key of keysOf(i)) {
      const opening = key.slice(0, 2);
      if (opening === '') continue;
      const filed = byOpening.get(opening);
      if (filed) filed.push(i);
      else byOpening.set(opening, [i]);
    }
  }
  return { byOpening };
}

/** The items whose opening (one character or two) is written in any of `texts`, in the list's order: only those can occur. */
export function itemsIn({ byOpening }: PairIndex, texts: readonly string[]): number[] {
  const at = new Set<number>();
  for (const text of texts) {
    for (let from = 0; from < text.length; from++) {
      for (const i of byOpening.get(text[from]!) ?? []) at.add(i);
      if (from + 2 <= text.length) for (const i of byOpening.get(text.slice(from, from + 2)) ?? []) at.add(i);
    }
  }
  return [...at].sort((a, b) => a - b);
}
