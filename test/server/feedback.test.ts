import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatReport } from '../../src/server/feedback/report.js';
import { createFeedbackStore, REFUSAL_FLUSH_MS } from '../../src/server/feedback/store.js';
import { redactPii } from '../../src/server/redact.js';
import { makeApp, postJson, type TestApp } from './_helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await makeApp();
});

const invalid = (message: string, field?: string) => ({ error: field ? { code: 'invalid_request', message, field } : { code: 'invalid_request', message } });

describe('POST /api/feedback', () => {
  it('stores feedback with phone and ID numbers redacted and answers 201 {id}', async () => {
    const first = await postJson(t.app, '/api/feedback', { question: '5G基站有多少？', answer: '20万个以上[1]', helpful: true });
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({ id: 1 });
    const second = await postJson(t.app, '/api/feedback', {
      question: '我身份证330102199001011234能申请吗',
      answer: '规划中没有涉及',
      helpful: false,
      comment: '请回电 0571-87654321 或 13912345678',
    });
    expect(await second.json()).toEqual({ id: 2 });
    const db = new Database(t.dbFile, { readonly: true });
    const rows = db.prepare('SELECT id, question, answer, helpful, comment FROM feedback ORDER BY id').all();
    db.close();
    expect(rows).toEqual([
      { id: 1, question: '5G基站有多少？', answer: '20万个以上[1]', helpful: 1, comment: null },
      { id: 2, question: '我身份证[身份证号]能申请吗', answer: '规划中没有涉及', helpful: 0, comment: '请回电 [电话] 或 [手机号]' },
    ]);
  });

  it('works before the index is loaded: feedback needs no engine', async () => {
    const { app } = await makeApp({ engine: null });
    const res = await postJson(app, '/api/feedback', { question: '问', answer: '答', helpful: true });
    expect(res.status).toBe(201);
  });

  it.each([
    ['helpful as a string', { question: '问', answer: '答', helpful: 'yes' }, invalid('字段 helpful 应为布尔值（true 或 false）', 'helpful')],
    ['a missing answer', { question: '问', helpful: true }, invalid('缺少必填字段 answer', 'answer')],
    ['an extra field', { question: '问', answer: '答', helpful: true, rating: 5 }, invalid('不支持的字段：rating', 'rating')],
    ['a 2001-character comment', { question: '问', answer: '答', helpful: false, comment: '长'.repeat(2001) }, invalid('字段 comment 不能超过 2000 个字', 'comment')],
  ])('400 for %s', async (_name, body, expected) => {
    const res = await postJson(t.app, '/api/feedback', body);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual(expected);
  });
});

describe('POST /api/match', () => {
  it('400 for an empty profile', async () => {
    const res = await postJson(t.app, '/api/match', {});
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual(invalid('请至少填写一项企业信息：行业、地区、企业类型、需求或描述'));
  });

  it('400 for an unknown field', async () => {
    const res = await postJson(t.app, '/api/match', { industry: '汽车', size: 'small' });
    expect(await res.json()).toEqual(invalid('不支持的字段：size', 'size'));
  });

  it('matches a 新材料 enterprise to clause 2.1.3', async () => {
    const res = await postJson(t.app, '/api/match', { industry: '新材料' });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.profile.industry).toEqual(['新材料']);
    const ids = body.groups.flatMap((g: { measures: { id: string }[] }) => g.measures.map((m) => m.id));
    expect(ids).toContain('2.1.3');
  });
});

describe('redaction', () => {
  it.each([
    ['手机13812345678', '手机[手机号]'],
    ['+86 13812345678', '[手机号]'],
    ['身份证33010219900101123X', '身份证[身份证号]'],
    ['电话(0571)87654321', '电话[电话]'],
    ['到2025年建成5G基站20万个，热线12345', '到2025年建成5G基站20万个，热线12345'],
  ])('%s → %s', (input, output) => expect(redactPii(input)).toBe(output));
});

describe('npm run report', () => {
  it('lists refused and unhelpful questions by frequency', () => {
    const times = ['2026-03-01T08:00:00.000Z', '2026-03-02T08:00:00.000Z', '2026-03-03T08:00:00.000Z', '2026-03-04T08:00:00.000Z', '2026-03-05T08:00:00.000Z'];
    const store = createFeedbackStore({ file: ':memory:', now: () => new Date(times.shift()!) });
    store.addRefusal({ question: '今天天气怎么样？', reason: 'no_evidence' });
    store.addRefusal({ question: '今天天气怎么样', reason: 'no_evidence' });
    store.addRefusal({ question: '帮我写首诗', reason: 'not_plan_question' });
    store.addFeedback({ question: '融资支持？', answer: '…', helpful: false, comment: '太笼统' });
    store.addFeedback({ question: '融资支持？', answer: '…', helpful: true });
    const text = formatReport({ file: 'x.sqlite', refused: store.topRefused(10), unhelpful: store.topUnhelpful(10) });
    store.close();
    expect(text).toBe(
      [
        '政策问答 · 问题报告（x.sqlite，全部时间）',
        '',
        '未能回答的问题（前 2 个，按次数）：',
        '  2 次  2026-03-02  今天天气怎么样  —— 规划中没有依据',
        '  1 次  2026-03-03  帮我写首诗  —— 非规划查询（写作、翻译等）',
        '',
        '被标为“没帮助”的问题（前 1 个，按次数）：',
        '  1 次  2026-03-04  融资支持  —— “太笼统”',
        '',
      ].join('\n'),
    );
  });
});

describe('refused questions are written in batches', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zcwd-refusals-'));
  afterEach(() => vi.useRealTimers());
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const countIn = (file: string) => {
    const db = new Database(file, { readonly: true });
    const { n } = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM refusals').get()!;
    db.close();
    return n;
  };

  it('queues them, then writes them all within REFUSAL_FLUSH_MS', () => {
    vi.useFakeTimers();
    const file = path.join(dir, 'timed.sqlite');
    const store = createFeedbackStore({ file });
    store.addRefusal({ question: '写首诗', reason: 'not_plan_question' });
    store.addRefusal({ question: '天气', reason: 'no_evidence' });
    expect(countIn(file)).toBe(0);
    vi.advanceTimersByTime(REFUSAL_FLUSH_MS);
    expect(countIn(file)).toBe(2);
    store.close();
  });

  it('writes the queue on close, and the report sees queued ones at once', () => {
    const file = path.join(dir, 'close.sqlite');
    const store = createFeedbackStore({ file });
    store.addRefusal({ question: '写首诗', reason: 'not_plan_question' });
    expect(store.topRefused(5).map((r) => r.question)).toEqual(['写首诗']);
    store.addRefusal({ question: '天气', reason: 'no_evidence' });
    store.close();
    expect(countIn(file)).toBe(2);
  });

  it('reports a failed timed write instead of throwing from a timer', () => {
    vi.useFakeTimers();
    const errors: string[] = [];
    const file = path.join(dir, 'broken.sqlite');
    const store = createFeedbackStore({ file, onFlushError: (e) => errors.push(e.message) });
    const other = new Database(file);
    other.exec('DROP TABLE refusals');
    other.close();
    store.addRefusal({ question: '写首诗', reason: 'not_plan_question' });
    vi.advanceTimersByTime(REFUSAL_FLUSH_MS);
    expect(errors).toEqual([expect.stringMatching(/refusals/)]);
    // A write that fails on close is reported the same way, and the store still closes.
    store.addRefusal({ question: '天气', reason: 'no_evidence' });
    expect(() => store.close()).not.toThrow();
    expect(errors).toHaveLength(2);
    expect(() => store.topUnhelpful(1)).toThrow(/not open/);
  });
});
