/** The eval questions (eval/qa.jsonl), which the benchmarks rotate through as realistic traffic. */
import { readFileSync } from 'node:fs';
import type { Turn } from '../src/contract.js';

export interface EvalQuestion {
  id: string;
  question: string;
  history?: Turn[];
  refuse: boolean;
}

export function evalQuestions(file = 'eval/qa.jsonl'): EvalQuestion[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as EvalQuestion)
    .map(({ id, question, history, refuse }) => (history ? { id, question, history, refuse } : { id, question, refuse }));
}

/** The request body /api/ask receives for an eval question. */
export const askBody = (q: EvalQuestion): string => JSON.stringify(q.history ? { question: q.question, history: q.history } : { question: q.question });

/** The regression probe every scenario ends with: the plan's best-known figure. */
export const PROBE_QUESTION = '到2025年要建多少个5G基站？';
export const PROBE_FACT = '20万';
