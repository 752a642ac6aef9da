/**
 * Feedback and refused questions in SQLite. Feedback: WAL + synchronous=FULL, so a row is on disk before
 * the 201 goes out and a crash (even kill -9) right after the response cannot lose it. Refused questions
 * are analytics nobody was promised: they go through a second connection with synchronous=NORMAL, which in
 * WAL mode survives a killed process (not a power cut) without an fsync blocking the event loop on every
 * refusal. Personal numbers are redacted before anything is written.
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
  addRefusal(input: { question: string; reason: string }): number;
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

export function createFeedbackStore({ file, now = () => new Date() }: { file: string; now?: () => Date }): FeedbackStore {
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
  const rows = (statement: typeof refused, limit: number, sinceIso = '') =>
    statement.all(sinceIso, limit).map((r) => ({ question: r.question, count: r.count, lastAt: r.lastAt, notes: (JSON.parse(r.notes) as (string | null)[]).filter((n): n is string => Boolean(n)) }));

  return {
    addFeedback({ question, answer, helpful, comment }) {
      const at = now().toISOString();
      const result = insertFeedback.run(at, redactPii(question), redactPii(answer), helpful ? 1 : 0, comment === undefined ? null : redactPii(comment));
      return Number(result.lastInsertRowid);
    },
    addRefusal({ question, reason }) {
      return Number(insertRefusal.run(now().toISOString(), redactPii(question), reason).lastInsertRowid);
    },
    topRefused: (limit, sinceIso) => rows(refused, limit, sinceIso),
    topUnhelpful: (limit, sinceIso) => rows(unhelpful, limit, sinceIso),
    close: () => {
      if (analytics !== db) analytics.close();
      db.close();
    },
  };
}
