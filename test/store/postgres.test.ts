/**
 * The PostgreSQL driver against a real PostgreSQL 15 started here (./_postgres.ts): the store's contract
 * (the same cases as SQLite's), migrations from several processes at once, and a clear error for a server
 * that cannot be reached. Without PostgreSQL installed, one skipped test says so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multiRowInsert } from '../../src/store/batch.js';
import { migrate } from '../../src/store/migrate.js';
import { openStore } from '../../src/store/open.js';
import { openPostgres } from '../../src/store/postgres.js';
import { createStore } from '../../src/store/store.js';
import { storeContract } from './_contract.js';
import { migrateAtOnce } from './_processes.js';
import { POSTGRES_SKIPPED, postgresAvailable, startPostgres, type PostgresServer } from './_postgres.js';
import { withoutServer } from '../_ci.js';

const MIGRATIONS = ['0001_feedback_and_refusals', '0002_conversation_log', '0003_admin', '0004_index_builds'];

if (!postgresAvailable) {
  // The one line that says why, in the run's output as well as in the skipped test's name.
  describe('PostgreSQL store', () => withoutServer(POSTGRES_SKIPPED));
} else {
  let server: PostgresServer;
  let databases = 0;
  /** A new, empty database on the test server. */
  const newDatabase = () => {
    const name = `store_${++databases}`;
    server.createDatabase(name);
    return server.url(name);
  };
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(async () => server?.stop());

  describe('PostgreSQL store', () => {
    storeContract(async ({ now, logQuestions }) => {
      const db = openPostgres({ url: newDatabase(), max: 4 });
      await migrate(db, 'postgres');
      return { store: createStore({ db, dialect: 'postgres', now, logQuestions, insert: multiRowInsert(db, { asyncCommit: true }) }), db };
    });
  });

  describe('PostgreSQL migrations', () => {
    it('apply once: a second start finds the schema current', async () => {
      const url = newDatabase();
      const first = await openStore({ feedbackDb: '', databaseUrl: url, logRetentionDays: 90 });
      await first.store.close();
      const second = await openStore({ feedbackDb: '', databaseUrl: url, logRetentionDays: 90 });
      await second.store.close();
      expect([first.migrated, second.migrated, first.location]).toEqual([MIGRATIONS, [], url]);
    });

    it('are safe when four processes start on an empty database at once (advisory lock): one schema', async () => {
      const url = newDatabase();
      const outputs = await migrateAtOnce({ DATABASE_URL: url });
      expect(outputs.map((o) => o.code), outputs.map((o) => o.output).join('\n')).toEqual([0, 0, 0, 0]);
      expect(outputs.map((o) => o.applied).filter((a) => a!.length > 0)).toEqual([MIGRATIONS]);
      const db = openPostgres({ url, max: 1 });
      const names = await db.selectFrom('kysely_migration' as never).select('name' as never).orderBy('name' as never).execute();
      await db.destroy();
      expect(names).toEqual(MIGRATIONS.map((name) => ({ name })));
    }, 60_000);

    it('says which server failed, without its password, when it cannot be reached', async () => {
      const url = server.url('no_such_database').replace('zcwd@', 'zcwd:secret-pw@');
      const failed = await openStore({ feedbackDb: '', databaseUrl: url, logRetentionDays: 90 }).then(
        () => 'opened',
        (e: Error) => e.message,
      );
      expect(failed).toMatch(/^PostgreSQL at postgres:\/\/zcwd@127\.0\.0\.1:\d+\/no_such_database: .*no_such_database/);
      expect(failed).not.toContain('secret-pw');
    });
  });
}
