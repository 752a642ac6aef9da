/** Who changed what, and when: every sign-in and every change a supervisor makes, never edited or purged. */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

export interface AuditEntry {
  actor: string;
  /** A stable verb: `signin`, `signin_failed`, `signout`, `annotation_create`, `annotation_update`, `annotation_delete`, `annotations_import`. */
  action: string;
  target?: string | null;
  detail?: unknown;
}

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  target: string | null;
  detail: string | null;
}

export interface AuditLog {
  add(entry: AuditEntry): Promise<void>;
  list(page?: { offset?: number; limit?: number }): Promise<{ rows: AuditRow[]; total: number }>;
}

/** Writes one audit row inside the caller's transaction, so a change and its audit row land together. */
export async function writeAudit(db: Kysely<Database> | Transaction<Database>, at: Date, { actor, action, target = null, detail }: AuditEntry): Promise<void> {
  await db
    .insertInto('audit')
    .values({ at: at.toISOString(), actor, action, target, detail: detail === undefined ? null : JSON.stringify(detail) })
    .execute();
}

export function createAuditLog({ db, now }: { db: Kysely<Database>; now: () => Date }): AuditLog {
  return {
    add: (entry) => writeAudit(db, now(), entry),
    async list({ offset = 0, limit = 50 } = {}) {
      const { total } = await db.selectFrom('audit').select((eb) => eb.fn.countAll<number | string>().as('total')).executeTakeFirstOrThrow();
      const rows = await db.selectFrom('audit').selectAll().orderBy('id', 'desc').offset(offset).limit(Math.min(limit, 200)).execute();
      return { rows: rows.map((r) => ({ ...r, id: Number(r.id) })), total: Number(total) };
    },
  };
}
