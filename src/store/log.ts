/**
 * The conversation log: every question with its answer, citations, mode, refusal reason, latency, evidence
 * share and the cards it served. Nobody was promised these rows the way feedback is promised: they are
 * queued in memory and written in one transaction at most LOG_FLUSH_MS later (or every LOG_BATCH rows),
 * so a stream of questions costs one write a second, not one per request. A clean stop writes the queue;
 * kill -9 loses at most the last second of questions, never feedback. Personal numbers are redacted before
 * anything is queued.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { multiRowInsert, type BatchInsert } from './batch.js';
import { createLogReader } from './log-read.js';
export { WEAK_EVIDENCE } from './log-read.js';
import { redactPii } from '../server/redact.js';
import { localDay, questionKey } from './keys.js';
import type { Database } from './schema.js';

export const LOG_FLUSH_MS = 1000;
const LOG_BATCH = 500;

export interface AskRecord {
  question: string;
  answer: string;
  refused: boolean;
  refusalReason: string | null;
  mode: string;
  latencyMs: number;
  evidence: number;
  cardId: string | null;
  /** The cards the answer served (the engine's trace). */
  cardIds: string[];
  /** The cited clause ids, in citation order. */
  citations: string[];
  channel: 'ask' | 'stream';
}

export interface LogFeedback {
  id: number;
  createdAt: string;
  helpful: boolean;
  comment: string | null;
}

/** A logged question as read back: what was recorded, when, and the feedback it got. */
export interface LogRow extends Omit<AskRecord, 'channel'> {
  id: string;
  createdAt: string;
  channel: string;
  feedback: LogFeedback[];
}

export interface LogFilter {
  refused?: boolean;
  /** Has a 没帮助 click. */
  unhelpful?: boolean;
  /** Answered with evidence below WEAK_EVIDENCE. */
  weak?: boolean;
  /** CST days, inclusive (YYYY-MM-DD). */
  from?: string;
  to?: string;
  /** Words the question contains. */
  text?: string;
}

export interface QuestionCount {
  question: string;
  count: number;
  lastAt: string;
  /** Distinct refusal reasons (refusals) or comments (unhelpful feedback). */
  notes: string[];
}

export interface ConversationLog {
  /** False when LOG_RETENTION_DAYS=0: nothing is queued or written. */
  readonly enabled: boolean;
  /** Queues a question and its answer; written within LOG_FLUSH_MS, by `flush`, or on `close`. */
  record(entry: AskRecord): void;
  /** Writes the queued rows now. */
  flush(): Promise<void>;
  find(filter: LogFilter, page?: { offset?: number; limit?: number }): Promise<{ rows: LogRow[]; total: number }>;
  get(id: string): Promise<LogRow | null>;
  topRefused(limit: number, sinceIso?: string, untilIso?: string): Promise<QuestionCount[]>;
  /** The newest logged row with this (redacted) question and answer, queued or written. */
  findAsk(question: string, answer: string): Promise<string | null>;
  /** Deletes the rows older than `beforeIso` (and their citations and cards); resolves with how many. */
  purge(beforeIso: string): Promise<number>;
}

interface Queued {
  ask: Database['asks'];
  citations: Database['ask_citations'][];
  cards: Database['ask_cards'][];
}

/**
 * A UUID version 7: the time in milliseconds first, then random bits. Rows then arrive in key order, which
 * spares the B-trees of the log's tables a random insert each (56 → 32 µs of CPU per question on SQLite),
 * and replicas still need no coordination to make ids.
 */
export function timeOrderedId(at: Date): string {
  // randomUUID draws from a pooled entropy buffer; randomBytes(16) per question showed up in profiles at ≈ 2 %.
  const random = randomUUID();
  const time = at.getTime().toString(16).padStart(12, '0');
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${random.slice(15, 18)}-${random.slice(19)}`;
}

export function createConversationLog({
  db,
  enabled,
  now,
  onFlushError,
  insert = multiRowInsert(db),
}: {
  db: Kysely<Database>;
  enabled: boolean;
  now: () => Date;
  onFlushError: (error: Error) => void;
  /** How the driver writes a batch (./batch.ts). */
  insert?: BatchInsert;
}): ConversationLog & { close(): Promise<void> } {
  let queued: Queued[] = [];
  let timer: NodeJS.Timeout | undefined;
  // One write at a time, in order; `writing` always settles resolved, so a failed batch does not stop the next.
  let writing: Promise<void> = Promise.resolve();

  const write = (batch: Queued[]) =>
    insert([
      { table: 'asks', rows: batch.map((q) => q.ask) },
      { table: 'ask_citations', rows: batch.flatMap((q) => q.citations) },
      { table: 'ask_cards', rows: batch.flatMap((q) => q.cards) },
    ]);

  function flush(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    if (queued.length === 0) return writing;
    const batch = queued;
    queued = [];
    const done = writing.then(() => write(batch));
    writing = done.catch(() => undefined);
    return done;
  }

  // A timed write that fails drops its batch and is reported, never thrown from a timer.
  const timedFlush = () => void flush().catch((error: Error) => onFlushError(error));
  const reader = createLogReader({ db, flush });

  return {
    enabled,
    record(entry) {
      if (!enabled) return;
      const at = now();
      const id = timeOrderedId(at);
      const question = redactPii(entry.question);
      queued.push({
        ask: {
          id,
          created_at: at.toISOString(),
          day: localDay(at),
          question,
          question_key: questionKey(question),
          answer: redactPii(entry.answer),
          refused: entry.refused ? 1 : 0,
          refusal_reason: entry.refusalReason,
          mode: entry.mode,
          latency_ms: entry.latencyMs,
          evidence: entry.evidence,
          card_id: entry.cardId,
          channel: entry.channel,
        },
        citations: entry.citations.map((clauseId, i) => ({ ask_id: id, n: i + 1, clause_id: clauseId })),
        cards: [...new Set(entry.cardIds)].map((cardId) => ({ ask_id: id, card_id: cardId })),
      });
      if (queued.length >= LOG_BATCH) timedFlush();
      // unref: a pending write never keeps the process alive; close() writes what is left.
      else timer ??= setTimeout(timedFlush, LOG_FLUSH_MS).unref();
    },
    flush,
    async findAsk(question, answer) {
      const q = redactPii(question);
      const a = redactPii(answer);
      for (let i = queued.length - 1; i >= 0; i--) if (queued[i]!.ask.question === q && queued[i]!.ask.answer === a) return queued[i]!.ask.id;
      const row = await db.selectFrom('asks').select('id').where('question_key', '=', questionKey(q)).where('question', '=', q).where('answer', '=', a).orderBy('created_at', 'desc').limit(1).executeTakeFirst();
      return row?.id ?? null;
    },
    ...reader,
    async close() {
      try {
        await flush();
      } catch (error) {
        onFlushError(error as Error);
      }
    },
  };
}
