/**
 * Versioned migrations, run at start by `migrate` (./migrate.ts), each once, in name order. Written once
 * with Kysely's schema builder for both engines; the only dialect difference is how an id counts up.
 * Never edit a migration that has shipped: add the next one.
 */
import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Dialect } from './schema.js';
import { localDay, questionKey } from './keys.js';

// Migrations see the database as it was then, not as schema.ts describes it now.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const COPY_BATCH = 500;

/** The feedback and refusal tables as the first release created them by hand: an existing file is adopted as is. */
const baseline = (dialect: Dialect): Migration => ({
  async up(db: AnyDb) {
    const id = dialect === 'postgres' ? ('serial' as const) : ('integer' as const);
    await db.schema
      .createTable('feedback')
      .ifNotExists()
      .addColumn('id', id, (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('question', 'text', (c) => c.notNull())
      .addColumn('answer', 'text', (c) => c.notNull())
      .addColumn('helpful', 'integer', (c) => c.notNull().check(sql`helpful IN (0, 1)`))
      .addColumn('comment', 'text')
      .execute();
    await db.schema
      .createTable('refusals')
      .ifNotExists()
      .addColumn('id', id, (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('question', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('refusals_created_at').ifNotExists().on('refusals').column('created_at').execute();
    await db.schema.createIndex('feedback_created_at').ifNotExists().on('feedback').column('created_at').execute();
  },
});

/** Every question with its answer; feedback linked to it; the old refusals become refused log rows. */
const conversationLog: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('asks')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('question', 'text', (c) => c.notNull())
      .addColumn('question_key', 'text', (c) => c.notNull())
      .addColumn('answer', 'text', (c) => c.notNull())
      .addColumn('refused', 'integer', (c) => c.notNull())
      .addColumn('refusal_reason', 'text')
      .addColumn('mode', 'text', (c) => c.notNull())
      .addColumn('latency_ms', 'double precision', (c) => c.notNull())
      .addColumn('evidence', 'double precision', (c) => c.notNull())
      .addColumn('card_id', 'text')
      .addColumn('channel', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('asks_created_at').on('asks').column('created_at').execute();
    await db.schema.createIndex('asks_question_key').on('asks').column('question_key').execute();
    await db.schema
      .createTable('ask_citations')
      .addColumn('ask_id', 'text', (c) => c.notNull())
      .addColumn('n', 'integer', (c) => c.notNull())
      .addColumn('clause_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('ask_citations_pk', ['ask_id', 'n'])
      .execute();
    await db.schema
      .createTable('ask_cards')
      .addColumn('ask_id', 'text', (c) => c.notNull())
      .addColumn('card_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('ask_cards_pk', ['ask_id', 'card_id'])
      .execute();
    await db.schema.createIndex('ask_cards_card').on('ask_cards').column('card_id').execute();
    await db.schema.alterTable('feedback').addColumn('ask_id', 'text').execute();

    // Refused questions of the first release: in the log now, with what they had (no answer, no latency).
    for (let after = 0; ; ) {
      const rows = (await db.selectFrom('refusals').selectAll().where('id', '>', after).orderBy('id').limit(COPY_BATCH).execute()) as Array<{ id: number; created_at: string; question: string; reason: string }>;
      if (rows.length === 0) break;
      await db
        .insertInto('asks')
        .values(
          rows.map((r) => ({
            id: `refusal-${r.id}`,
            created_at: r.created_at,
            day: localDay(new Date(r.created_at)),
            question: r.question,
            question_key: questionKey(r.question),
            answer: '',
            refused: 1,
            refusal_reason: r.reason,
            mode: 'extractive',
            latency_ms: 0,
            evidence: 0,
            card_id: null,
            channel: 'ask',
          })),
        )
        .execute();
      after = rows.at(-1)!.id;
    }
    await db.schema.dropTable('refusals').execute();
  },
};

/** The supervisors' side: annotations (question cards), the audit log, sign-in sessions. */
const admin = (dialect: Dialect): Migration => ({
  async up(db: AnyDb) {
    await db.schema
      .createTable('annotations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('card', 'text', (c) => c.notNull())
      .addColumn('ask_id', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('audit')
      .addColumn('id', dialect === 'postgres' ? 'serial' : 'integer', (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('target', 'text')
      .addColumn('detail', 'text')
      .execute();
    await db.schema.createIndex('audit_at').on('audit').column('at').execute();
    await db.schema
      .createTable('admin_sessions')
      .addColumn('id_hash', 'text', (c) => c.primaryKey())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('csrf', 'text', (c) => c.notNull())
      .addColumn('token_tag', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
  },
});

/** Index builds published by one replica for the others: the manifest's fields, then every file's bytes. */
const indexBuilds = (dialect: Dialect): Migration => ({
  async up(db: AnyDb) {
    await db.schema
      .createTable('index_builds')
      .addColumn('build_id', 'text', (c) => c.primaryKey())
      .addColumn('built_at', 'text', (c) => c.notNull())
      .addColumn('fingerprint', 'text', (c) => c.notNull())
      .addColumn('builder_version', 'integer', (c) => c.notNull())
      .addColumn('embedder', 'text', (c) => c.notNull())
      .addColumn('manifest_sha256', 'text', (c) => c.notNull())
      .addColumn('bytes', 'bigint', (c) => c.notNull())
      .addColumn('published_at', 'text', (c) => c.notNull())
      .addColumn('published_by', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('index_builds_built_at').on('index_builds').column('built_at').execute();
    await db.schema
      .createTable('index_build_files')
      .addColumn('build_id', 'text', (c) => c.notNull().references('index_builds.build_id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('content', dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
      .addPrimaryKeyConstraint('index_build_files_pk', ['build_id', 'name'])
      .execute();
  },
});

export function migrations(dialect: Dialect): MigrationProvider {
  return {
    getMigrations: async () => ({
      '0001_feedback_and_refusals': baseline(dialect),
      '0002_conversation_log': conversationLog,
      '0003_admin': admin(dialect),
      '0004_index_builds': indexBuilds(dialect),
    }),
  };
}
