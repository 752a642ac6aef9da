/** The figures of the supervisors' dashboard, for a range of CST days, computed in SQL that both engines run. */
import { sql, type Kysely } from 'kysely';
import type { FeedbackStore } from './feedback.js';
import { dayStart, nextDay } from './keys.js';
import type { ConversationLog, QuestionCount } from './log.js';
import type { Database } from './schema.js';

/** Upper bounds (ms) of the latency histogram's buckets; the last bucket is open. */
export const LATENCY_BOUNDS = [10, 25, 50, 100, 250, 500, 1000, 2500, 5000] as const;

export interface DayFigures {
  day: string;
  questions: number;
  refused: number;
  avgLatencyMs: number | null;
}

export interface DashboardStats {
  from: string;
  to: string;
  days: DayFigures[];
  totals: { questions: number; refused: number; feedback: number; helpful: number };
  topCited: Array<{ clauseId: string; count: number }>;
  topRefused: QuestionCount[];
  topUnhelpful: QuestionCount[];
  /** Answers per latency bucket; `upTo` null = above the last bound. */
  latency: Array<{ upTo: number | null; count: number }>;
}

export interface Dashboard {
  stats(range: { from: string; to: string }, top?: number): Promise<DashboardStats>;
}

// Constants only, so the text is the same in SELECT and GROUP BY (PostgreSQL compares expressions as written).
const BUCKET = sql.raw<number>(`CASE ${LATENCY_BOUNDS.map((b, i) => `WHEN latency_ms < ${b} THEN ${i}`).join(' ')} ELSE ${LATENCY_BOUNDS.length} END`);

export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to && days.length < 3660; d = nextDay(d)) days.push(d);
  return days;
}

export function createDashboard({ db, log, feedback }: { db: Kysely<Database>; log: ConversationLog; feedback: FeedbackStore }): Dashboard {
  return {
    async stats({ from, to }, top = 10) {
      await log.flush();
      const since = dayStart(from);
      const until = dayStart(nextDay(to));
      // By time, not by `day`: the created_at index serves the range.
      const inRange = db.selectFrom('asks').where('created_at', '>=', since).where('created_at', '<', until);
      const [perDay, feedbackTotals, cited, buckets, topRefused, topUnhelpful] = await Promise.all([
        inRange
          .select((eb) => ['day', eb.fn.countAll<number | string>().as('questions'), eb.fn.sum<number | string>('refused').as('refused'), eb.fn.avg<number | string>('latency_ms').as('latency')])
          .groupBy('day')
          .execute(),
        db
          .selectFrom('feedback')
          .select((eb) => [eb.fn.countAll<number | string>().as('total'), eb.fn.sum<number | string | null>('helpful').as('helpful')])
          .where('created_at', '>=', since)
          .where('created_at', '<', until)
          .executeTakeFirstOrThrow(),
        db
          .selectFrom('ask_citations')
          .innerJoin('asks', 'asks.id', 'ask_citations.ask_id')
          .select((eb) => ['ask_citations.clause_id', eb.fn.countAll<number | string>().as('n')])
          .where('asks.created_at', '>=', since)
          .where('asks.created_at', '<', until)
          .groupBy('ask_citations.clause_id')
          .orderBy('n', 'desc')
          .orderBy('ask_citations.clause_id')
          .limit(top)
          .execute(),
        inRange.select((eb) => [BUCKET.as('bucket'), eb.fn.countAll<number | string>().as('n')]).groupBy(BUCKET).execute(),
        log.topRefused(top, since, until),
        feedback.topUnhelpful(top, since, until),
      ]);
      const byDay = new Map(perDay.map((d) => [d.day, d]));
      const days = daysBetween(from, to).map((day) => {
        const d = byDay.get(day);
        return d
          ? { day, questions: Number(d.questions), refused: Number(d.refused), avgLatencyMs: Math.round(Number(d.latency) * 10) / 10 }
          : { day, questions: 0, refused: 0, avgLatencyMs: null };
      });
      const perBucket = new Map(buckets.map((b) => [Number(b.bucket), Number(b.n)]));
      return {
        from,
        to,
        days,
        totals: {
          questions: days.reduce((n, d) => n + d.questions, 0),
          refused: days.reduce((n, d) => n + d.refused, 0),
          feedback: Number(feedbackTotals.total),
          helpful: Number(feedbackTotals.helpful ?? 0),
        },
        topCited: cited.map((c) => ({ clauseId: c.clause_id, count: Number(c.n) })),
        topRefused,
        topUnhelpful,
        latency: [...LATENCY_BOUNDS, null].map((upTo, i) => ({ upTo, count: perBucket.get(i) ?? 0 })),
      };
    },
  };
}
