/**
 * Supervisors' sign-in sessions, in the store so every replica knows them. The cookie carries a random
 * secret; the table keeps only its SHA-256, with the name typed at sign-in and the session's CSRF token.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface AdminSession {
  actor: string;
  csrf: string;
  expiresAt: string;
}

export interface SessionStore {
  /** A new session, opened with the token `tokenTag` names; resolves with the cookie's secret. */
  create(actor: string, ttlMs: number, tokenTag: string): Promise<{ secret: string } & AdminSession>;
  /** The live session of a cookie secret opened with the same token, or null (unknown, expired, or an older token). */
  find(secret: string, tokenTag: string): Promise<AdminSession | null>;
  remove(secret: string): Promise<void>;
  purgeExpired(): Promise<number>;
}

const hash = (secret: string) => createHash('sha256').update(secret).digest('hex');
const token = () => randomBytes(32).toString('base64url');

export function createSessionStore({ db, now }: { db: Kysely<Database>; now: () => Date }): SessionStore {
  return {
    async create(actor, ttlMs, tokenTag) {
      const at = now();
      const session = { secret: token(), actor, csrf: token(), expiresAt: new Date(at.getTime() + ttlMs).toISOString() };
      await db
        .insertInto('admin_sessions')
        .values({ id_hash: hash(session.secret), actor, csrf: session.csrf, token_tag: tokenTag, created_at: at.toISOString(), expires_at: session.expiresAt })
        .execute();
      return session;
    },
    async find(secret, tokenTag) {
      const row = await db
        .selectFrom('admin_sessions')
        .selectAll()
        .where('id_hash', '=', hash(secret))
        .where('token_tag', '=', tokenTag)
        .where('expires_at', '>', now().toISOString())
        .executeTakeFirst();
      return row ? { actor: row.actor, csrf: row.csrf, expiresAt: row.expires_at } : null;
    },
    async remove(secret) {
      await db.deleteFrom('admin_sessions').where('id_hash', '=', hash(secret)).execute();
    },
    async purgeExpired() {
      const result = await db.deleteFrom('admin_sessions').where('expires_at', '<=', now().toISOString()).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
