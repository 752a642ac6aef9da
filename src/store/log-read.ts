/**
 * Reading the conversation log: filters, paging, one row with its citations, cards and feedback, the most
 * frequent refused questions, and the retention purge. Every read writes the queue first (`flush`), so what
 * was asked a moment ago is in the answer.
 */
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import { dayStart, END_OF_TIME, nextDay } from './keys.js';
import type { ConversationLog, LogFilter, LogRow } from './log.js';
import type { Database } from './schema.js';

/** Answered, but with less than this share of the question's evidence in the plan: worth a supervisor's look. */
export const WEAK_EVIDENCE = 0.75;
const MAX_PAGE = 200;

/** `LIKE` text with its wildcards taken literally (ESCAPE '\\' on both engines). */
export const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

type AsksEb = ExpressionBuilder<Database, 'asks'>;

function where(filter: LogFilter) {
  return (eb: AsksEb) => {
    const parts = [];
    if (filter.refused) parts.push(eb('asks.refused', '=', 1));
    if (filter.weak) parts.push(eb.and([eb('asks.refused', '=', 0), eb('asks.evidence', '<', WEAK_EVIDENCE)]));
    if (filter.unhelpful) {
      parts.push(eb.exists(eb.selectFrom('feedback').select('feedback.id').whereRef('feedback.ask_id', '=', 'asks.id').where('feedback.helpful', '=', 0)));
    }
    // CST days as times: the created_at index serves the range.
    if (filter.from) parts.push(eb('asks.created_at', '>=', dayStart(filter.from)));
    if (filter.to) parts.push(eb('asks.created_at', '<', dayStart(nextDay(filter.to))));
    // lower() on both sides: SQLite's LIKE ignores ASCII case, PostgreSQL's does not; now neither does.
    if (filter.text?.trim()) parts.push(sql<boolean>`lower(${eb.ref('asks.question')}) LIKE lower(${`%${likeEscape(filter.text.trim())}%`}) ESCAPE '\\'`);
    return eb.and(parts);
  };
}

export function createLogReader({ db, flush }: { db: Kysely<Database>; flush: () => Promise<void> }): Pick<ConversationLog, 'find' | 'get' | 'topRefused' | 'purge'> {
  async function attach(rows: Database['asks'][]): Promise<LogRow[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [citations, cards, feedback] = await Promise.all([
      db.selectFrom('ask_citations').select(['ask_id', 'clause_id']).where('ask_id', 'in', ids).orderBy('ask_id').orderBy('n').execute(),
      db.selectFrom('ask_cards').select(['ask_id', 'card_id']).where('ask_id', 'in', ids).orderBy('ask_id').orderBy('card_id').execute(),
      db.selectFrom('feedback').select(['id', 'ask_id', 'created_at', 'helpful', 'comment']).where('ask_id', 'in', ids).orderBy('id').execute(),
    ]);
    return rows.map((r) => ({
      id: r.id,
      createdAt: r.created_at,
      question: r.question,
      answer: r.answer,
      refused: r.refused === 1,
      refusalReason: r.refusal_reason,
      mode: r.mode,
      latencyMs: r.latency_ms,
      evidence: r.evidence,
      cardId: r.card_id,
      channel: r.channel,
      citations: citations.filter((c) => c.ask_id === r.id).map((c) => c.clause_id),
      cardIds: cards.filter((c) => c.ask_id === r.id).map((c) => c.card_id),
      feedback: feedback.filter((f) => f.ask_id === r.id).map((f) => ({ id: Number(f.id), createdAt: f.created_at, helpful: f.helpful === 1, comment: f.comment })),
    }));
  }

  return {
    async find(filter, { offset = 0, limit = 50 } = {}) {
      await flush();
      const take = Math.min(Math.max(1, limit), MAX_PAGE);
      const base = db.selectFrom('asks').where(where(filter));
      const { total } = await base.select((eb) => eb.fn.countAll<number | string>().as('total')).executeTakeFirstOrThrow();
      const rows = await base.selectAll().orderBy('created_at', 'desc').orderBy('id').offset(Math.max(0, offset)).limit(take).execute();
      return { rows: await attach(rows), total: Number(total) };
    },
    async get(id) {
      await flush();
      const row = await db.selectFrom('asks').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? (await attach([row]))[0]! : null;
    },
    async topRefused(limit, sinceIso = '', untilIso = END_OF_TIME) {
      await flush();
      const top = await db
        .selectFrom('asks')
        .select((eb) => ['question_key', eb.fn.countAll<number | string>().as('count'), eb.fn.max('created_at').as('last_at')])
        .where('refused', '=', 1)
        .where('created_at', '>=', sinceIso)
        .where('created_at', '<', untilIso)
        .groupBy('question_key')
        .orderBy('count', 'desc')
        .orderBy('last_at', 'desc')
        .limit(limit)
        .execute();
      if (top.length === 0) return [];
      const reasons = await db
        .selectFrom('asks')
        .select(['question_key', 'refusal_reason'])
        .distinct()
        .where('refused', '=', 1)
        .where('created_at', '>=', sinceIso)
        .where('created_at', '<', untilIso)
        .where('question_key', 'in', top.map((t) => t.question_key))
        .orderBy('refusal_reason')
        .execute();
      return top.map((t) => ({
        question: t.question_key,
        count: Number(t.count),
        lastAt: t.last_at,
        notes: reasons.filter((r) => r.question_key === t.question_key && r.refusal_reason !== null).map((r) => r.refusal_reason!),
      }));
    },
    async purge(beforeIso) {
      await flush();
      return db.transaction().execute(async (trx) => {
        const old = trx.selectFrom('asks').select('id').where('created_at', '<', beforeIso);
        await trx.deleteFrom('ask_citations').where('ask_id', 'in', old).execute();
        await trx.deleteFrom('ask_cards').where('ask_id', 'in', old).execute();
        await trx.updateTable('feedback').set({ ask_id: null }).where('ask_id', 'in', old).execute();
        const result = await trx.deleteFrom('asks').where('created_at', '<', beforeIso).executeTakeFirst();
        return Number(result.numDeletedRows);
      });
    },
  };
}
