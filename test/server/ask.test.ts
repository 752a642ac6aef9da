import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANSWER_5G, ASK_5G, fromIp, makeApp, postJson, type TestApp } from './_helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await makeApp();
});

const error = (code: string, message: string, field?: string) => ({ error: field === undefined ? { code, message } : { code, message, field } });

describe('POST /api/ask', () => {
  it('answers the 5G question from clause 4.5.1 with a [1] marker', async () => {
    const res = await postJson(t.app, '/api/ask', { question: ASK_5G });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    const body = await res.json();
    expect(body.answer).toBe(ANSWER_5G);
    expect(body.refused).toBe(false);
    expect(body.mode).toBe('extractive');
    expect(body.citations.map((c: { id: string }) => c.id)).toEqual(['4.5.1']);
    expect(body.citations[0]).toMatchObject({ n: 1, label: '四（五）建设一流数字基础设施', url: '/plan#4.5.1', quote: '到2025年，建成5G基站20万个以上，5G网络建设水平全国领先。' });
    expect(Object.keys(body).sort()).toEqual(['answer', 'citations', 'latencyMs', 'mode', 'refused', 'related']);
  });

  it('trims the question before answering', async () => {
    const res = await postJson(t.app, '/api/ask', { question: `  ${ASK_5G}\n` });
    expect((await res.json()).answer).toBe(ANSWER_5G);
  });

  it('refuses a weather question, points to 12345, and records it redacted with its reason', async () => {
    const res = await postJson(t.app, '/api/ask', { question: '明天杭州天气怎么样？我的电话13812345678' });
    const body = await res.json();
    expect(res.status).toBe(200);
    expect(body.refused).toBe(true);
    expect(body.answer).toContain('12345');
    await t.deps.store.log.flush(); // the conversation log is written in batches (src/store/log.ts)
    const db = new Database(t.dbFile, { readonly: true });
    const rows = db.prepare('SELECT question, refused, refusal_reason FROM asks WHERE refused = 1').all();
    db.close();
    expect(rows).toEqual([{ question: '明天杭州天气怎么样？我的电话[手机号]', refused: 1, refusal_reason: 'referral' }]);
    const metrics = await (await t.app.request('/metrics', {}, fromIp('127.0.0.1'))).text();
    expect(metrics).toContain('zhengce_refusals_total{reason="referral"} 1');
  });

  it('logs the question as length and hash, never as text', async () => {
    await postJson(t.app, '/api/ask', { question: '专精特新企业有哪些培育措施？' });
    expect(t.rawLogs()).not.toContain('专精特新');
    const answered = t.logs().filter((l) => l.msg === 'answered').at(-1)!;
    // One line per request: the request line itself carries the answer's digest.
    expect(t.logs().filter((l) => l.reqId === answered.reqId)).toEqual([answered]);
    expect(answered).toMatchObject({ route: '/api/ask', status: 200, questionChars: 14, refused: false, mode: 'extractive' });
    expect(answered.questionHash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('logs a refused question with its reason in the same line', async () => {
    await postJson(t.app, '/api/ask', { question: '帮我写一首关于春天的诗' });
    expect(t.logs().filter((l) => l.msg === 'answered').at(-1)).toMatchObject({ route: '/api/ask', refused: true, refusalReason: 'not_plan_question' });
  });
});

describe('POST /api/ask rejects bad input with the contract error body', () => {
  const cases: Array<[string, string, unknown]> = [
    ['malformed JSON', '{"question": "5G', error('invalid_request', '请求体不是合法的 JSON')],
    ['an empty body', '', error('invalid_request', '请求体不是合法的 JSON')],
    ['a JSON array', '[]', error('invalid_request', '请求体必须是 JSON 对象')],
    ['JSON null', 'null', error('invalid_request', '请求体必须是 JSON 对象')],
    ['a missing question', '{}', error('invalid_request', '缺少问题（question）', 'question')],
    ['a numeric question', '{"question":5}', error('invalid_request', '字段 question 应为字符串', 'question')],
    ['a blank question', '{"question":"   "}', error('invalid_request', '问题不能为空', 'question')],
    ['a 501-character question', JSON.stringify({ question: '问'.repeat(501) }), error('invalid_request', '问题不能超过 500 个字', 'question')],
    ['an extra field', '{"question":"5G","userId":7}', error('invalid_request', '不支持的字段：userId', 'userId')],
    ['a bad mode', '{"question":"5G","mode":"fast"}', error('invalid_request', '字段 mode 的取值必须是 auto、extractive、llm 之一', 'mode')],
    ['history as a string', '{"question":"5G","history":"hi"}', error('invalid_request', '字段 history 应为数组', 'history')],
    ['a bad history role', '{"question":"5G","history":[{"role":"system","content":"x"}]}', error('invalid_request', '字段 history.0.role 的取值必须是 user、assistant 之一', 'history.0.role')],
    ['an extra field in a turn', '{"question":"5G","history":[{"role":"user","content":"x","at":1}]}', error('invalid_request', '不支持的字段：history.0.at', 'history.0.at')],
    ['11 history turns', JSON.stringify({ question: '5G', history: Array(11).fill({ role: 'user', content: 'x' }) }), error('invalid_request', '字段 history 最多 10 项', 'history')],
  ];
  it.each(cases)('400 for %s', async (_name, body, expected) => {
    const res = await postJson(t.app, '/api/ask', body);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual(expected);
  });

  it('400 for bytes that are not UTF-8', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{"question":"'), 0xc4, 0xe3, 0xba, 0xc3, ...new TextEncoder().encode('"}')]);
    const res = await t.app.request('/api/ask', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: bytes });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual(error('invalid_request', '请求体必须是 UTF-8 编码'));
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['a form', 'application/x-www-form-urlencoded'],
    ['JSON declared as GBK', 'application/json; charset=gbk'],
  ])('415 for %s', async (_name, type) => {
    const res = await t.app.request('/api/ask', { method: 'POST', headers: { 'Content-Type': type }, body: `{"question":"${ASK_5G}"}` });
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual(error('unsupported_media_type', '请求体必须是 JSON（Content-Type: application/json）'));
  });

  it('415 without a content type', async () => {
    const res = await t.app.request('/api/ask', { method: 'POST', body: new TextEncoder().encode('{"question":"5G"}') });
    expect(res.status).toBe(415);
  });

  it('accepts application/json; charset=utf-8', async () => {
    const res = await t.app.request('/api/ask', { method: 'POST', headers: { 'Content-Type': 'application/json; charset=UTF-8' }, body: JSON.stringify({ question: ASK_5G }) });
    expect(res.status).toBe(200);
  });

  it('413 for a 1 MB body with Content-Length', async () => {
    const body = JSON.stringify({ question: 'x'.repeat(1024 * 1024) });
    const res = await postJson(t.app, '/api/ask', body, { 'Content-Length': String(body.length) });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual(error('payload_too_large', '请求体过大，不能超过 64 KB'));
  });

  it('413 for a 1 MB chunked body without Content-Length', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 16) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await t.app.request('/api/ask', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('payload_too_large');
  });

  it('404 for GET /api/ask', async () => {
    const res = await t.app.request('/api/ask');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual(error('not_found', '未找到请求的地址'));
  });
});
