/**
 * The shared driver: `DATABASE_URL=postgres://…`, a node-postgres pool under Kysely. Every statement is its
 * own transaction unless grouped, and PostgreSQL commits durably by default (synchronous_commit=on): an
 * INSERT that returned is on disk, as with SQLite.
 */
import { createRequire } from 'node:module';
import { Kysely, PostgresDialect } from 'kysely';
import type { Pool, PoolConfig } from 'pg';
import type { Database } from './schema.js';

export interface PostgresOptions {
  url: string;
  /** Connections in the pool. */
  max?: number;
  /** An idle connection broke (server restart, network): reported, and the pool opens a new one. */
  onIdleError?: (error: Error) => void;
}

export function openPostgres({ url, max = 10, onIdleError = (e) => console.error(`PostgreSQL connection lost: ${e.message}`) }: PostgresOptions): Kysely<Database> {
  const require = createRequire(import.meta.url);
  let pg: { Pool: new (config: PoolConfig) => Pool };
  try {
    pg = require('pg') as typeof pg;
  } catch (error) {
    throw new Error(`the pg module failed to load (${(error as Error).message}): run \`npm ci\``);
  }
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 10_000 });
  // Without a listener, an error on an idle client would crash the process.
  pool.on('error', onIdleError);
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
