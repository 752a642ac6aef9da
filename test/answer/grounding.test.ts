import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/engine.js';
import { HOTLINE_REFERENCE } from '../../src/answer/messages.js';
import { numberAppears, numbersIn } from '../../src/answer/validate.js';
import { testIndex } from '../helpers.js';

const questions = readFileSync('eval/qa.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { id: string; question: string; history?: { role: 'user' | 'assistant'; content: string }[] });

describe('every extractive answer over the whole eval set', () => {
  it('has no number that is not in a cited clause, and quotes verbatim', async () => {
    const index = await testIndex();
    const engine = createEngine({ index });
    const clauseText = new Map(index.corpus.clauses.map((c) => [c.id, c.text]));
    const problems: string[] = [];
    for (const q of questions) {
      const { body } = await engine.ask({ question: q.question, history: q.history });
      for (const c of body.citations) {
        if (clauseText.get(c.id) !== c.text) problems.push(`${q.id}: citation ${c.id} text is not the clause`);
        if (!c.text.includes(c.quote) || c.quote.length === 0) problems.push(`${q.id}: quote of ${c.id} is not verbatim`);
      }
      if (body.refused) continue;
      const cited = body.citations.map((c) => c.text).join('\n');
      for (const n of numbersIn(body.answer.replace(HOTLINE_REFERENCE, ''))) if (!numberAppears(n, cited)) problems.push(`${q.id}: ${n} not in cited clauses`);
      for (const m of body.answer.matchAll(/\[(\d+)\]/g)) if (Number(m[1]) > body.citations.length) problems.push(`${q.id}: marker [${m[1]}] has no citation`);
    }
    expect(questions.length).toBeGreaterThan(120);
    expect(problems).toEqual([]);
  }, 120_000);
});
