import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
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
    ['卡号6222 0212 3456 7890 123', '卡号[银行卡号]'],
    ['卡号6222021234567890', '卡号[银行卡号]'],
    ['邮箱zhang.san@163.com', '邮箱[邮箱]'],
    ['13812345678@qq.com', '[邮箱]'],
    ['到2025年建成5G基站20万个，热线12345', '到2025年建成5G基站20万个，热线12345'],
  ])('%s → %s', (input, output) => expect(redactPii(input)).toBe(output));
});
