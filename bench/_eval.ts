/** The eval questions (eval/qa.jsonl), which the benchmarks rotate through as realistic traffic. */
import { readdirSync, readFileSync } from 'node:fs';
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

/**
 * Questions the engine has not seen in this process: every `step`-th of the blind batches (eval/blind/batch-*.jsonl), in
 * file order. Longer than the dev set's on average (owners' stories), and each is asked once, so no cache has met it.
 */
export function unseenQuestions(step = 10, dir = 'eval/blind'): EvalQuestion[] {
  const files = readdirSync(dir).filter((f) => /^batch-.*\.jsonl$/.test(f)).sort();
  return files.flatMap((f) => evalQuestions(`${dir}/${f}`)).filter((_, i) => i % step === 0);
}

/** The request body /api/ask receives for an eval question. */
export const askBody = (q: EvalQuestion): string => JSON.stringify(q.history ? { question: q.question, history: q.history } : { question: q.question });

/** The regression probe every scenario ends with: the plan's best-known figure. */
export const PROBE_QUESTION = '到2025年要建多少个5G基站？';
export const PROBE_FACT = '20万';
