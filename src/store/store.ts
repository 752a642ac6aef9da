/**
 * One storage interface for the whole service — feedback, the conversation log, annotations, the audit log
 * and sign-in sessions — over a Kysely database: SQLite (embedded default) or PostgreSQL (DATABASE_URL).
 * The queries are written once, here and in the files beside this one; only ./sqlite.ts and ./postgres.ts
 * know which engine they talk to.
 */
import type { Kysely } from 'kysely';
import { createAnnotationStore, type AnnotationStore } from './annotations.js';
import type { BatchInsert } from './batch.js';
import { createAuditLog, type AuditLog } from './audit.js';
import { createDashboard, type Dashboard } from './dashboard.js';
import { createFeedbackStore, type FeedbackStore } from './feedback.js';
import { createIndexBuildStore, type IndexBuildStore } from './index-builds.js';
import { createConversationLog, type ConversationLog } from './log.js';
import type { Database, Dialect } from './schema.js';
import { createSessionStore, type SessionStore } from './sessions.js';

export interface Store {
  readonly dialect: Dialect;
  readonly feedback: FeedbackStore;
  readonly log: ConversationLog;
  readonly annotations: AnnotationStore;
  readonly audit: AuditLog;
  readonly sessions: SessionStore;
  readonly dashboard: Dashboard;
  /** Index builds published for other replicas (used with PostgreSQL; the tables exist on both engines). */
  readonly indexBuilds: IndexBuildStore;
  /** Writes the queued log rows, then closes the connection(s). */
  close(): Promise<void>;
}

export interface StoreOptions {
  db: Kysely<Database>;
  dialect: Dialect;
  /** false = LOG_RETENTION_DAYS=0: questions are not logged. */
  logQuestions?: boolean;
  now?: () => Date;
  /** A timed or closing write of queued log rows failed (the batch is dropped); the default prints to stderr. */
  onFlushError?: (error: Error) => void;
  /** How the driver writes a batch of log rows (./batch.ts); default: multi-row INSERTs. */
  insert?: BatchInsert;
}

export function createStore({
  db,
  dialect,
  logQuestions = true,
  now = () => new Date(),
  onFlushError = (e) => console.error(`could not store logged questions: ${e.message}`),
  insert,
}: StoreOptions): Store {
  const log = createConversationLog({ db, enabled: logQuestions, now, onFlushError, insert });
  const feedback = createFeedbackStore({ db, log, now });
  let closed = false;
  return {
    dialect,
    feedback,
    log,
    annotations: createAnnotationStore({ db, now, beforeCount: () => log.flush() }),
    audit: createAuditLog({ db, now }),
    sessions: createSessionStore({ db, now }),
    dashboard: createDashboard({ db, log, feedback }),
    indexBuilds: createIndexBuildStore({ db, now }),
    async close() {
      if (closed) return;
      closed = true;
      await log.close();
      await db.destroy();
    },
  };
}
