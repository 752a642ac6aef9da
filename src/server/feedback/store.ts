/**
 * Feedback and refused questions in SQLite. Feedback: WAL + synchronous=FULL, so a row is on disk before
 * the 201 goes out and a crash (even kill -9) right after the response cannot lose it. Refused questions
 * are analytics nobody was promised: they are queued in memory and written in one transaction at most
 * REFUSAL_FLUSH_MS later (or every REFUSAL_BATCH rows), through a second connection with
 * synchronous=NORMAL — so a stream of refusals costs one write per second, not an insert and a WAL append
 * on the event loop per request. A clean stop (close) writes the queue; kill -9 loses at most the last
 * second of refusals, never feedback. Personal numbers are redacted before anything is queued or written.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { redactPii } from '../redact.js';

export interface FeedbackInput {
  question: string;
  answer: string;
  helpful: boolean;
  comment?: string;
}

export interface QuestionCount {
  question: string;
  count: number;
  lastAt: string;
  /** Distinct refusal reasons (refusals) or comments (unhelpful feedback). */
  notes: string[];
}

export interface FeedbackStore {
  addFeedback(input: FeedbackInput): number;
  /** Queues a refused question; it is written within REFUSAL_FLUSH_MS, by `flush`, or on `close`. */
  addRefusal(input: { question: string; reason: string }): void;
  /** Writes the queued refusals now. */
  flush(): void;
  topRefused(limit: number, sinceIso?: string): QuestionCount[];
  topUnhelpful(limit: number, sinceIso?: string): QuestionCount[];
  close(): void;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS feedback (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  created_at TEXT NOT NULL,
  question TEXT NOT NULL,
  answer TEXT NOT NULL,
  helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)),
  comment TEXT
);
CREATE TABLE IF NOT EXISTS refusals (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  created_at TEXT NOT NULL,
  question TEXT NOT NULL,
  reason TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS refusals_created_at ON refusals (created_at);
CREATE INDEX IF NOT EXISTS feedback_created_at ON feedback (created_at);
`;

export const REFUSAL_FLUSH_MS = 1000;
const REFUSAL_BATCH = 500;

// Trailing punctuation and spaces do not make a different question ("5G基站？" = "5G基站").
const KEY = `rtrim(question, '？?。！!，, 　')`;

function openDatabase(file: string, synchronous: 'FULL' | 'NORMAL' = 'FULL'): BetterSqlite3.Database {
  const require = createRequire(import.meta.url);
  let Database: typeof BetterSqlite3;
  try {
    Database = require('better-sqlite3') as typeof BetterSqlite3;
  } catch (error) {
    throw new Error(`better-sqlite3 failed to load (${(error as Error).message}): run \`npm rebuild better-sqlite3\``);
  }
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  return db;
}

export interface FeedbackStoreOptions {
  file: string;
  now?: () => Date;
  /** A timed or closing write of queued refusals failed (the batch is dropped); the default prints to stderr. */
  onFlushError?: (error: Error) => void;
}

export function createFeedbackStore({ file, now = () => new Date(), onFlushError = (e) => console.error(`could not store refused questions: ${e.message}`) }: FeedbackStoreOptions): FeedbackStore {
  const db = openDatabase(file);
  // An in-memory database is private to its connection: refusals then share the feedback connection.
  const analytics = file === ':memory:' ? db : openDatabase(file, 'NORMAL');
  const insertFeedback = db.prepare('INSERT INTO feedback (created_at, question, answer, helpful, comment) VALUES (?, ?, ?, ?, ?)');
  const insertRefusal = analytics.prepare('INSERT INTO refusals (created_at, question, reason) VALUES (?, ?, ?)');
  const top = (sql: string) => db.prepare<[string, number], { question: string; count: number; lastAt: string; notes: string }>(sql);
  const refused = top(`SELECT ${KEY} AS question, COUNT(*) AS count, MAX(created_at) AS lastAt,
      json_group_array(DISTINCT reason) AS notes
    FROM refusals WHERE created_at >= ? GROUP BY ${KEY} ORDER BY count DESC, lastAt DESC LIMIT ?`);
  const unhelpful = top(`SELECT ${KEY} AS question, COUNT(*) AS count, MAX(created_at) AS lastAt,
      json_group_array(DISTINCT comment) AS notes
    FROM feedback WHERE helpful = 0 AND created_at >= ? GROUP BY ${KEY} ORDER BY count DESC, lastAt DESC LIMIT ?`);
  let queued: Array<[createdAt: string, question: string, reason: string]> = [];
  let timer: NodeJS.Timeout | undefined;
  const insertQueued = analytics.transaction((batch: typeof queued) => {
    for (const row of batch) insertRefusal.run(...row);
  });
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (queued.length === 0) return;
    const batch = queued;
    queued = [];
    insertQueued(batch);
  };
  const timedFlush = () => {
    try {
      flush();
    } catch (error) {
      onFlushError(error as Error);
    }
  };
  const rows = (statement: typeof refused, limit: number, sinceIso = '') =>
    statement.all(sinceIso, limit).map((r) => ({ question: r.question, count: r.count, lastAt: r.lastAt, notes: (JSON.parse(r.notes) as (string | null)[]).filter((n): n is string => Boolean(n)) }));

  return {
    addFeedback({ question, answer, helpful, comment }) {
      const at = now().toISOString();
      const result = insertFeedback.run(at, redactPii(question), redactPii(answer), helpful ? 1 : 0, comment === undefined ? null : redactPii(comment));
      return Number(result.lastInsertRowid);
    },
    addRefusal({ question, reason }) {
      queued.push([now().toISOString(), redactPii(question), reason]);
      if (queued.length >= REFUSAL_BATCH) flush();
      // unref: a pending write never keeps the process alive; close() writes what is left.
      else timer ??= setTimeout(timedFlush, REFUSAL_FLUSH_MS).unref();
    },
    flush,
    topRefused: (limit, sinceIso) => {
      flush();
      return rows(refused, limit, sinceIso);
    },
    topUnhelpful: (limit, sinceIso) => rows(unhelpful, limit, sinceIso),
    close: () => {
      // A failed last write (disk full, a lock held past busy_timeout) is reported; the stop goes on.
      timedFlush();
      if (analytics !== db) analytics.close();
      db.close();
    },
  };
}
