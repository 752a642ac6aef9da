/**
 * Exact cosine search over vectors kept as their nonzeros, in compressed rows by dimension: a query touches only
 * the vectors it shares a dimension with. The offline embedder hashes a few dozen features into 1024
 * dimensions, so this is exact and much faster than an approximate graph for a few thousand vectors.
 */

export interface SparseVectors {
  readonly size: number;
  /** The average share of dimensions that are not zero (the offline embedder's is a few percent). */
  readonly density: number;
  /** Cosine of the query to every vector (0 where they share nothing), written into a reused array. */
  cosines(query: ArrayLike<number>): Float64Array;
}

function unit(vector: ArrayLike<number>): Float64Array {
  let squares = 0;
  for (let i = 0; i < vector.length; i++) squares += vector[i]! * vector[i]!;
  const norm = Math.sqrt(squares) || 1;
  const out = new Float64Array(vector.length);
  for (let i = 0; i < vector.length; i++) out[i] = vector[i]! / norm;
  return out;
}

export function createSparseVectors(vectors: ArrayLike<number>[]): SparseVectors {
  const dimensions = vectors[0]?.length ?? 0;
  const rowStart = new Int32Array(dimensions + 1);
  let nonzeros = 0;
  const units = vectors.map(unit);
  for (const v of units) for (let d = 0; d < dimensions; d++) if (v[d] !== 0) rowStart[d + 1]!++, nonzeros++;
  for (let d = 0; d < dimensions; d++) rowStart[d + 1]! += rowStart[d]!;
  const member = new Int32Array(nonzeros);
  const value = new Float32Array(nonzeros);
  const fill = rowStart.slice(0, dimensions);
  units.forEach((v, i) => {
    for (let d = 0; d < dimensions; d++) {
      if (v[d] === 0) continue;
      member[fill[d]!] = i;
      value[fill[d]!] = v[d]!;
      fill[d]!++;
    }
  });
  const scores = new Float64Array(vectors.length);
  return {
    size: vectors.length,
    density: vectors.length === 0 || dimensions === 0 ? 0 : nonzeros / (vectors.length * dimensions),
    cosines(query) {
      scores.fill(0);
      const q = unit(query);
      for (let d = 0; d < dimensions && d < q.length; d++) {
        const w = q[d]!;
        if (w === 0) continue;
        for (let k = rowStart[d]!; k < rowStart[d + 1]!; k++) scores[member[k]!]! += w * value[k]!;
      }
      return scores;
    },
  };
}

/** Indices of the `k` largest positive scores, best first, ties in index order — without sorting them all. */
export function topIndices(scores: ArrayLike<number>, k: number): number[] {
  const top: number[] = [];
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    if (s <= 0 || (top.length >= k && s <= scores[top[top.length - 1]!]!)) continue;
    let at = top.length;
    while (at > 0 && scores[top[at - 1]!]! < s) at--;
    top.splice(at, 0, i);
    if (top.length > k) top.pop();
  }
  return top;
}
