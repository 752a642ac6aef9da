import { describe, expect, it } from 'vitest';
import { createFieldedBm25 } from '../../src/retrieval/bm25.js';

describe('BM25 over fielded documents', () => {
  const docs = [
    { fields: [['贷款', '小微'], []] },
    { fields: [['设备'], ['贷款']] },
    { fields: [['人才'], ['住房']] },
    { fields: [['贷款', '贷款', '设备'], []] },
  ];
  const bm25 = createFieldedBm25(docs, [1, 0.8]);

  it('returns only documents that share a term, best first', () => {
    expect(bm25.search([{ term: '贷款', weight: 1 }], 10)).toEqual([3, 0, 1]);
    expect(bm25.search([{ term: '工资', weight: 1 }], 10)).toEqual([]);
  });

  it('weighs a term by its query weight and cuts at the limit', () => {
    expect(bm25.search([{ term: '设备', weight: 1 }, { term: '小微', weight: 0.1 }], 2)).toEqual([1, 3]);
    expect(bm25.search([{ term: '设备', weight: 0.1 }, { term: '小微', weight: 1 }], 1)).toEqual([0]);
  });
});
