/**
 * The embedded driver: one better-sqlite3 connection under Kysely. WAL with synchronous=FULL, so a row is
 * on disk when its INSERT returns (feedback's 201 waits for that; kill -9 right after cannot lose it).
 * One connection, not two: Kysely serializes its use, so a batch transaction of the conversation log and a
 * feedback insert queue behind each other instead of two connections of one thread waiting on each other's lock.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema.js';

export interface SqliteHandle {
  db: Kysely<Database>;
  /** The connection itself: migrations take SQLite's write lock on it (./migrate.ts). */
  raw: BetterSqlite3.Database;
}

export function openSqlite(file: string): SqliteHandle {
  const require = createRequire(import.meta.url);
  let Sqlite: typeof BetterSqlite3;
  try {
    Sqlite = require('better-sqlite3') as typeof BetterSqlite3;
  } catch (error) {
    throw new Error(`better-sqlite3 failed to load (${(error as Error).message}): run \`npm rebuild better-sqlite3\``);
  }
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const raw = new Sqlite(file);
  // Another process (the report, a second server starting) may hold the write lock for a moment — set first:
  // switching a new file to WAL takes that lock too, and without the timeout fails at once with SQLITE_BUSY.
  raw.pragma('busy_timeout = 10000');
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  return { db: new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) }), raw };
}
