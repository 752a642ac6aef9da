/**
 * Punctuation normalisation to the official full-width style of Chinese government documents.
 * The scraped source mixes ASCII "," ":" "(" with full-width "。" "、"; everything quoted later is
 * quoted from the normalised text, so this runs once, at parse time.
 */

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const CJK_OR_PUNCT = `${CJK}\\u3000-\\u303f\\uff00-\\uffef“”‘’—…`;

const LAYOUT_SPACE = new RegExp(`\\s+(?=[${CJK_OR_PUNCT}])|(?<=[${CJK_OR_PUNCT}])\\s+`, 'g');

/** Full-width forms of ASCII punctuation that Chinese text never writes half-width. */
const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };

/**
 * Normalise one line of plan text.
 * @example normalizeLine('各市、县(市、区)人民政府,省政府直属各单位:') // '各市、县（市、区）人民政府，省政府直属各单位：'
 */
export function normalizeLine(line: string): string {
  let text = line.replace(/\u00a0|\u3000/g, ' ').trim();
  // Spaces next to CJK characters or punctuation are layout noise from the scrape (“ 十四五” ).
  text = text.replace(LAYOUT_SPACE, '');
  // Commas and colons between digits (1,000 / 10:30) stay ASCII; elsewhere they are Chinese punctuation.
  text = text.replace(/[,;?!()]/g, (ch, offset: number, whole: string) => {
    if ((ch === ',') && /\d/.test(whole[offset - 1] ?? '') && /\d/.test(whole[offset + 1] ?? '')) return ch;
    return FULL_WIDTH[ch] ?? ch;
  });
  text = text.replace(/:/g, (ch, offset: number, whole: string) =>
    /\d/.test(whole[offset - 1] ?? '') && /\d/.test(whole[offset + 1] ?? '') ? ch : '：',
  );
  // ASCII double quotes alternate open/close.
  let open = true;
  text = text.replace(/"/g, () => {
    const q = open ? '“' : '”';
    open = !open;
    return q;
  });
  return text;
}

const CLAUSE_SPACE = new RegExp(`(?<=[${CJK}]{2}) (?=[${CJK}]{2}|[${CJK}]\\d{4}年)`, 'g');
const ONE_QUOTED = new RegExp(`['"‘’“”「」]([${CJK}])['"‘’“”「」](?=[${CJK}])`, 'g');

/**
 * Fold what a citizen may type into the plan's forms: full-width letters/digits to ASCII,
 * ASCII punctuation to full-width, collapsed whitespace, a space between clauses to a comma. Used for queries,
 * not for plan text.
 */
export function foldQuery(raw: string): string {
  const halfWidth = raw
    .normalize('NFKC')
    // NFKC turns full-width punctuation into ASCII; normalizeLine turns it back to Chinese style.
    .replace(/[\u0000-\u001f\u007f]/g, ' ');
  // A space between two runs of Chinese of two characters or more is how some askers separate clauses (萧山开钢结构厂的
  // 政府那么多政策…): a comma, also before a clause opening on a year (叫双倍什么的 到2025年…). Between single characters (智 能 制 造)
  // it is spacing-out, dropped below.
  const clauses = halfWidth.replace(/\s+/g, ' ').replace(CLAUSE_SPACE, '，');
  // '品'字标, “浙”字号: a quote around one character inside a word is emphasis, not a boundary ('品'字的标 is 品字); around
  // a word ('亩均'到底) it marks the word's edges, and stays.
  const unquoted = clauses.replace(ONE_QUOTED, '$1');
  // 劵 is typed for 券 (数据劵, 消费劵) far more often than it means anything of its own.
  return normalizeLine(unquoted).replace(/劵/g, '券');
}

/** Split text after sentence-ending punctuation (and any closing quote or bracket that follows). */
export function splitSentences(text: string): string[] {
  const sentences = text.match(/[^。！？]+(?:[。！？]+[”’）]*|$)/g) ?? [];
  return sentences.filter((s) => s.length > 0);
}
