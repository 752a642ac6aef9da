/**
 * Annotations: a supervisor's question cards (src/ingest/cards.ts, `source: "supervisor"`), with who made
 * them, when, from which log row, and how many questions each has served since. Every change writes its
 * audit row in the same transaction.
 */
import type { Kysely } from 'kysely';
import { CardSchema, type Card } from '../ingest/cards.js';
import { writeAudit } from './audit.js';
import type { Database } from './schema.js';

export interface AnnotationRow {
  card: Card;
  askId: string | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  /** Logged questions whose answer this card served. */
  served: number;
}

export interface AnnotationStore {
  /** Newest change first, with served counts. */
  list(): Promise<AnnotationRow[]>;
  get(id: string): Promise<AnnotationRow | null>;
  /** Every annotation's card, by id: what the engine searches beside the index's own cards, and what is exported. */
  cards(): Promise<Card[]>;
  /** Creates or replaces the card with this id; resolves with whether it was new. */
  save(card: Card, meta: { actor: string; askId?: string | null }): Promise<{ created: boolean }>;
  remove(id: string, meta: { actor: string }): Promise<boolean>;
  /** Creates or replaces many cards in one transaction, with one audit row. */
  importCards(cards: Card[], meta: { actor: string }): Promise<{ created: number; updated: number }>;
}

/** A card in the CardSchema shape, keys in the schema's order: what is stored, exported and reviewed in git. */
export function canonicalCard(card: Card): Card {
  return {
    id: card.id,
    clauses: card.clauses,
    questions: card.questions,
    keywords: card.keywords,
    ...(card.answer !== undefined ? { answer: card.answer } : {}),
    source: 'supervisor',
    ...(card.referral ? { referral: { department: card.referral.department, hotline: card.referral.hotline } } : {}),
  };
}

function readCard(json: string, id: string): Card {
  const parsed = CardSchema.safeParse(JSON.parse(json));
  if (!parsed.success) throw new Error(`annotation ${id} in the store is not a valid card: ${parsed.error.issues[0]!.message}`);
  return { ...parsed.data, id };
}

export function createAnnotationStore({ db, now, beforeCount }: { db: Kysely<Database>; now: () => Date; beforeCount: () => Promise<void> }): AnnotationStore {
  async function withServed(rows: Database['annotations'][]): Promise<AnnotationRow[]> {
    if (rows.length === 0) return [];
    await beforeCount();
    const counts = await db
      .selectFrom('ask_cards')
      .select((eb) => ['card_id', eb.fn.countAll<number | string>().as('n')])
      .where('card_id', 'in', rows.map((r) => r.id))
      .groupBy('card_id')
      .execute();
    const served = new Map(counts.map((c) => [c.card_id, Number(c.n)]));
    return rows.map((r) => ({
      card: readCard(r.card, r.id),
      askId: r.ask_id,
      createdAt: r.created_at,
      createdBy: r.created_by,
      updatedAt: r.updated_at,
      updatedBy: r.updated_by,
      served: served.get(r.id) ?? 0,
    }));
  }

  async function upsert(trx: Kysely<Database>, card: Card, actor: string, askId: string | null | undefined, at: string): Promise<boolean> {
    const json = JSON.stringify(canonicalCard(card));
    const existing = await trx.selectFrom('annotations').select('id').where('id', '=', card.id).executeTakeFirst();
    if (existing) {
      await trx.updateTable('annotations').set({ card: json, updated_at: at, updated_by: actor }).where('id', '=', card.id).execute();
      return false;
    }
    await trx.insertInto('annotations').values({ id: card.id, card: json, ask_id: askId ?? null, created_at: at, created_by: actor, updated_at: at, updated_by: actor }).execute();
    return true;
  }

  return {
    async list() {
      return withServed(await db.selectFrom('annotations').selectAll().orderBy('updated_at', 'desc').orderBy('id').execute());
    },
    async get(id) {
      const row = await db.selectFrom('annotations').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? (await withServed([row]))[0]! : null;
    },
    async cards() {
      // By id: an export is then the same file for the same cards, and diffs well in git.
      const rows = await db.selectFrom('annotations').select(['id', 'card']).orderBy('id').execute();
      return rows.map((r) => readCard(r.card, r.id));
    },
    async save(card, { actor, askId }) {
      const at = now();
      return db.transaction().execute(async (trx) => {
        const created = await upsert(trx, card, actor, askId, at.toISOString());
        await writeAudit(trx, at, { actor, action: created ? 'annotation_create' : 'annotation_update', target: card.id, detail: canonicalCard(card) });
        return { created };
      });
    },
    async remove(id, { actor }) {
      const at = now();
      return db.transaction().execute(async (trx) => {
        const row = await trx.selectFrom('annotations').select('card').where('id', '=', id).executeTakeFirst();
        if (!row) return false;
        await trx.deleteFrom('annotations').where('id', '=', id).execute();
        await writeAudit(trx, at, { actor, action: 'annotation_delete', target: id, detail: JSON.parse(row.card) as unknown });
        return true;
      });
    },
    async importCards(cards, { actor }) {
      const at = now();
      return db.transaction().execute(async (trx) => {
        let created = 0;
        for (const card of cards) if (await upsert(trx, card, actor, null, at.toISOString())) created++;
        await writeAudit(trx, at, { actor, action: 'annotations_import', target: null, detail: { ids: cards.map((c) => c.id), created, updated: cards.length - created } });
        return { created, updated: cards.length - created };
      });
    },
  };
}
