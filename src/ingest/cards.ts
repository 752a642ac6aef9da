/**
 * Question cards: the bridge from the words people use to the plan's clauses. A card names the clauses
 * that answer it, the questions people ask in their own words, and everyday keywords for the topic
 * (关联问题 / 自定义索引 in other products). Hand-written cards live in data/lexicon/cards/*.jsonl; a
 * supervisor's annotation is the same shape (src/server/admin). Pure: parsing and validation over text.
 */
import { z } from 'zod';
import type { Result } from '../types.js';

export const CardSchema = z.strictObject({
  /** Stable id; file cards get `<file>:<line>` when they carry none. */
  id: z.string().min(1).max(80).optional(),
  /** The clauses that answer the card's questions, best first. Empty only for an out-of-scope card. */
  clauses: z.array(z.string().min(1).max(40)).max(8).default([]),
  questions: z.array(z.string().trim().min(2).max(300)).min(1).max(50),
  keywords: z.array(z.string().trim().min(1).max(30)).max(60).default([]),
  /** A supervisor's curated answer (标注回复): plan sentences quoted verbatim, each ending in [n] into `clauses`. */
  answer: z.string().trim().min(2).max(2000).optional(),
  /** Who wrote it: `plan` cards are written from the plan's text; `supervisor` cards come from annotating real questions. */
  source: z.enum(['plan', 'supervisor']).default('plan'),
  /** Out of scope: who handles it instead (the refusal names them). */
  referral: z.strictObject({ department: z.string().trim().min(2).max(60), hotline: z.string().trim().regex(/^\d{3,8}$/).default('12345') }).optional(),
});
export type Card = Omit<z.output<typeof CardSchema>, 'id'> & { id: string };

export interface CardSource {
  /** File name inside the cards folder, for error messages and default ids. */
  file: string;
  text: string;
}

/**
 * Every card of every file, validated: a bad line fails with its file and line; a clause id the corpus
 * does not have fails too (a card must not point at nothing).
 */
export function parseCards(sources: CardSource[], clauseIds: ReadonlySet<string>): Result<Card[]> {
  const cards: Card[] = [];
  const ids = new Set<string>();
  for (const { file, text } of sources) {
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.trim();
      if (!line || line.startsWith('#')) continue;
      const where = `${file}:${i + 1}`;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        return { ok: false, error: `${where}: not valid JSON` };
      }
      const parsed = CardSchema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        return { ok: false, error: `${where}: ${issue.path.join('.') || 'card'}: ${issue.message}` };
      }
      const card = { ...parsed.data, id: parsed.data.id ?? `${file.replace(/\.jsonl$/, '')}:${i + 1}` };
      const unknown = card.clauses.find((id) => !clauseIds.has(id));
      if (unknown) return { ok: false, error: `${where}: clause ${unknown} is not in the plan` };
      if (card.clauses.length === 0 && !card.referral) return { ok: false, error: `${where}: a card needs clauses, or a referral when it is out of scope` };
      if (ids.has(card.id)) return { ok: false, error: `${where}: card id ${card.id} is used twice` };
      ids.add(card.id);
      cards.push(card);
    }
  }
  return { ok: true, value: cards };
}

/** What a card contributes to search: its questions and keywords, as one text. */
export function cardText(card: Pick<Card, 'questions' | 'keywords'>): string {
  return [...card.questions, ...card.keywords].join('\n');
}

/** Card question vectors as stored in the index: one base64 run of little-endian float32s, `dimension` per question. */
export function packVectors(vectors: number[][]): { dimension: number; data: string } {
  const dimension = vectors[0]?.length ?? 0;
  const flat = new Float32Array(vectors.length * dimension);
  vectors.forEach((v, i) => flat.set(v, i * dimension));
  return { dimension, data: Buffer.from(flat.buffer).toString('base64') };
}

export function unpackVectors({ dimension, data }: { dimension: number; data: string }): Float32Array[] {
  if (dimension === 0) return [];
  const bytes = Buffer.from(data, 'base64');
  const flat = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  const out: Float32Array[] = [];
  for (let at = 0; at < flat.length; at += dimension) out.push(flat.slice(at, at + dimension));
  return out;
}
