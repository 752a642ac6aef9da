import { describe, expect, it } from 'vitest';
import { createPassageVectors } from '../../src/retrieval/passage-vectors.js';
import { createSparseVectors, topIndices } from '../../src/retrieval/sparse-vectors.js';
import { testIndex } from '../helpers.js';

describe('sparse cosine search', () => {
  it('gives exact cosines to unit and non-unit vectors, zero where nothing is shared', () => {
    const vectors = createSparseVectors([
      [3, 4, 0, 0],
      [0, 0, 2, 0],
      [1, 0, 0, 1],
    ]);
    const scores = [...vectors.cosines([1, 0, 0, 0])].map((s) => Math.round(s * 1000) / 1000);
    expect(scores).toEqual([0.6, 0, 0.707]);
    expect(vectors.density).toBe(5 / 12);
  });

  it('keeps the k best positive scores in order, ties in index order', () => {
    expect(topIndices([0.2, 0.9, 0, 0.9, -1, 0.5], 3)).toEqual([1, 3, 5]);
    expect(topIndices([0, -0.1], 2)).toEqual([]);
  });
});

describe('the passages nearest a question', () => {
  it('searches the plan exactly, and agrees with the HNSW graph it reads the vectors from', async () => {
    const index = await testIndex();
    const exact = createPassageVectors(index.vectors);
    const graph = createPassageVectors(index.vectors, { exactLimit: 0 });
    expect([exact.mode, graph.mode]).toEqual(['exact', 'hnsw']);
    for (const question of ['到2025年要建多少个5G基站？', '小微企业融资难', '纺织印染往哪个方向发展']) {
      const vector = await index.vectors.embeddings.embedQuery(question);
      const [a, b] = [await exact.search(vector, 5), await graph.search(vector, 5)];
      expect(a.map((h) => h.passageId)).toEqual(b.map((h) => h.passageId));
      a.forEach((hit, i) => expect(hit.cosine).toBeCloseTo(b[i]!.cosine, 5));
    }
  });
});
