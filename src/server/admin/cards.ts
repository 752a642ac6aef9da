/**
 * A supervisor's annotation as a question card: built from a form or read from a JSONL import, and checked
 * against the loaded plan before it is stored — clauses that exist, a referral or clauses, and a curated
 * answer that quotes its clauses verbatim with no number they lack (src/answer/curated.ts). Messages are
 * Chinese: the supervisor reads them.
 */
import { randomBytes } from 'node:crypto';
import { checkCuratedAnswer } from '../../answer/curated.js';
import { CardSchema, type Card } from '../../ingest/cards.js';
import { canonicalCard } from '../../store/annotations.js';
import type { Clause, Result } from '../../types.js';

export type AnnotationKind = 'link' | 'referral' | 'curated';

export const KIND_LABELS: Record<AnnotationKind, string> = { link: '关联条款', referral: '转办', curated: '标注回复' };

export function kindOf(card: Card): AnnotationKind {
  if (card.answer) return 'curated';
  if (card.referral && card.clauses.length === 0) return 'referral';
  return 'link';
}

export const newAnnotationId = () => `ann-${randomBytes(5).toString('hex')}`;

/** A form field that may come once, many times (checkboxes) or not at all. */
type Field = string | File | Array<string | File> | undefined;

const texts = (field: Field): string[] => (Array.isArray(field) ? field : field === undefined ? [] : [field]).filter((v): v is string => typeof v === 'string');

/** Clause ids from checkboxes and a typed list ("5.3.1 4.5.1", "5.3.1，4.5.1"), in order, once each. */
export function clauseIdsFrom(...fields: Field[]): string[] {
  return [...new Set(fields.flatMap(texts).flatMap((v) => v.split(/[\s,，、;；]+/)).filter(Boolean))];
}

const lines = (field: Field) => [...new Set(texts(field).flatMap((v) => v.split(/\r?\n/)).map((l) => l.trim()).filter(Boolean))];

export interface CardFields {
  questions?: Field;
  keywords?: Field;
  clauses?: Field;
  clauseList?: Field;
  answer?: Field;
  department?: Field;
  hotline?: Field;
}

/** The card a form describes, before it is checked. `kind` says which parts of the form count. */
export function cardFromForm(id: string, kind: AnnotationKind, form: CardFields): Card {
  const answer = texts(form.answer).join('').trim();
  const department = texts(form.department).join('').trim();
  const hotline = texts(form.hotline).join('').trim() || '12345';
  return {
    id,
    clauses: kind === 'referral' ? [] : clauseIdsFrom(form.clauses, form.clauseList),
    questions: lines(form.questions),
    keywords: lines(form.keywords).flatMap((l) => l.split(/[,，、;；]+/)).map((k) => k.trim()).filter(Boolean),
    ...(kind === 'curated' && answer ? { answer } : {}),
    source: 'supervisor',
    ...(kind === 'referral' ? { referral: { department, hotline } } : {}),
  };
}

/** null when the card may be stored; otherwise what is wrong, in Chinese. */
export function checkCard(card: Card, clauses: ReadonlyMap<string, Clause>): string | null {
  if (card.questions.length === 0) return '请至少填写一个问题（每行一个）。';
  if (card.questions.length > 50) return '一个标注最多 50 个问题。';
  const badQuestion = card.questions.find((q) => [...q].length < 2 || [...q].length > 300);
  if (badQuestion) return `问题“${badQuestion.slice(0, 40)}”的长度应在 2 到 300 字之间。`;
  if (card.keywords.length > 60) return '关键词最多 60 个。';
  const badKeyword = card.keywords.find((k) => [...k].length > 30);
  if (badKeyword) return `关键词“${badKeyword.slice(0, 40)}”超过 30 字。`;
  if (card.clauses.length > 8) return '一个标注最多关联 8 个条款。';
  const unknown = card.clauses.find((id) => !clauses.has(id));
  if (unknown) return `条款编号“${unknown.slice(0, 40)}”不在规划中。`;
  if (card.referral) {
    if (card.clauses.length > 0 || card.answer) return '转办标注不能同时关联条款或填写回复。';
    if ([...card.referral.department].length < 2 || [...card.referral.department].length > 60) return '请填写负责的部门（2 到 60 字），如“当地人力社保部门”。';
    if (!/^\d{3,8}$/.test(card.referral.hotline)) return '咨询电话应为 3 到 8 位数字，如 12345。';
  } else if (card.clauses.length === 0) {
    return '请至少选择一个条款；如果问题不在规划范围内，请改用“转办”。';
  }
  if (card.answer !== undefined) {
    if ([...card.answer].length > 2000) return '标注回复不能超过 2000 字。';
    const checked = checkCuratedAnswer(card.answer, card.clauses.map((id) => clauses.get(id)!));
    if (!checked.ok) return checked.error.message;
  }
  // The last word is the schema's: what is stored is exactly a card.
  const parsed = CardSchema.safeParse(canonicalCard(card));
  if (!parsed.success) return `标注格式不符：${parsed.error.issues[0]!.path.join('.')} ${parsed.error.issues[0]!.message}`;
  return null;
}

/** Annotations as JSONL: one card a line in the CardSchema shape, ready for data/lexicon/cards/ and review in git. */
export function annotationsJsonl(cards: Card[]): string {
  return cards.map((card) => JSON.stringify(canonicalCard(card))).join('\n') + (cards.length > 0 ? '\n' : '');
}

/**
 * The cards of a JSONL import, each checked like a form; the first bad line stops the import with its
 * line number. A line without an id gets a new one; every card becomes a supervisor's card.
 */
export function parseImport(text: string, clauses: ReadonlyMap<string, Clause>): Result<Card[], string> {
  const cards: Card[] = [];
  const ids = new Set<string>();
  const rows = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < rows.length; i++) {
    const line = rows[i]!.trim();
    if (!line || line.startsWith('#')) continue;
    const where = `第 ${i + 1} 行`;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      return { ok: false, error: `${where}：不是合法的 JSON。` };
    }
    const parsed = CardSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return { ok: false, error: `${where}：格式不符（${issue.path.join('.') || '整行'}：${issue.message}）。` };
    }
    const card: Card = { ...parsed.data, id: parsed.data.id ?? newAnnotationId(), source: 'supervisor' };
    if (ids.has(card.id)) return { ok: false, error: `${where}：标注编号 ${card.id} 重复。` };
    ids.add(card.id);
    const problem = checkCard(card, clauses);
    if (problem) return { ok: false, error: `${where}：${problem}` };
    cards.push(card);
  }
  if (cards.length === 0) return { ok: false, error: '没有可导入的标注：文件为空。' };
  return { ok: true, value: cards };
}
