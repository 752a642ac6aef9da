import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { preparedInsert } from '../../src/store/batch.js';
import { LOG_FLUSH_MS, timeOrderedId } from '../../src/store/log.js';
import { migrate } from '../../src/store/migrate.js';
import { openStore, whileBusy } from '../../src/store/open.js';
import { openSqlite } from '../../src/store/sqlite.js';
import { createStore } from '../../src/store/store.js';
import { ask, clock, storeContract } from './_contract.js';
import { migrateAtOnce } from './_processes.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'zcwd-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const newFile = () => path.join(dir, `store-${++files}.sqlite`);
const MIGRATIONS = ['0001_feedback_and_refusals', '0002_conversation_log', '0003_admin', '0004_index_builds'];

describe('SQLite store', () => {
  storeContract(async ({ now, logQuestions }) => {
    const { db, raw } = openSqlite(newFile());
    await migrate(db, 'sqlite', raw);
    return { store: createStore({ db, dialect: 'sqlite', now, logQuestions, insert: preparedInsert(db, raw) }), db };
  });
});

describe('SQLite migrations', () => {
  it('apply once: a second start finds the schema current', async () => {
    const file = newFile();
    const first = await openStore({ feedbackDb: file, databaseUrl: null, logRetentionDays: 90 });
    await first.store.close();
    const second = await openStore({ feedbackDb: file, databaseUrl: null, logRetentionDays: 90 });
    await second.store.close();
    expect([first.migrated, second.migrated]).toEqual([MIGRATIONS, []]);
  });

  it('adopt a database of the first release: its feedback kept, its refusals moved into the log', async () => {
    const file = newFile();
    const old = new Database(file);
    // The schema src/server/feedback/store.ts created by hand before migrations existed.
    old.exec(`CREATE TABLE feedback (id INTEGER PRIMARY KEY AUTOINCREMENT, created_at TEXT NOT NULL, question TEXT NOT NULL, answer TEXT NOT NULL, helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)), comment TEXT);
      CREATE TABLE refusals (id INTEGER PRIMARY KEY AUTOINCREMENT, created_at TEXT NOT NULL, question TEXT NOT NULL, reason TEXT NOT NULL);
      CREATE INDEX refusals_created_at ON refusals (created_at);
      CREATE INDEX feedback_created_at ON feedback (created_at);
      INSERT INTO feedback (created_at, question, answer, helpful, comment) VALUES ('2026-01-05T03:00:00.000Z', '融资支持？', '…', 0, '太笼统');
      INSERT INTO refusals (created_at, question, reason) VALUES ('2026-01-04T20:00:00.000Z', '今天天气怎么样？', 'no_evidence');`);
    old.close();
    const { store, migrated } = await openStore({ feedbackDb: file, databaseUrl: null, logRetentionDays: 90 });
    expect(migrated).toEqual(MIGRATIONS);
    expect(await store.feedback.topUnhelpful(5)).toEqual([{ question: '融资支持', count: 1, lastAt: '2026-01-05T03:00:00.000Z', notes: ['太笼统'] }]);
    const { rows } = await store.log.find({ refused: true });
    expect(rows.map((r) => [r.id, r.question, r.refusalReason, r.createdAt])).toEqual([['refusal-1', '今天天气怎么样？', 'no_evidence', '2026-01-04T20:00:00.000Z']]);
    expect(await store.log.find({ from: '2026-01-05', to: '2026-01-05' }).then((r) => r.total)).toBe(1); // 04:00 on 5 January in China
    expect(await store.feedback.add({ question: '新反馈', answer: '好', helpful: true })).toBe(2);
    await store.close();
    const after = new Database(file, { readonly: true });
    expect(after.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'refusals'").all()).toEqual([]);
    after.close();
  });

  it('are safe when four processes start on a new file at once: one schema, each migration applied once', async () => {
    const file = newFile();
    const outputs = await migrateAtOnce({ FEEDBACK_DB: file });
    expect(outputs.map((o) => o.code), outputs.map((o) => o.output).join('\n')).toEqual([0, 0, 0, 0]);
    // Exactly one process applied the migrations; the others found them done.
    expect(outputs.map((o) => o.applied).filter((a) => a!.length > 0)).toEqual([MIGRATIONS]);
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT name FROM kysely_migration ORDER BY name').all().map((r) => (r as { name: string }).name)).toEqual(MIGRATIONS);
    db.close();
  }, 60_000);
});

describe('the conversation log is written in batches', () => {
  afterEach(() => vi.useRealTimers());
  const countIn = (file: string) => {
    const db = new Database(file, { readonly: true });
    const { n } = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM asks').get()!;
    db.close();
    return n;
  };

  it('queues questions, then writes them all within LOG_FLUSH_MS', async () => {
    vi.useFakeTimers();
    const file = newFile();
    const { store } = await openStore({ feedbackDb: file, databaseUrl: null, logRetentionDays: 90 });
    store.log.record(ask());
    store.log.record(ask({ question: '天气', refused: true, refusalReason: 'no_evidence' }));
    expect(countIn(file)).toBe(0);
    await vi.advanceTimersByTimeAsync(LOG_FLUSH_MS);
    expect(countIn(file)).toBe(2);
    await store.close();
  });

  it('writes the queue on close', async () => {
    const file = newFile();
    const { store } = await openStore({ feedbackDb: file, databaseUrl: null, logRetentionDays: 90 });
    store.log.record(ask());
    await store.close();
    expect(countIn(file)).toBe(1);
  });

  it('reports a failed timed write instead of throwing from a timer, and goes on writing later batches', async () => {
    vi.useFakeTimers();
    const errors: string[] = [];
    const file = newFile();
    const { store } = await openStore({ feedbackDb: file, databaseUrl: null, logRetentionDays: 90 }, { onFlushError: (e) => errors.push(e.message) });
    const other = new Database(file);
    other.exec('ALTER TABLE asks RENAME TO asks_away');
    store.log.record(ask());
    await vi.advanceTimersByTimeAsync(LOG_FLUSH_MS);
    expect(errors).toEqual([expect.stringMatching(/asks/)]);
    other.exec('ALTER TABLE asks_away RENAME TO asks');
    other.close();
    store.log.record(ask({ question: '下一个问题' }));
    await vi.advanceTimersByTimeAsync(LOG_FLUSH_MS);
    expect((await store.log.find({})).rows.map((r) => r.question)).toEqual(['下一个问题']);
    await store.close();
  });
});

describe('log row ids', () => {
  it('are UUIDs of version 7 that sort by time', () => {
    const t = clock('2026-03-01T02:00:00.000Z');
    const first = timeOrderedId(t.now());
    t.advance(1);
    const second = timeOrderedId(t.now());
    expect(first).toMatch(/^019ca71f-b900-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(second.startsWith('019ca71f-b901-7')).toBe(true);
    expect(first < second).toBe(true);
  });
});

describe('opening a file another process holds', () => {
  const busy = () => Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });

  it('is tried again while SQLite says it is busy, then succeeds', async () => {
    let calls = 0;
    const opened = await whileBusy(async () => {
      calls++;
      if (calls < 3) throw busy();
      return 'open';
    }, { delayMs: 1 });
    expect(opened).toBe('open');
    expect(calls).toBe(3);
  });

  it('gives up after the last attempt, and throws any other error at once', async () => {
    let calls = 0;
    await expect(whileBusy(async () => { calls++; throw busy(); }, { attempts: 4, delayMs: 1 })).rejects.toThrow('database is locked');
    expect(calls).toBe(4);
    calls = 0;
    await expect(whileBusy(async () => { calls++; throw new Error('no such table'); }, { delayMs: 1 })).rejects.toThrow('no such table');
    expect(calls).toBe(1);
  });
});
