/**
 * A supervisor's curated answer (标注回复), checked against the plan before it can be stored or served:
 * every cited statement is a verbatim quote of a clause it cites, every number of the whole answer is in
 * the cited clauses (the 12345 hotline excepted), and a statement without a citation is a short link
 * ("关于贷款，规划提出：") that states no number and no quoted name.
 */
import type { Citation } from '../contract.js';
import type { Clause, Result } from '../types.js';
import { citationOf } from './compose.js';
import { HOTLINE_REFERENCE } from './messages.js';
import { chosenHit } from '../retrieval/retriever.js';
import { MARKER, numberAppears, numbersIn, splitStatements } from './validate.js';

export type CuratedErrorCode = 'empty' | 'no_citation' | 'unknown_citation' | 'not_verbatim' | 'ungrounded_number' | 'uncited_too_long';

export interface CuratedError {
  code: CuratedErrorCode;
  /** Chinese, for the supervisor: what is wrong and with which sentence. */
  message: string;
}

/** A list enumerator or quotation marks around a quote are layout, not words of the plan. */
const LAYOUT = /^[\s\u2460-\u2473\-•·]*(\d{1,2}[.、．]\s*)?[“「"]?|[”」"]?\s*$/g;
const UNCITED_MAX = 60;
const QUOTED_NAME = /“([^”]{2,30})”/;

/** A link may lead into a quote ("关于首次贷款，规划提出："): it ends where the quote starts, after punctuation. */
const QUOTE_START = /[：:，,。；;！？]/g;

const isLink = (text: string) => text.length <= UNCITED_MAX && !QUOTED_NAME.test(text);

/**
 * The verbatim quote a cited statement ends with, and the source clause: the longest tail of the statement,
 * starting at its beginning or after a punctuation mark, that a clause it cites contains; what comes before
 * must be a short link.
 */
function quoteIn(body: string, markers: number[], clauses: Clause[]): { quote: string; source: number } | null {
  const starts = [0, ...[...body.matchAll(QUOTE_START)].map((m) => m.index + 1)];
  for (const start of starts) {
    const quote = body.slice(start).replace(LAYOUT, '').trim();
    if (quote.length < 2 || !isLink(body.slice(0, start).trim())) continue;
    const source = markers.find((n) => clauses[n - 1]!.text.includes(quote));
    if (source !== undefined) return { quote, source };
  }
  return null;
}

/** The statements of a curated answer and the citations it will be served with, or why it is rejected. */
export function checkCuratedAnswer(answer: string, clauses: Clause[]): Result<Citation[], CuratedError> {
  const fail = (code: CuratedErrorCode, message: string): Result<Citation[], CuratedError> => ({ ok: false, error: { code, message } });
  const statements = splitStatements(answer.trim());
  if (statements.length === 0) return fail('empty', '标注回复不能为空。');
  if (!statements.some((s) => s.markers.length > 0)) return fail('no_citation', '标注回复必须引用条款：在引用的原文句子后标注 [1]、[2]…，编号对应所选条款的顺序。');
  const unknown = statements.flatMap((s) => s.markers).find((n) => n < 1 || n > clauses.length);
  if (unknown !== undefined) return fail('unknown_citation', `引用编号 [${unknown}] 没有对应的条款：共选了 ${clauses.length} 条。`);
  const citedText = [...new Set(statements.flatMap((s) => s.markers))].map((n) => clauses[n - 1]!.text).join('\n');
  for (const number of numbersIn(answer.replace(HOTLINE_REFERENCE, ''))) {
    if (!numberAppears(number, citedText)) return fail('ungrounded_number', `数字“${number}”不在所引条款中：回复里的数字必须出自引用的条款。`);
  }
  const quotes = new Map<number, string>();
  for (const statement of statements) {
    const body = statement.text.replace(MARKER, '').trim();
    if (statement.markers.length === 0) {
      if (!isLink(body)) return fail('uncited_too_long', `未标注引用的句子只能是简短的过渡语（不超过${UNCITED_MAX}字、不含带引号的名称）：“${body.slice(0, 40)}”`);
      continue;
    }
    const found = quoteIn(body, statement.markers, clauses);
    if (!found) {
      const labels = statement.markers.map((n) => clauses[n - 1]!.label).join('、');
      return fail('not_verbatim', `这句话不是所引条款（${labels}）的原文：“${body.slice(0, 60)}”。引用句必须逐字摘自条款，过渡语放在引文之前并以标点隔开。`);
    }
    if (!quotes.has(found.source)) quotes.set(found.source, found.quote);
  }
  // A clause the answer does not quote is still offered, at its first sentence.
  return { ok: true, value: clauses.map((clause, i) => citationOf(chosenHit(clause), i + 1, quotes.get(i + 1) ?? clause.sentences[0]!.trim())) };
}
