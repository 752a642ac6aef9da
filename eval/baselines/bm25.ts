/**
 * Textbook Okapi BM25 (Lucene's idf, which never goes negative), written out so the naive baseline
 * depends on nothing of ours.
 */
export interface Bm25Options {
  k1?: number;
  b?: number;
}

export interface RankedDoc {
  /** Index into the documents given to createBm25 */
  index: number;
  score: number;
}

export interface Bm25 {
  search(queryTerms: string[], limit: number): RankedDoc[];
}

export function createBm25(documents: string[][], { k1 = 1.2, b = 0.75 }: Bm25Options = {}): Bm25 {
  const termCounts = documents.map((terms) => {
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    return counts;
  });
  const df = new Map<string, number>();
  for (const counts of termCounts) for (const term of counts.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = documents.length;
  const averageLength = documents.reduce((sum, terms) => sum + terms.length, 0) / Math.max(1, n);
  const idf = (term: string) => {
    const d = df.get(term) ?? 0;
    return Math.log(1 + (n - d + 0.5) / (d + 0.5));
  };
  return {
    search(queryTerms, limit) {
      const unique = [...new Set(queryTerms)].filter((t) => df.has(t));
      const ranked: RankedDoc[] = [];
      termCounts.forEach((counts, index) => {
        const length = documents[index]!.length;
        let score = 0;
        for (const term of unique) {
          const tf = counts.get(term);
          if (!tf) continue;
          score += (idf(term) * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length) / averageLength));
        }
        if (score > 0) ranked.push({ index, score });
      });
      // Ties keep document order, so results are deterministic.
      return ranked.sort((x, y) => y.score - x.score || x.index - y.index).slice(0, limit);
    },
  };
}
