/**
 * The passages nearest a question vector. The index's HNSW graph (hnswlib, through LangChain's HNSWLib) is
 * approximate and pays off on large corpora; for a corpus of sparse vectors up to EXACT_LIMIT passages — the
 * plan's hundred, embedded offline — an exact scan over their nonzeros is both exact and faster. The vectors
 * are read back from the graph once, when the retriever is built.
 */
import type { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import { createSparseVectors, topIndices } from './sparse-vectors.js';

export interface PassageVector {
  passageId: string;
  cosine: number;
}

export interface PassageVectors {
  /** `exact` or `hnsw`: which search serves. */
  readonly mode: 'exact' | 'hnsw';
  search(query: number[], k: number): Promise<PassageVector[]>;
}

const EXACT_LIMIT = 20_000;
/** Above this share of nonzero dimensions a scan costs what a dense one does: the graph is used instead. */
const SPARSE_ENOUGH = 0.25;

export function createPassageVectors(store: HNSWLib, { exactLimit = EXACT_LIMIT } = {}): PassageVectors {
  const hnsw: PassageVectors = {
    mode: 'hnsw',
    async search(query, k) {
      const found = await store.similaritySearchVectorWithScore(query, k);
      // hnswlib returns cosine distances: similarity is 1 − distance.
      return found.map(([document, distance]) => ({ passageId: String(document.metadata.passageId), cosine: 1 - distance }));
    },
  };
  const count = store.index.getCurrentCount();
  if (count === 0 || count > exactLimit) return hnsw;
  const labels = store.index.getIdsList();
  const vectors = createSparseVectors(labels.map((label) => store.index.getPoint(label)));
  if (vectors.density > SPARSE_ENOUGH) return hnsw;
  const passageOf = labels.map((label) => {
    const document = store.docstore.search(String(label));
    return typeof document === 'string' ? '' : String(document.metadata.passageId);
  });
  return {
    mode: 'exact',
    async search(query, k) {
      const scores = vectors.cosines(query);
      return topIndices(scores, k).map((i) => ({ passageId: passageOf[i]!, cosine: scores[i]! }));
    },
  };
}
