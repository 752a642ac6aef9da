/**
 * Plan text → metadata + clause tree. Pure: takes the file's text, returns data.
 *
 * The published structure is: part (一、…) → section (（一）…) → item (1. …), goal line (——…) or
 * lead-phrase paragraph (建立完善实验室体系。…). A section heading may carry its own body
 * ((一)发展基础。“十三五”期间…), which then is a clause of its own, id `part.section`.
 */
import type { Clause, ClauseKind, DocumentMeta, MissingContent, OutlinePart, OutlineSection } from '../types.js';
import { normalizeLine, splitSentences } from './normalize.js';

const CN_DIGITS = '〇一二三四五六七八九';

/** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20 */
export function chineseNumeral(text: string): number {
  if (text === '十') return 10;
  const value = (s: string | undefined) => (s ? CN_DIGITS.indexOf(s) : 0);
  if (!text.includes('十')) return value(text);
  const [tens, ones] = text.split('十');
  return (tens ? value(tens) : 1) * 10 + value(ones);
}

const PART_RE = /^([一二三四五六七八九十]{1,3})、(.+)$/;
const SECTION_RE = /^（([一二三四五六七八九十]{1,3})）(.+)$/;
const ITEM_RE = /^(\d{1,2})\.(?!\d)(.+)$/;
const IMAGE_RE = /\.(?:jpg|jpeg|png|gif)$/i;

/** Lines of the news site around the document, not part of it. */
const CHROME_LINE = [/^当前位置/, /^来源[:：]/, /^热点新闻推荐/, /COPYRIGHT/i, /ICP备/, /公安备案/, /^分享到/, /^上一篇|^下一篇/];
/** Everything from such a line to the end of the file is the site's footer. */
const FOOTER_START = [/^版权与免责声明/, /^热点新闻推荐/, /^COPYRIGHT/i];

export interface ParsedDocument {
  meta: Omit<DocumentMeta, 'docId' | 'sourceFile' | 'sha256'>;
  outline: OutlinePart[];
  clauses: Omit<Clause, 'order' | 'docId' | 'facets'>[];
  warnings: string[];
}

/** Remove the site's breadcrumb, source line, disclaimer, recommendations and copyright footer. */
export function stripChrome(lines: string[]): string[] {
  const kept: string[] = [];
  for (const line of lines) {
    if (FOOTER_START.some((re) => re.test(line))) break;
    if (CHROME_LINE.some((re) => re.test(line))) continue;
    kept.push(line);
  }
  return kept;
}

function readMetadata(rawLines: string[], lines: string[]): ParsedDocument['meta'] {
  const all = lines.join('\n');
  const noticeTitle = lines.find((l) => /关于印发.+的通知$/.test(l)) ?? null;
  const titleFromNotice = noticeTitle?.match(/关于印发(.+)的通知$/)?.[1] ?? null;
  const signedIndex = lines.findIndex((l) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(l));
  const signedDate = signedIndex >= 0 ? lines[signedIndex]! : null;
  const signed = signedDate?.match(/^(\d{4})年(\d{1,2})月(\d{1,2})日$/);
  // The issuer signs the notice on the line above its date.
  const issuer = signedIndex > 0 ? lines[signedIndex - 1]! : (noticeTitle?.match(/^(.+?)关于印发/)?.[1] ?? null);
  const sourceLine = rawLines.find((l) => /^来源[:：]/.test(l.trim()));
  const publishedDate = sourceLine?.match(/(\d{4}-\d{2}-\d{2})/)?.[1] ?? null;
  const period = all.match(/规划期限为(\d{4})[—–-]+(\d{4})年/);
  return {
    title: titleFromNotice ?? lines[0] ?? '',
    noticeTitle,
    issuer,
    documentNumber: all.match(/[\u4e00-\u9fff]{1,6}〔\d{4}〕\d+号/)?.[0] ?? null,
    signedDate,
    signedDateIso: signed ? `${signed[1]}-${signed[2]!.padStart(2, '0')}-${signed[3]!.padStart(2, '0')}` : null,
    publishedDate,
    period: period ? `${period[1]}—${period[2]}年` : null,
    periodStart: period ? Number(period[1]) : null,
    periodEnd: period ? Number(period[2]) : null,
    missing: [],
    unstructured: false,
  };
}

/** Split a heading line into its title sentence and the body that follows on the same line. */
function splitHeading(rest: string): { title: string; body: string } {
  const end = rest.indexOf('。');
  if (end < 0) return { title: rest, body: '' };
  return { title: rest.slice(0, end), body: rest.slice(end + 1) };
}

function leadPhrase(text: string): string {
  const first = splitSentences(text)[0] ?? text;
  const stripped = first.replace(/^\d{1,2}\./, '').replace(/^——/, '').replace(/[。！？]$/, '');
  return stripped.length <= 30 ? stripped : stripped.slice(0, 30) + '…';
}

/**
 * Parse one document's text.
 * @example parsePlan(fs.readFileSync('data/source/plan.txt', 'utf8')).clauses[0].id // '0.1'
 */
export function parsePlan(source: string): ParsedDocument {
  const rawLines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const lines = stripChrome(rawLines.map((l) => l.trim()).filter(Boolean)).map(normalizeLine).filter(Boolean);
  const meta = readMetadata(rawLines, lines);
  const warnings: string[] = [];
  const outline: OutlinePart[] = [];
  const clauses: ParsedDocument['clauses'] = [];

  const firstPart = lines.findIndex((l) => PART_RE.test(l));
  if (firstPart < 0) {
    warnings.push('no part headings (一、二、…) recognised: indexed as plain paragraphs');
    meta.unstructured = true;
    const part: OutlinePart = { id: '0', heading: meta.title, sections: [], clauseIds: [] };
    lines.filter((l) => splitSentences(l).length > 0 && l.length >= 10).forEach((text, i) => {
      const id = `0.${i + 1}`;
      part.clauseIds.push(id);
      clauses.push({ id, kind: 'paragraph', label: `第${i + 1}段`, title: leadPhrase(text), path: [meta.title], text, sentences: splitSentences(text) });
    });
    outline.push(part);
    return { meta, outline, clauses, warnings };
  }

  // The preamble: body paragraphs between the plan's own title line and part 一.
  const titleLine = lines.lastIndexOf(meta.title, firstPart);
  const preamble = lines.slice(titleLine >= 0 ? titleLine + 1 : firstPart, firstPart).filter((l) => /[。]$/.test(l) && l.length >= 20);
  // The issuing notice (title, document number, addressees, signature, date) is clause 0.0, so that
  // answers about the document itself quote and cite it like any other clause.
  const noticeStart = meta.noticeTitle ? lines.indexOf(meta.noticeTitle) : -1;
  const notice = noticeStart >= 0 && titleLine > noticeStart ? lines.slice(noticeStart, titleLine) : [];
  if (preamble.length > 0 || notice.length > 0) {
    const part: OutlinePart = { id: '0', heading: '前言', sections: [], clauseIds: [] };
    if (notice.length > 0) {
      part.clauseIds.push('0.0');
      const sentences = notice.map((l, i) => (i < notice.length - 1 ? `${l}\n` : l));
      clauses.push({ id: '0.0', kind: 'notice', label: '印发通知', title: '印发通知', path: ['印发通知'], text: sentences.join(''), sentences });
    }
    preamble.forEach((text, i) => {
      const id = `0.${i + 1}`;
      part.clauseIds.push(id);
      clauses.push({ id, kind: 'preamble', label: '前言', title: '前言', path: ['前言'], text, sentences: splitSentences(text) });
    });
    outline.push(part);
  }

  let part: OutlinePart | null = null;
  let section: OutlineSection | null = null;
  let childCount = 0;
  const addClause = (kind: ClauseKind, id: string, text: string, title: string) => {
    if (!part) return;
    const path = section ? [part.heading, section.heading] : [part.heading];
    (section ?? part).clauseIds.push(id);
    clauses.push({ id, kind, label: section?.label ?? part.heading, title, path, text, sentences: splitSentences(text) });
  };

  for (let i = firstPart; i < lines.length; i++) {
    const line = lines[i]!;
    const partMatch = line.match(PART_RE);
    if (partMatch) {
      part = { id: String(chineseNumeral(partMatch[1]!)), heading: line, sections: [], clauseIds: [] };
      outline.push(part);
      section = null;
      childCount = 0;
      continue;
    }
    if (!part) continue;
    const sectionMatch = line.match(SECTION_RE);
    if (sectionMatch) {
      const { title, body } = splitHeading(sectionMatch[2]!);
      const partNumeral = part.heading.slice(0, part.heading.indexOf('、'));
      const id = `${part.id}.${chineseNumeral(sectionMatch[1]!)}`;
      section = { id, heading: `（${sectionMatch[1]}）${title}`, label: `${partNumeral}（${sectionMatch[1]}）${title}`, clauseIds: [] };
      part.sections.push(section);
      childCount = 0;
      if (body) addClause('section', id, body, title);
      continue;
    }
    if (IMAGE_RE.test(line)) {
      // A table published as an image: its caption is the next short line without a full stop.
      const caption = lines[i + 1] && !/[。；]/.test(lines[i + 1]!) && lines[i + 1]!.length <= 40 ? lines[i + 1]! : line.replace(IMAGE_RE, '');
      const missing: MissingContent = { title: caption, kind: 'image', file: line, afterClauseId: clauses.at(-1)?.id ?? null };
      meta.missing.push(missing);
      if (caption === lines[i + 1]) i++;
      continue;
    }
    childCount++;
    // A paragraph directly under a part (before its first section) is part.0.n: part.n belongs to section （n）.
    const id = section ? `${section.id}.${childCount}` : `${part.id}.0.${childCount}`;
    const kind: ClauseKind = ITEM_RE.test(line) ? 'item' : line.startsWith('——') ? 'goal' : 'paragraph';
    addClause(kind, id, line, leadPhrase(line));
  }
  return { meta, outline, clauses, warnings };
}
