/**
 * The store the configuration names: PostgreSQL when DATABASE_URL is set, else the SQLite file FEEDBACK_DB.
 * Migrations run before the store is handed out; a failure stops start-up with what went wrong.
 */
import type { Config } from '../config.js';
import { multiRowInsert, preparedInsert } from './batch.js';
import { migrate } from './migrate.js';
import { openPostgres } from './postgres.js';
import { openSqlite } from './sqlite.js';
import { createStore, type Store, type StoreOptions } from './store.js';

export type StoreConfig = Pick<Config, 'feedbackDb' | 'databaseUrl' | 'logRetentionDays'>;

export interface OpenedStore {
  store: Store;
  /** Migrations applied at this start (none when the schema was current). */
  migrated: string[];
  /** Where the data lives, for the log: the SQLite file, or the PostgreSQL URL without its password. */
  location: string;
}

/** postgres://user:secret@host/db → postgres://user@host/db (any URL with a password: REDIS_URL too) */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return parsed.toString().replace(/:@/, '@');
  } catch {
    return 'postgres://…';
  }
}

export async function openStore(config: StoreConfig, options: Omit<StoreOptions, 'db' | 'dialect' | 'logQuestions' | 'insert'> & { onIdleError?: (error: Error) => void } = {}): Promise<OpenedStore> {
  const logQuestions = config.logRetentionDays > 0;
  if (config.databaseUrl) {
    const db = openPostgres({ url: config.databaseUrl, onIdleError: options.onIdleError });
    try {
      const migrated = await migrate(db, 'postgres');
      return { store: createStore({ ...options, db, dialect: 'postgres', logQuestions, insert: multiRowInsert(db, { asyncCommit: true }) }), migrated, location: redactUrl(config.databaseUrl) };
    } catch (error) {
      await db.destroy();
      throw new Error(`PostgreSQL at ${redactUrl(config.databaseUrl)}: ${(error as Error).message}`);
    }
  }
  try {
    return await whileBusy(async () => {
      const { db, raw } = openSqlite(config.feedbackDb);
      try {
        const migrated = await migrate(db, 'sqlite', raw);
        return { store: createStore({ ...options, db, dialect: 'sqlite', logQuestions, insert: preparedInsert(db, raw) }), migrated, location: config.feedbackDb };
      } catch (error) {
        await db.destroy();
        throw error;
      }
    });
  } catch (error) {
    throw new Error(`SQLite file ${config.feedbackDb}: ${(error as Error).message}`);
  }
}

/** How often, and how far apart, opening a SQLite file another process holds is tried again. */
const BUSY_ATTEMPTS = 5;
const BUSY_DELAY_MS = 250;

/**
 * Runs `open`, again after a pause while it fails with SQLITE_BUSY. busy_timeout makes most statements wait for another process's
 * lock, but not every one: two replicas starting on one file at once could still get "database is locked" at once (a fresh-clone
 * CI run of the replica suite caught it). Any other error is thrown at once.
 */
export async function whileBusy<T>(open: () => Promise<T>, { attempts = BUSY_ATTEMPTS, delayMs = BUSY_DELAY_MS } = {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await open();
    } catch (error) {
      const busy = (error as { code?: string }).code?.startsWith('SQLITE_BUSY') || /database is locked/.test((error as Error).message ?? '');
      if (!busy || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, delayMs * attempt));
    }
  }
}
