import { describe, expect, it } from 'vitest';
import { cardText, packVectors, parseCards, unpackVectors } from '../../src/ingest/cards.js';
import { parseReferralTable } from '../../src/ingest/referrals.js';
import { lexiconSources, testIndex } from '../helpers.js';

const ids = new Set(['3.3.4', '4.5.1']);

describe('question cards', () => {
  it('covers every clause of the plan with at least three plain-language questions', async () => {
    const index = await testIndex();
    const parsed = parseCards((await lexiconSources()).cards, new Set(index.corpus.clauses.map((c) => c.id)));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const questions = new Map<string, number>();
    for (const card of parsed.value) for (const id of card.clauses) questions.set(id, (questions.get(id) ?? 0) + card.questions.length);
    expect(index.corpus.clauses.filter((c) => (questions.get(c.id) ?? 0) < 3).map((c) => c.id)).toEqual([]);
  });

  it('fails a bad line with its file, line and field', () => {
    const text = ['{"clauses":["3.3.4"],"questions":["小微企业贷款难怎么办"]}', '{"clauses":["3.3.4"],"questions":[]}'].join('\n');
    expect(parseCards([{ file: 'x.jsonl', text }], ids)).toEqual({ ok: false, error: 'x.jsonl:2: questions: Too small: expected array to have >=1 items' });
    expect(parseCards([{ file: 'x.jsonl', text: '{"clauses":["9.9.9"],"questions":["问"]}' }], ids)).toEqual({ ok: false, error: 'x.jsonl:1: questions.0: Too small: expected string to have >=2 characters' });
    expect(parseCards([{ file: 'x.jsonl', text: 'not json' }], ids)).toEqual({ ok: false, error: 'x.jsonl:1: not valid JSON' });
  });

  it('refuses a card that points at a clause the plan does not have, or at nothing without a referral', () => {
    expect(parseCards([{ file: 'x.jsonl', text: '{"clauses":["9.9.9"],"questions":["什么问题"]}' }], ids)).toEqual({ ok: false, error: 'x.jsonl:1: clause 9.9.9 is not in the plan' });
    expect(parseCards([{ file: 'x.jsonl', text: '{"questions":["什么问题"]}' }], ids)).toEqual({ ok: false, error: 'x.jsonl:1: a card needs clauses, or a referral when it is out of scope' });
  });

  it('gives file cards ids from their file and line, and defaults to the plan as their source', () => {
    const text = '# comment\n{"clauses":["4.5.1"],"questions":["5G基站建多少"],"keywords":["基站"]}';
    const parsed = parseCards([{ file: 'plan.jsonl', text }], ids);
    expect(parsed).toEqual({ ok: true, value: [{ id: 'plan:2', clauses: ['4.5.1'], questions: ['5G基站建多少'], keywords: ['基站'], source: 'plan' }] });
    expect(cardText({ questions: ['a', 'b'], keywords: ['c'] })).toBe('a\nb\nc');
  });

  it('stores question vectors losslessly as float32', () => {
    const vectors = [[0.5, -0.25, 0], [1, 0, 0.125]];
    expect(unpackVectors(packVectors(vectors)).map((v) => [...v])).toEqual(vectors);
    expect(unpackVectors(packVectors([]))).toEqual([]);
  });
});

describe('the referral table', () => {
  it('parses the real table: every topic names a department and a hotline', async () => {
    const parsed = parseReferralTable((await lexiconSources()).referrals);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.topics.find((t) => t.words.includes('公积金'))).toMatchObject({ department: '当地住房公积金管理中心', hotline: '12329' });
    expect(parsed.value.otherRegions).toContain('江苏');
    expect(parsed.value.otherRegions.every((r) => r.length >= 2)).toBe(true);
  });

  it('fails a malformed table with the field that is wrong', () => {
    expect(parseReferralTable('{"topics":[{"topic":"x"}],"otherRegions":[],"nonManufacturing":[]}')).toEqual({ ok: false, error: 'referrals.json: topics.0.topic: Too small: expected string to have >=2 characters' });
    expect(parseReferralTable('{')).toEqual({ ok: false, error: 'referrals.json: not valid JSON' });
    const base = { topics: [{ topic: '天气', words: ['天气'], department: '气象部门', hotline: '12121' }], otherRegions: [], nonManufacturing: [] };
    expect(parseReferralTable(JSON.stringify({ ...base, asks: [{ ask: '营业时间', pattern: '几点(开门' }] }))).toEqual({ ok: false, error: 'referrals.json: asks.0.pattern: not a valid regular expression' });
    expect(parseReferralTable(JSON.stringify({ ...base, asks: [{ ask: '营业时间', pattern: '几点开门', topic: '旅游' }] }))).toEqual({
      ok: false,
      error: 'referrals.json: asks: "营业时间" names topic "旅游", which is not in topics',
    });
    expect(parseReferralTable(JSON.stringify({ ...base, asks: [{ ask: '天气如何', pattern: '下雨吗', topic: '天气' }] })).ok).toBe(true);
  });
});
