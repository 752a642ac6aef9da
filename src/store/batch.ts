/**
 * How a driver writes a batch of conversation-log rows. The SQL is Kysely's either way; what differs is how
 * it is executed, and how durably it commits: the log is analytics, so its commits do not wait for the disk
 * (feedback's do).
 * - PostgreSQL: multi-row INSERTs in one transaction with `synchronous_commit = off` (the server acknowledges
 *   before flushing its WAL; a server crash can lose the last moment of log rows, never acknowledged feedback).
 * - SQLite: each table's single-row INSERT compiled once by Kysely and run as a prepared statement for every
 *   row, in one synchronous transaction (a multi-row statement costs SQLite a parse of thousands of parameters
 *   and Kysely a compile of them: 45 → 27 µs of CPU per logged question), committed with `synchronous=NORMAL`:
 *   in WAL mode that skips the fsync, which better-sqlite3 would otherwise make on the event loop — under
 *   load the fsync per batch cut /api/ask throughput by a third. The frames reach the disk with the next
 *   feedback commit (FULL) or checkpoint.
 */
import { sql, type Insertable, type Kysely } from 'kysely';
import type BetterSqlite3 from 'better-sqlite3';
import type { Database } from './schema.js';

export type LogTable = 'asks' | 'ask_citations' | 'ask_cards';

export interface BatchGroup<T extends LogTable = LogTable> {
  table: T;
  rows: Array<Insertable<Database[T]>>;
}

/** Writes every group's rows in one transaction: all or none. */
export type BatchInsert = (groups: BatchGroup[]) => Promise<void>;

// Well under PostgreSQL's 65 535 parameters per statement for the widest table (13 columns).
const CHUNK = 500;

export function multiRowInsert(db: Kysely<Database>, { asyncCommit = false }: { asyncCommit?: boolean } = {}): BatchInsert {
  return async (groups) => {
    await db.transaction().execute(async (trx) => {
      if (asyncCommit) await sql`SET LOCAL synchronous_commit = off`.execute(trx);
      for (const { table, rows } of groups) {
        for (let i = 0; i < rows.length; i += CHUNK) await trx.insertInto(table).values(rows.slice(i, i + CHUNK) as never).execute();
      }
    });
  };
}

export function preparedInsert(db: Kysely<Database>, raw: BetterSqlite3.Database): BatchInsert {
  const statements = new Map<string, { columns: string[]; statement: BetterSqlite3.Statement }>();
  const statementFor = (table: LogTable, row: Record<string, unknown>) => {
    const columns = Object.keys(row);
    const key = `${table}(${columns.join(',')})`;
    let entry = statements.get(key);
    if (!entry) {
      // Kysely binds a row's values in the order of its keys.
      const { sql } = db.insertInto(table).values(row as never).compile();
      entry = { columns, statement: raw.prepare(sql) };
      statements.set(key, entry);
    }
    return entry;
  };
  const insertAll = raw.transaction((groups: BatchGroup[]) => {
    for (const { table, rows } of groups) {
      for (const row of rows as Array<Record<string, unknown>>) {
        const { columns, statement } = statementFor(table, row);
        statement.run(columns.map((c) => row[c]));
      }
    }
  });
  // Through Kysely's connection: its lock keeps every other query (feedback's FULL commits) off the connection
  // while the batch runs with NORMAL.
  return (groups) =>
    db.connection().execute(async () => {
      raw.pragma('synchronous = NORMAL');
      try {
        insertAll(groups);
      } finally {
        raw.pragma('synchronous = FULL');
      }
    });
}
