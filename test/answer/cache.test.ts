import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evalQuestions } from '../../bench/_eval.js';
import { answerCacheKey, askResponseBytes, withAnswerCache } from '../../src/answer/cache.js';
import { createEngine } from '../../src/answer/engine.js';
import type { AskInput, AskResult, Engine } from '../../src/answer/types.js';
import type { Turn } from '../../src/contract.js';
import { buildIndex } from '../../src/ingest/build.js';
import { loadIndex } from '../../src/ingest/store.js';
import { analyzeQuery, resolutionKey } from '../../src/retrieval/query.js';
import { lexiconSources, planText, testIndex } from '../helpers.js';

const user = (content: string): Turn => ({ role: 'user', content });
const assistant = (content: string): Turn => ({ role: 'assistant', content });

describe('resolutionKey', () => {
  it('is the normalised question alone when the question stands by itself, whatever the history', () => {
    const history = [user('杭州的定位是什么？'), assistant('x'.repeat(4000))];
    expect(resolutionKey('到2025年要建多少个5G基站？', history)).toBe('到2025年要建多少个5G基站？');
    expect(resolutionKey('到２０２５年要建多少个５Ｇ基站?', undefined)).toBe('到2025年要建多少个5G基站？');
  });

  it('adds the normalised previous user question, and only that, for a follow-up', () => {
    const history = [user('温州的定位是什么？'), assistant('…'), user('杭州的定位是什么?'), assistant('x'.repeat(4000))];
    expect(resolutionKey('那寧波呢?', history)).toBe('那宁波呢？\n杭州的定位是什么？');
    expect(resolutionKey('还有吗', [user('专精特新有哪些措施？')])).toBe('还有吗\n专精特新有哪些措施？');
    // A follow-up without an earlier user question has nothing to lean on.
    expect(resolutionKey('那宁波呢？', [assistant('杭州……')])).toBe('那宁波呢？');
  });

  it('calls a question a follow-up exactly when analyzeQuery does', async () => {
    const { tokenizer } = await testIndex();
    const previous = [user('杭州在先进制造业基地建设中的定位是什么？'), assistant('……')];
    const questions = [...evalQuestions().map((q) => q.question), '那宁波呢？', '具体目标是多少', '还有吗', '5G呢', '数字经济', '我们这种三十来人的小厂也够得着吗'];
    for (const question of questions) {
      expect(resolutionKey(question, previous).includes('\n'), question).toBe(analyzeQuery(question, previous, tokenizer).isFollowUp);
    }
  });
});

describe('the answer cache', () => {
  it('answers a repeated question from the cache, with its own latency', async () => {
    const engine = createEngine({ index: await testIndex() });
    let calls = 0;
    const counting: Engine = { ...engine, ask: (input, options) => ((calls += 1), engine.ask(input, options)) };
    const cached = withAnswerCache(counting);
    const first = await cached.ask({ question: '到2025年要建多少个5G基站？' });
    const second = await cached.ask({ question: '到2025年要建多少个5G基站？ ' });
    expect(calls).toBe(1);
    expect({ ...second.body, latencyMs: 0 }).toEqual({ ...first.body, latencyMs: 0 });
    await cached.ask({ question: '到2025年要建多少个5G基站？', mode: 'extractive' });
    expect(calls).toBe(2);
  });

  it('serves a hit as the same bytes JSON.stringify gives, with the hit’s own latency', async () => {
    const cached = withAnswerCache(createEngine({ index: await testIndex() }));
    for (const question of ['专精特新“小巨人”企业有哪些培育措施？', '帮我写一首诗', '宁波小微企业贷款难，有什么支持？']) {
      const miss = await cached.ask({ question });
      expect(miss.bodyJsonHead).toBeUndefined();
      const hit = await cached.ask({ question });
      expect(hit.bodyJsonHead).toBeDefined();
      const bytes = askResponseBytes(hit);
      expect(Buffer.from(bytes).toString('utf8')).toBe(JSON.stringify(hit.body));
      expect(JSON.parse(Buffer.from(bytes).toString('utf8'))).toEqual({ ...miss.body, latencyMs: hit.body.latencyMs });
    }
  });
});

/** An engine that counts its calls and answers with `answerChars` characters. */
function countingEngine(answerChars = 100): Engine & { calls: AskInput[] } {
  const calls: AskInput[] = [];
  const ask = async (input: AskInput): Promise<AskResult> => {
    calls.push(input);
    const body = { answer: `${input.question}${'答'.repeat(answerChars)}`, refused: false, citations: [], mode: 'extractive' as const, latencyMs: 1 };
    return { body, trace: { refusalReason: null, llmFallback: null, resolvedQuestion: input.question, cardId: null, cardIds: [], evidence: 1 } };
  };
  return { calls, ask } as unknown as Engine & { calls: AskInput[] };
}

describe('the answer cache key', () => {
  it('is the mode and the resolution key, never the raw history', () => {
    const history = [user('杭州的定位是什么？'), assistant('y'.repeat(4000))];
    expect(answerCacheKey({ question: '那宁波呢？', history, mode: 'extractive' })).toBe('extractive\n那宁波呢？\n杭州的定位是什么？');
    expect(answerCacheKey({ question: ' 到2025年要建多少个5G基站？', history })).toBe('auto\n到2025年要建多少个5G基站？');
  });

  it('serves one entry to the same question under different histories, and tells follow-ups apart by the question they follow', async () => {
    const engine = countingEngine();
    const cached = withAnswerCache(engine);
    for (let i = 0; i < 5; i++) await cached.ask({ question: '到2025年要建多少个5G基站？', history: [user(`问题${i}`.repeat(500)), assistant(`回答${i}`)] });
    expect(engine.calls.length).toBe(1);
    await cached.ask({ question: '那宁波呢？', history: [user('杭州的定位是什么？'), assistant('甲')] });
    await cached.ask({ question: '那宁波呢？', history: [user('杭州的定位是什么？'), assistant('乙'.repeat(3000))] });
    expect(engine.calls.length).toBe(2);
    await cached.ask({ question: '那宁波呢？', history: [user('温州的定位是什么？')] });
    expect(engine.calls.length).toBe(3);
  });
});

describe('the answer cache size', () => {
  it('never holds more bytes than its bound, evicting the least recently used answer', async () => {
    const engine = countingEngine(2000);
    const sizes: number[] = [];
    // Each entry: 2 × ≈ 6 KB of JSON head + its key and resolved question + 512 bytes ≈ 13 KB; the bound holds three.
    const cached = withAnswerCache(engine, { maxBytes: 40_000, onSize: (bytes) => sizes.push(bytes) });
    for (let i = 0; i < 20; i++) await cached.ask({ question: `第${i}个问题：到2025年要建多少个5G基站？` });
    expect(sizes.length).toBe(20);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(40_000);
    expect(sizes.at(-1)).toBeGreaterThan(26_000);
    await cached.ask({ question: '第19个问题：到2025年要建多少个5G基站？' });
    expect(engine.calls.length).toBe(20);
    await cached.ask({ question: '第0个问题：到2025年要建多少个5G基站？' });
    expect(engine.calls.length).toBe(21);
  });
});

describe('a document that quotes the plan verbatim', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });
  const clause = () => planText().split('\n').find((l) => l.includes('建成5G基站20万个以上'))!.trim();

  /** The citations of the 5G question over an index of the plan and `other`. */
  async function citationsWith(other: { file: string; text: string }): Promise<string[]> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'zcwd-copy-'));
    dirs.push(dir);
    await buildIndex(
      { sources: [{ file: 'zhejiang-advanced-manufacturing-plan-2021.txt', text: planText() }, other], lexiconSources: await lexiconSources(), embeddings: { kind: 'local' } },
      { indexDir: dir },
    );
    const engine = createEngine({ index: await loadIndex(dir, { kind: 'local' }) });
    const { body } = await engine.ask({ question: '到2025年要建多少个5G基站？' });
    return body.citations.map((c) => c.id);
  }

  it('does not take the plan’s citation', async () => {
    expect(await citationsWith({ file: 'a-city-implementation.txt', text: `某市实施方案\n一、重点任务\n（一）网络建设。\n${clause()}` })).toEqual(['4.5.1']);
  });

  it('does not lose it when more copies than the retriever takes as candidates crowd the plan out', async () => {
    // 60 sections each quoting the clause: more than the 40 candidates taken from each list.
    const sections = Array.from({ length: 60 }, (_, i) => `（${i + 1}）网络建设之${i + 1}。\n${clause()}`).join('\n');
    expect(await citationsWith({ file: 'many-copies.txt', text: `某市实施方案\n一、重点任务\n${sections}` })).toEqual(['4.5.1']);
  });
});
