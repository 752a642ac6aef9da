/**
 * Checks a model-written answer before it can reach a citizen: every [n] points at a provided clause,
 * and every number in a statement appears verbatim in the clauses that statement cites.
 */
import type { Result } from '../types.js';

export interface Statement {
  text: string;
  markers: number[];
}

const MARKER = /\[(\d{1,2})\]/g;
const NUMBER = /\d+(?:\.\d+)?/g;

/** Split an answer into statements that end with their markers: "…。[1][2]" */
export function splitStatements(answer: string): Statement[] {
  const statements: Statement[] = [];
  const re = /[^\[]*?(?:\[\d{1,2}\])+|[^\[]+$/g;
  for (const match of answer.matchAll(re)) {
    const text = match[0];
    if (!text.trim()) continue;
    statements.push({ text, markers: [...text.matchAll(MARKER)].map((m) => Number(m[1])) });
  }
  return statements;
}

export type ValidationError = 'no_citation' | 'unknown_citation' | 'ungrounded_number' | 'empty';

/** Numbers of a statement, without its [n] markers. */
export function numbersIn(text: string): string[] {
  return text.replace(MARKER, '').match(NUMBER) ?? [];
}

/** "20" must not pass because the clause says "2025": digits around a match disqualify it. */
export function numberAppears(number: string, text: string): boolean {
  return new RegExp(`(?<![\\d.])${number.replace('.', '\\.')}(?!\\d|\\.\\d)`).test(text);
}

export function validateStatement(statement: Statement, clauseTexts: string[]): Result<true, ValidationError> {
  if (statement.markers.length === 0) {
    // A closing remark without figures ("规划未明确具体金额。") may stand uncited.
    return numbersIn(statement.text).length === 0 ? { ok: true, value: true } : { ok: false, error: 'ungrounded_number' };
  }
  if (statement.markers.some((n) => n < 1 || n > clauseTexts.length)) return { ok: false, error: 'unknown_citation' };
  const cited = statement.markers.map((n) => clauseTexts[n - 1]!).join('\n');
  for (const number of numbersIn(statement.text)) if (!numberAppears(number, cited)) return { ok: false, error: 'ungrounded_number' };
  return { ok: true, value: true };
}

export function validateAnswer(answer: string, clauseTexts: string[]): Result<Statement[], ValidationError> {
  const statements = splitStatements(answer);
  if (statements.length === 0) return { ok: false, error: 'empty' };
  if (!statements.some((s) => s.markers.length > 0)) return { ok: false, error: 'no_citation' };
  for (const statement of statements) {
    const checked = validateStatement(statement, clauseTexts);
    if (!checked.ok) return checked;
  }
  return { ok: true, value: statements };
}
