/**
 * The text of `npm run report`: what citizens ask that the plan does not answer, and what they found
 * unhelpful. Every question and comment is untrusted: it is printed with control characters, line breaks,
 * terminal escape sequences and bidirectional overrides shown escaped (`\n`, `\x1b`, `\u202e`), never
 * emitted, so a comment cannot forge report rows, clear the screen or retitle the terminal.
 */
import type { QuestionCount } from '../store/log.js';
import { REASONS } from './reasons.js';

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\\': '\\\\' };
// C0 and C1 controls, DEL, line/paragraph separators, bidi embeddings/overrides/isolates, BOM: never printed raw.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ufeff]/g;

/** `text` as one line that a terminal shows, not obeys. */
export function shownSafely(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    if (NAMED[ch]) return NAMED[ch];
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

function table(rows: QuestionCount[], notes: (row: QuestionCount) => string): string[] {
  if (rows.length === 0) return ['  （暂无）'];
  const width = String(rows[0]!.count).length;
  return rows.map((r) => {
    const extra = notes(r);
    return `  ${String(r.count).padStart(width)} 次  ${r.lastAt.slice(0, 10)}  ${shownSafely(r.question)}${extra ? `  —— ${extra}` : ''}`;
  });
}

export function formatReport({ source, refused, unhelpful, since }: { source: string; refused: QuestionCount[]; unhelpful: QuestionCount[]; since?: string }): string {
  const scope = since ? `${since.slice(0, 10)} 以来` : '全部时间';
  return [
    `政策问答 · 问题报告（${shownSafely(source)}，${scope}）`,
    '',
    `未能回答的问题（前 ${refused.length} 个，按次数）：`,
    ...table(refused, (r) => r.notes.map((n) => shownSafely(REASONS[n] ?? n)).join('、')),
    '',
    `被标为“没帮助”的问题（前 ${unhelpful.length} 个，按次数）：`,
    // Cut before escaping: an escape sequence is never split in half.
    ...table(unhelpful, (r) => r.notes.slice(0, 3).map((n) => `“${shownSafely([...n].slice(0, 60).join(''))}”`).join(' ')),
    '',
  ].join('\n');
}
