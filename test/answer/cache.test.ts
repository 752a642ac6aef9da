import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { askResponseBytes, withAnswerCache } from '../../src/answer/cache.js';
import { createEngine } from '../../src/answer/engine.js';
import type { Engine } from '../../src/answer/types.js';
import { buildIndex } from '../../src/ingest/build.js';
import { loadIndex } from '../../src/ingest/store.js';
import { lexiconSources, planText, testIndex } from '../helpers.js';

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
