/**
 * The shape of an answer's text, for rendering: paragraphs and lists. The engine writes one statement a
 * line; list items start with a circled number (①②…). The plan's own enumerators ("1.双核：", "（三）")
 * are the plan's structure, not the answer's: they are cut from the start of a line and of a clause.
 */
export type AnswerBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: ListItem[] };

export interface ListItem {
  /** ①, ②…: shown, but hidden from screen readers, which announce the list's own numbering */
  enumerator: string;
  text: string;
}

const CIRCLED = /^([\u2460-\u2473\u3251-\u325f\u32b1-\u32bf])\s*/;
/** "1." "1．" "1、" (not "1.5倍") and "（一）" "(三)" at the start of a line. */
const PLAN_ENUMERATOR = /^(?:\d{1,2}[.．、](?!\d)|[（(][一二三四五六七八九十]{1,3}[）)])\s*/;

/** A clause or statement without the plan's own leading enumerator. */
export function withoutPlanEnumerator(text: string): string {
  return text.replace(PLAN_ENUMERATOR, '');
}

/**
 * @example answerBlocks('规划中的主要措施有：\n① 甲。[1]\n② 乙。[2]')
 * // [{ kind: 'paragraph', text: '规划中的主要措施有：' }, { kind: 'list', items: [{ enumerator: '①', text: '甲。[1]' }, …] }]
 */
export function answerBlocks(answer: string): AnswerBlock[] {
  const blocks: AnswerBlock[] = [];
  for (const raw of answer.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const circled = CIRCLED.exec(line);
    if (!circled) {
      blocks.push({ kind: 'paragraph', text: withoutPlanEnumerator(line) });
      continue;
    }
    const item = { enumerator: circled[1]!, text: withoutPlanEnumerator(line.slice(circled[0].length)) };
    const last = blocks.at(-1);
    if (last?.kind === 'list') last.items.push(item);
    else blocks.push({ kind: 'list', items: [item] });
  }
  return blocks;
}

/** Splits a quote into its sentences, each kept with its closing punctuation. */
function sentences(quote: string): string[] {
  return quote.split(/(?<=[。；！？!?;\n])/).map((s) => s.trim()).filter(Boolean);
}

export interface ClauseSegment {
  text: string;
  quoted: boolean;
}

/**
 * The clause cut into quoted and unquoted runs: each sentence of the quote is marked where it occurs,
 * in order. A quote that is not found in the text marks nothing.
 * @example markQuote('甲。乙。丙。', '乙。') // [{ text: '甲。', quoted: false }, { text: '乙。', quoted: true }, { text: '丙。', quoted: false }]
 */
export function markQuote(text: string, quote: string): ClauseSegment[] {
  const segments: ClauseSegment[] = [];
  let at = 0;
  for (const sentence of sentences(quote)) {
    const i = text.indexOf(sentence, at);
    if (i < 0) continue;
    if (i > at) segments.push({ text: text.slice(at, i), quoted: false });
    segments.push({ text: sentence, quoted: true });
    at = i + sentence.length;
  }
  if (at < text.length) segments.push({ text: text.slice(at), quoted: false });
  return segments;
}

/**
 * True when every sentence of the quote is already in the answer's text: then the sources list does not
 * print it a second time.
 */
export function quoteInAnswer(answer: string, quote: string): boolean {
  const plain = answer.replace(/\[\d{1,2}\]/g, '');
  const parts = sentences(quote);
  return parts.length > 0 && parts.every((s) => plain.includes(s));
}
