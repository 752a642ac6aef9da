import { describe, expect, it } from 'vitest';
import { engineFor } from '../../src/answer/load.js';
import { checkCuratedAnswer } from '../../src/answer/curated.js';
import type { Card } from '../../src/ingest/cards.js';
import { testIndex } from '../helpers.js';

const config = { llm: null, llmTimeoutMs: 1000 };
const supervisor = (over: Partial<Card>): Card => ({ id: 'ann-1', clauses: [], questions: [], keywords: [], source: 'supervisor', ...over });

describe('a supervisor card decides questions close to it', () => {
  it('answers a question the gate refused from the clause the supervisor linked, and a close rewording too', async () => {
    const index = await testIndex();
    const question = '老王讲有个啥拜把子，小厂抱大厂大腿';
    const before = await engineFor(index, config);
    expect((await before.ask({ question })).body.refused).toBe(true);
    const link = supervisor({ id: 'ann-link', clauses: ['5.3.1'], questions: [question] });
    const after = await engineFor(index, config, [link]);
    const same = await after.ask({ question });
    expect(same.body.citations[0]?.id).toBe('5.3.1');
    expect(same.trace.cardId).toBe('ann-link');
    expect(same.trace.cardIds).toContain('ann-link');
    const reworded = await after.ask({ question: '老王说有个拜把子，小厂抱大厂大腿？' });
    expect(reworded.body.refused).toBe(false);
    expect(reworded.body.citations[0]?.id).toBe('5.3.1');
    // Whatever the question's own words favour, the linked clause is the one quoted.
    const looser = await after.ask({ question: '小厂抱大厂大腿，有拜把子的说法吗' });
    expect(looser.trace.cardId).toBe('ann-link');
    expect(looser.body.citations.map((c) => c.id)).toEqual(['5.3.1']);
  });

  it('serves a curated answer as mode curated, with its citations', async () => {
    const index = await testIndex();
    const clause = index.corpus.clauses.find((c) => c.id === '3.3.4')!;
    const sentence = clause.sentences.find((s) => s.includes('首贷户'))!.trim();
    const card = supervisor({ id: 'ann-curated', clauses: ['3.3.4'], questions: ['第一次找银行贷款有什么帮助'], answer: `关于首次贷款，规划提出：${sentence}[1]` });
    const engine = await engineFor(index, config, [card]);
    const { body, trace } = await engine.ask({ question: '第一次找银行贷款有什么帮助' });
    expect(body.mode).toBe('curated');
    expect(body.answer).toBe(card.answer);
    expect(body.citations.map((c) => [c.n, c.id])).toEqual([[1, '3.3.4']]);
    expect(body.citations[0]!.quote).toBe(sentence);
    expect(trace.cardId).toBe('ann-curated');
  });

  it('refuses with the referral of an out-of-scope card', async () => {
    const index = await testIndex();
    const card = supervisor({ id: 'ann-oos', questions: ['退休职工的养老金什么时候调整'], referral: { department: '当地人力社保部门', hotline: '12333' } });
    const engine = await engineFor(index, config, [card]);
    const { body, trace } = await engine.ask({ question: '退休职工的养老金什么时候调整' });
    expect(body.refused).toBe(true);
    expect(body.answer).toContain('此类事项由当地人力社保部门办理，可拨打12333咨询');
    expect(trace.refusalReason).toBe('referral');
  });
});

describe('a curated answer is checked against the plan', () => {
  it('rejects a sentence that is not verbatim in its cited clause', async () => {
    const index = await testIndex();
    const clause = index.corpus.clauses.find((c) => c.id === '3.5.2')!;
    const checked = checkCuratedAnswer('规划提出对首台套产品给予重奖。[1]', [clause]);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.error.code).toBe('not_verbatim');
  });

  it('rejects a number that is not in the cited clauses', async () => {
    const index = await testIndex();
    const clause = index.corpus.clauses.find((c) => c.id === '3.5.2')!;
    const quote = clause.sentences[1]!.trim();
    const checked = checkCuratedAnswer(`首台套奖励最高500万元。${quote}[1]`, [clause]);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.error.code).toBe('ungrounded_number');
  });

  it('rejects an answer that cites nothing, and a marker with no clause', async () => {
    const index = await testIndex();
    const clause = index.corpus.clauses.find((c) => c.id === '3.5.2')!;
    const none = checkCuratedAnswer('请咨询当地经信部门。', [clause]);
    expect(!none.ok && none.error.code).toBe('no_citation');
    const unknown = checkCuratedAnswer(`${clause.sentences[1]!.trim()}[2]`, [clause]);
    expect(!unknown.ok && unknown.error.code).toBe('unknown_citation');
  });

  it('accepts verbatim quotes with a short uncited link and the 12345 hotline', async () => {
    const index = await testIndex();
    const clause = index.corpus.clauses.find((c) => c.id === '3.5.2')!;
    const quote = clause.sentences[1]!.trim();
    const checked = checkCuratedAnswer(`规划原文未明确奖励金额，请拨打12345政务服务便民热线咨询。${quote}[1]`, [clause]);
    expect(checked.ok).toBe(true);
    expect(checked.ok && checked.value[0]!.quote).toBe(quote);
  });
});
