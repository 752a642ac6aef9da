/**
 * Checks a model-written answer before it can reach a citizen: no markup; every [n] points at a provided
 * clause; every number — ASCII, full-width or Chinese numerals — and every quoted name in a statement
 * appears in the clauses that statement cites; every sentence, however short, is worded from those
 * clauses; a statement without a citation may only say what the plan does not specify.
 */
import type { Result } from '../types.js';

export interface Statement {
  text: string;
  markers: number[];
}

/** A citation marker [n]; global, so use it with matchAll or replace. */
export const MARKER = /\[(\d{1,2})\]/g;
/** A run of markers closing a statement: [1][2]. */
export const MARKER_GROUP = /(?:\[\d{1,2}\])+/g;
const NUMBER = /\d+(?:\.\d+)?/g;
/** 二十万, 百分之三十, 两千: two or more numeral characters, or 百分之 followed by numerals. */
const CHINESE_NUMBER = /百分之[零〇一二三四五六七八九十百点两]+|[零〇一二三四五六七八九十百千万亿两]{2,}/g;
const QUOTED_NAME = /“([^”]{2,30})”/g;
/**
 * What a plain-text answer never contains and a browser or Markdown renderer might act on: an HTML tag
 * (even unclosed), a character entity, a Markdown link or image, a URL. Tested after NFKC, so full-width
 * ＜ｂ＞ counts as <b>.
 */
const MARKUP = /<\s*\/?\s*[a-z!?]|&(?:#\d+|#x[\da-f]+|[a-z]+\d*);|\]\s*\(|!\[|\b[a-z][a-z\d+.-]*:\/\/|\b(?:javascript|vbscript|data):/i;
/** Markdown emphasis and headings (**20万**, backticks, ## 标题): layout a model adds, stripped rather than refused. */
const EMPHASIS = /[*\u0060#]/g;
/** The only things a statement may say without a citation. */
const UNCITED_ALLOWED = /^(规划(原文|中|里)?(未|没有|并未)(明确|规定|涉及|提及|写明)|具体以|以上|如需|请)/;

/**
 * Split an answer into statements, each ending with its marker group: "…。[1][2]". The pieces always
 * join back to the whole answer, so no text escapes the checks.
 */
export function splitStatements(answer: string): Statement[] {
  const statements: Statement[] = [];
  let start = 0;
  for (const match of answer.matchAll(MARKER_GROUP)) {
    const end = match.index + match[0].length;
    statements.push({ text: answer.slice(start, end), markers: [...match[0].matchAll(MARKER)].map((m) => Number(m[1])) });
    start = end;
  }
  if (start < answer.length) statements.push({ text: answer.slice(start), markers: [] });
  return statements.filter((s) => s.text.trim().length > 0);
}

export type ValidationError = 'markup' | 'no_citation' | 'unknown_citation' | 'ungrounded_number' | 'ungrounded_name' | 'uncited_statement' | 'unsupported_sentence' | 'empty';

/**
 * A model's text without Markdown emphasis, before it is split and checked. Character by character, so it
 * can run on each streamed chunk: a `**` split across two chunks is removed all the same.
 * @example stripEmphasis('建成5G基站**20万个**以上。[1]') // '建成5G基站20万个以上。[1]'
 */
export function stripEmphasis(text: string): string {
  return text.replace(EMPHASIS, '');
}

export const hasMarkup = (text: string): boolean => MARKUP.test(text.normalize('NFKC'));

/** Numbers of a statement, without its [n] markers: digits (after NFKC, so ３０ is 30) and Chinese numerals. */
export function numbersIn(text: string): string[] {
  // Circled list enumerators (①②) are layout, and NFKC would turn them into digits: drop them first.
  const plain = text.replace(/[\u2460-\u2473]/g, '').normalize('NFKC').replace(MARKER, '');
  return [...(plain.match(NUMBER) ?? []), ...(plain.match(CHINESE_NUMBER) ?? [])];
}

/** "20" must not pass because the clause says "2025": digits around a match disqualify it. */
export function numberAppears(number: string, text: string): boolean {
  if (!/^\d/.test(number)) return text.includes(number);
  return new RegExp(`(?<![\\d.])${number.replace('.', '\\.')}(?!\\d|\\.\\d)`).test(text.normalize('NFKC'));
}

/**
 * A rephrase stays close to its source: at least half of each sentence's character bigrams must occur
 * in the cited clauses. Cheap, and it stops a cited statement from carrying an unsupported claim
 * without figures ("企业还可以向银行申请贴息").
 */
const MIN_BIGRAM_SUPPORT = 0.5;

function supported(sentence: string, cited: string): boolean {
  const chars = sentence.replace(/[^\p{L}\p{N}]/gu, '');
  // No length is too short to check: "ok", "是的" and one letter must come from the clauses too.
  if (chars.length <= 1) return chars.length === 0 || cited.includes(chars);
  let found = 0;
  for (let i = 0; i + 1 < chars.length; i++) if (cited.includes(chars.slice(i, i + 2))) found++;
  return found / (chars.length - 1) >= MIN_BIGRAM_SUPPORT;
}

export function validateStatement(statement: Statement, clauseTexts: string[]): Result<true, ValidationError> {
  if (hasMarkup(statement.text)) return { ok: false, error: 'markup' };
  const body = statement.text.replace(MARKER, '').trim();
  if (statement.markers.length === 0) {
    if (numbersIn(body).length > 0) return { ok: false, error: 'ungrounded_number' };
    return UNCITED_ALLOWED.test(body.replace(/^[\s。；，]+/, '')) ? { ok: true, value: true } : { ok: false, error: 'uncited_statement' };
  }
  if (statement.markers.some((n) => n < 1 || n > clauseTexts.length)) return { ok: false, error: 'unknown_citation' };
  const cited = statement.markers.map((n) => clauseTexts[n - 1]!).join('\n');
  for (const number of numbersIn(body)) if (!numberAppears(number, cited)) return { ok: false, error: 'ungrounded_number' };
  for (const [, name] of body.matchAll(QUOTED_NAME)) if (!cited.includes(name!)) return { ok: false, error: 'ungrounded_name' };
  for (const sentence of body.split(/[。！？；]/)) if (!supported(sentence, cited)) return { ok: false, error: 'unsupported_sentence' };
  return { ok: true, value: true };
}

/** Each statement checked against the clauses it cites; the first failure stops. */
export function validateStatements(statements: Statement[], clauseTexts: string[]): Result<Statement[], ValidationError> {
  for (const statement of statements) {
    const checked = validateStatement(statement, clauseTexts);
    if (!checked.ok) return checked;
  }
  return { ok: true, value: statements };
}

/** What only a whole answer must be: not empty, and citing at least once. */
export function validateWhole(statements: Statement[]): Result<true, ValidationError> {
  if (statements.length === 0) return { ok: false, error: 'empty' };
  if (!statements.some((s) => s.markers.length > 0)) return { ok: false, error: 'no_citation' };
  return { ok: true, value: true };
}

export function validateAnswer(answer: string, clauseTexts: string[]): Result<Statement[], ValidationError> {
  const statements = splitStatements(answer);
  const whole = validateWhole(statements);
  return whole.ok ? validateStatements(statements, clauseTexts) : whole;
}
