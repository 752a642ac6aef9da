import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/types.js';
import { ASK_5G, makeApp, postJson, testEngine, type TestApp } from './_helpers.js';

interface SseEvent {
  event: string;
  data: any;
}

/** Parses a whole text/event-stream body the way a browser would: blocks split by a blank line. */
async function readSse(res: Response): Promise<SseEvent[]> {
  const text = await res.text();
  return text
    .split('\n\n')
    .filter((block) => block.trim())
    .map((block) => {
      const lines = block.split('\n');
      const event = lines.find((l) => l.startsWith('event: '))!.slice(7);
      const data = lines.filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
      return { event, data: JSON.parse(data) };
    });
}

const withoutLatency = ({ latencyMs: _l, ...rest }: { latencyMs: number }) => rest;

let t: TestApp;
beforeAll(async () => {
  t = await makeApp();
});

describe('POST /api/ask/stream', () => {
  it.each([ASK_5G, '专精特新“小巨人”企业有哪些培育措施？', '这份规划的文号是什么？', '明天杭州天气怎么样？'])(
    'streams citations, deltas and a done body equal to /api/ask for %s',
    async (question) => {
      const res = await postJson(t.app, '/api/ask/stream', { question });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/event-stream');
      const events = await readSse(res);
      const names = events.map((e) => e.event);
      expect(names[0]).toBe('citations');
      expect(names.at(-1)).toBe('done');
      expect(new Set(names.slice(1, -1))).toEqual(new Set(['delta']));
      const done = events.at(-1)!.data;
      expect(events[0]!.data).toEqual(done.citations);
      expect(events.slice(1, -1).map((e) => e.data.text).join('')).toBe(done.answer);

      const ask = await (await postJson(t.app, '/api/ask', { question })).json();
      expect(withoutLatency(done)).toEqual(withoutLatency(ask));
    },
  );

  it('records a streamed refusal with the engine reason', async () => {
    const { app, deps } = await makeApp();
    const res = await postJson(app, '/api/ask/stream', { question: '帮我写一首关于春天的诗' });
    const done = (await readSse(res)).at(-1)!.data;
    expect(done.refused).toBe(true);
    expect(await deps.store.log.topRefused(5)).toMatchObject([{ question: '帮我写一首关于春天的诗', count: 1, notes: ['not_plan_question'] }]);
  });

  it('validates before streaming: a bad body is a JSON 400, not an event stream', async () => {
    const res = await postJson(t.app, '/api/ask/stream', { question: '' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 'invalid_request', message: '问题不能为空', field: 'question' } });
  });

  it('ends with an error event, without a stack, when the engine fails mid-stream', async () => {
    const real = await testEngine();
    const failing: Engine = {
      ...real,
      index: real.index,
      async *askStream() {
        yield { event: 'citations', data: [] };
        throw new Error('hnswlib exploded at /secret/path');
      },
    };
    const { app, rawLogs } = await makeApp({ engine: failing });
    const res = await postJson(app, '/api/ask/stream', { question: ASK_5G });
    expect(res.status).toBe(200);
    const events = await readSse(res);
    expect(events).toEqual([
      { event: 'citations', data: [] },
      { event: 'error', data: { code: 'internal_error', message: '服务器内部错误，请稍后再试' } },
    ]);
    expect(rawLogs()).toContain('hnswlib exploded');
  });

  it('503 with Retry-After before the index is loaded', async () => {
    const { app } = await makeApp({ engine: null });
    const res = await postJson(app, '/api/ask/stream', { question: ASK_5G });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(await res.json()).toEqual({ error: { code: 'index_not_ready', message: '政策索引正在加载，请稍后再试' } });
  });
});
