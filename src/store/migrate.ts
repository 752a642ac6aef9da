/**
 * Migrations at start, safe when several processes start at once. Kysely's Migrator locks differently per
 * dialect (see its PostgresAdapter and SqliteAdapter):
 * - PostgreSQL: a session-level `pg_advisory_lock` on a fixed key, held on one connection while every pending
 *   migration runs in one transaction. A second replica waits on the lock, then finds nothing left to do.
 * - SQLite: no lock at all (it assumes one connection) and no transaction. So the whole run happens inside
 *   `BEGIN IMMEDIATE` here: SQLite's write lock, taken before the migrations table is read, makes a second
 *   process wait (busy_timeout) and then read the finished state.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { Migrator, type Kysely, type MigrationResultSet } from 'kysely';
import { migrations } from './migrations.js';
import type { Database, Dialect } from './schema.js';

function outcome({ error, results = [] }: MigrationResultSet): string[] {
  if (error) {
    const failed = results.find((r) => r.status === 'Error');
    throw new Error(`database migration ${failed ? `${failed.migrationName} ` : ''}failed: ${(error as Error).message ?? String(error)}`);
  }
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Runs every pending migration; resolves with the names it applied (none when the schema was current). */
export async function migrate(db: Kysely<Database>, dialect: Dialect, sqlite?: BetterSqlite3.Database): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrations(dialect) });
  if (dialect === 'postgres') return outcome(await migrator.migrateToLatest());
  if (!sqlite) throw new Error('migrate: the SQLite connection is needed to take its write lock');
  sqlite.exec('BEGIN IMMEDIATE');
  try {
    const applied = outcome(await migrator.migrateToLatest());
    sqlite.exec('COMMIT');
    return applied;
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw error;
  }
}
