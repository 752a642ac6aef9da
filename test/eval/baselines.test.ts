import { describe, expect, it } from 'vitest';
import { createBm25 } from '../../eval/baselines/bm25.js';
import { citedClauseIds, createChunkBaselines } from '../../eval/baselines/chunk-baselines.js';
import { naiveCut } from '../../eval/baselines/naive-tokenizer.js';
import { clausesOverlapping, joinPlan, locateChunks } from '../../eval/baselines/plan-text.js';

const CLAUSES = [
  { id: '1.1', path: ['一、总体要求', '（一）发展基础'], text: '全省制造业增加值达到2万亿元。' },
  { id: '1.2', path: ['一、总体要求', '（二）发展目标'], text: '建成5G基站20万个。培育链主企业100家。' },
  { id: '2.1', path: ['二、发展重点', '（一）新兴产业'], text: '发展集成电路产业，建设特色工艺生产线。' },
];
const PLAN_TEXT =
  '一、总体要求\n（一）发展基础\n全省制造业增加值达到2万亿元。\n（二）发展目标\n建成5G基站20万个。培育链主企业100家。\n' +
  '二、发展重点\n（一）新兴产业\n发展集成电路产业，建设特色工艺生产线。';
/** A fixed vocabulary, so the expected ranking can be worked out by hand. */
const cut = (text: string) => text.match(/集成电路|5G|基站|链主企业|制造业/g) ?? [];

describe('the plan as one text', () => {
  it('joins clauses with newlines, each heading once where it first applies, and keeps clause ranges', () => {
    const plan = joinPlan(CLAUSES);
    expect(plan.text).toBe(PLAN_TEXT);
    expect(plan.ranges).toEqual([
      { id: '1.1', start: 15, end: 30 },
      { id: '1.2', start: 39, end: 61 },
      { id: '2.1', start: 77, end: 96 },
    ]);
    expect(plan.text.slice(39, 61)).toBe(CLAUSES[1]!.text);
  });

  it('maps a character range to the clauses it overlaps; headings belong to none', () => {
    const { ranges } = joinPlan(CLAUSES);
    expect(clausesOverlapping(ranges, 0, 15)).toEqual([]);
    expect(clausesOverlapping(ranges, 31, 38)).toEqual([]);
    expect(clausesOverlapping(ranges, 29, 40)).toEqual(['1.1', '1.2']);
    expect(clausesOverlapping(ranges, 30, 39)).toEqual([]);
    expect(clausesOverlapping(ranges, 0, 96)).toEqual(['1.1', '1.2', '2.1']);
  });

  it('locates overlapping and repeated chunks at their own positions', () => {
    expect(locateChunks('ab ab', ['ab', 'ab'])).toEqual([
      { text: 'ab', start: 0, end: 2 },
      { text: 'ab', start: 3, end: 5 },
    ]);
    expect(locateChunks('abcdef', ['abcd', 'cdef'])).toEqual([
      { text: 'abcd', start: 0, end: 4 },
      { text: 'cdef', start: 2, end: 6 },
    ]);
    expect(() => locateChunks('abc', ['abd'])).toThrow('chunk not found in the plan text after offset 0: "abd"');
  });

  it('cites the clauses of ranked chunks in rank order, each once', () => {
    const plan = joinPlan(CLAUSES);
    const chunks = [
      { text: '', start: 69, end: 96 },
      { text: '', start: 25, end: 45 },
      { text: '', start: 39, end: 68 },
    ];
    expect(citedClauseIds(plan, chunks)).toEqual(['2.1', '1.1', '1.2']);
  });
});

describe('the chunk baselines', () => {
  it('splits with the recursive splitter and maps every chunk back to its place', async () => {
    const { chunks } = await createChunkBaselines(CLAUSES, { chunkSize: 30, chunkOverlap: 8, cut });
    expect(chunks.map((c) => [c.start, c.end])).toEqual([[0, 30], [31, 38], [39, 68], [62, 76], [69, 96]]);
    for (const chunk of chunks) expect(PLAN_TEXT.slice(chunk.start, chunk.end)).toBe(chunk.text);
  });

  it('answers with the top chunk and cites the clauses it overlaps, for both rankers', async () => {
    const { baselines } = await createChunkBaselines(CLAUSES, { chunkSize: 30, chunkOverlap: 8, cut });
    expect(baselines.map((b) => b.name)).toEqual(['baseline-bm25', 'baseline-minisearch']);
    for (const baseline of baselines) {
      expect(baseline.ask('集成电路怎么发展')).toEqual({
        answer: '（一）新兴产业\n发展集成电路产业，建设特色工艺生产线。',
        citedIds: ['2.1'],
        citedTexts: ['发展集成电路产业，建设特色工艺生产线。'],
      });
      expect(baseline.ask('5G基站建多少').citedIds).toEqual(['1.2']);
      expect(baseline.ask('天气怎么样')).toEqual({ answer: '', citedIds: [], citedTexts: [] });
    }
  });
});

describe('BM25', () => {
  it('scores with k1=1.2, b=0.75 and Lucene idf', () => {
    const bm25 = createBm25([['a', 'b'], ['b', 'c', 'c'], ['d']]);
    const idf = Math.log(1 + 2.5 / 1.5);
    const tf = (2 * 2.2) / (2 + 1.2 * (0.25 + (0.75 * 3) / 2));
    const [hit, ...rest] = bm25.search(['c', 'zzz'], 5);
    expect(hit!.index).toBe(1);
    expect(hit!.score).toBeCloseTo(idf * tf, 12);
    expect(rest).toEqual([]);
  });

  it('ranks rarer terms higher and keeps document order on ties', () => {
    const bm25 = createBm25([['x', 'common'], ['y', 'common'], ['rare', 'common']]);
    expect(bm25.search(['common'], 5).map((r) => r.index)).toEqual([0, 1, 2]);
    expect(bm25.search(['common', 'rare'], 2).map((r) => r.index)).toEqual([2, 0]);
  });
});

describe('the naive tokenizer', () => {
  it('is plain jieba without our lexicon: digits one by one, punctuation dropped', () => {
    expect(naiveCut('建成5G基站20万个。')).toEqual(['建成', '5', 'g', '基站', '2', '0', '万个']);
  });
});
