/**
 * A plan term that holds a count before its noun (山区26县), read however the asker says it: with a measure word, the count in
 * characters, the noun after the place word, or the count and noun alone. Pure over the text and the lexicon's terms.
 */

/** For each lexicon: its terms that hold a count before one noun (山区26县), as the patterns of that term said otherwise. */
const countedTerms = new WeakMap<readonly string[], [RegExp, string][]>();
const DIGITS = '零一二三四五六七八九';
/** 26 → 二十六 (1–99). */
function chineseCount(n: number): string {
  if (n < 10) return DIGITS[n]!;
  return `${n >= 20 ? DIGITS[Math.floor(n / 10)] : ''}十${n % 10 ? DIGITS[n % 10] : ''}`;
}

/**
 * 山区26个县 → 山区26县: a term the plan writes with a count right before its noun, said with the measure word 个 between them (and
 * 的 or 这 before the count, 山区的26个县, 山区这26个县), the count in characters (山区二十六县), the noun after the place word
 * (26个山区县) — or, for a count of ten or more, the count and noun alone (这26个县), no other term holding that count.
 */
export function uncounted(text: string, terms: readonly string[]): string {
  let patterns = countedTerms.get(terms);
  if (!patterns) {
    patterns = terms.flatMap((term) => {
      const m = /^([\u4e00-\u9fff]{1,4})(\d+)([\u4e00-\u9fff])$/.exec(term);
      if (!m) return [];
      const n = Number(m[2]);
      const count = n > 0 && n < 100 ? `(?:${m[2]}|${chineseCount(n)})` : m[2];
      const found: [RegExp, string][] = [
        [new RegExp(`${m[1]}(?:的|这|这些|那)?${count}个?${m[3]}`, 'g'), term],
        [new RegExp(`(?<![\\d零一二三四五六七八九十百千])${count}个${m[1]}${m[3]}`, 'g'), term],
      ];
      const alone = terms.filter((t) => t !== term && new RegExp(`${m[2]}${m[3]}$`).test(t)).length === 0;
      if (n >= 10 && alone) found.push([new RegExp(`(?<![\\d零一二三四五六七八九十百千])${count}个${m[3]}`, 'g'), term]);
      return found;
    });
    countedTerms.set(terms, patterns);
  }
  return patterns.reduce((t, [pattern, term]) => t.replace(pattern, term), text);
}
