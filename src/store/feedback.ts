/** Feedback on answers (有帮助 / 没帮助): written before POST /api/feedback answers 201, linked to its log row. */
import { sql, type Kysely } from 'kysely';
import { redactPii } from '../server/redact.js';
import { END_OF_TIME, TRAILING } from './keys.js';
import type { ConversationLog, QuestionCount } from './log.js';
import type { Database } from './schema.js';

export interface FeedbackInput {
  question: string;
  answer: string;
  helpful: boolean;
  comment?: string;
}

export interface FeedbackStore {
  /** Resolves with the new row's id once it is on disk. */
  add(input: FeedbackInput): Promise<number>;
  topUnhelpful(limit: number, sinceIso?: string, untilIso?: string): Promise<QuestionCount[]>;
}

// A literal, not a parameter: PostgreSQL must see the same expression in SELECT and GROUP BY.
const KEY = sql<string>`rtrim(question, ${sql.lit(TRAILING)})`;

export function createFeedbackStore({ db, log, now }: { db: Kysely<Database>; log: ConversationLog; now: () => Date }): FeedbackStore {
  return {
    async add({ question, answer, helpful, comment }) {
      // The widget sends back the question and the answer it was shown: that names the log row.
      const askId = log.enabled ? await log.findAsk(question, answer) : null;
      const row = await db
        .insertInto('feedback')
        .values({
          created_at: now().toISOString(),
          question: redactPii(question),
          answer: redactPii(answer),
          helpful: helpful ? 1 : 0,
          comment: comment === undefined ? null : redactPii(comment),
          ask_id: askId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(row.id);
    },

    async topUnhelpful(limit, sinceIso = '', untilIso = END_OF_TIME) {
      const top = await db
        .selectFrom('feedback')
        .select((eb) => [KEY.as('question'), eb.fn.countAll<number | string>().as('count'), eb.fn.max('created_at').as('last_at')])
        .where('helpful', '=', 0)
        .where('created_at', '>=', sinceIso)
        .where('created_at', '<', untilIso)
        .groupBy(KEY)
        .orderBy('count', 'desc')
        .orderBy('last_at', 'desc')
        .limit(limit)
        .execute();
      if (top.length === 0) return [];
      const comments = await db
        .selectFrom('feedback')
        .select([KEY.as('question'), 'comment'])
        .distinct()
        .where('helpful', '=', 0)
        .where('created_at', '>=', sinceIso)
        .where('created_at', '<', untilIso)
        .where('comment', 'is not', null)
        .where(KEY, 'in', top.map((t) => t.question))
        .orderBy('comment')
        .execute();
      return top.map((t) => ({
        question: t.question,
        count: Number(t.count),
        lastAt: t.last_at,
        notes: comments.filter((c) => c.question === t.question).map((c) => c.comment!),
      }));
    },
  };
}
