/**
 * What the plan does not cover, as data (data/lexicon/referrals.json): the affairs other departments handle,
 * with the words people use for them and where to turn; places whose policies are not this plan's; trades
 * outside manufacturing. The scope gate refuses on this evidence and names the department in the refusal.
 */
import { z } from 'zod';
import type { Result } from '../types.js';

const Word = z.string().trim().min(2).max(12);
/** A regular expression over the question, checked at ingest. */
const Pattern = z.string().min(2).max(800).refine((p) => {
  try {
    new RegExp(p, 'u');
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');

export const ReferralTableSchema = z.strictObject({
  _doc: z.string().optional(),
  topics: z.array(
    z.strictObject({
      topic: z.string().trim().min(2).max(20),
      words: z.array(Word).min(1),
      department: z.string().trim().min(2).max(40),
      hotline: z.string().regex(/^\d{3,8}$/),
      /**
       * A household's affair whose words a business shares (房租, 物业): it counts against a question only when
       * the question says nothing of a business (厂, 公司, 厂房, 园区…) — a factory's rent is the plan's topic.
       */
      household: z.boolean().optional(),
      /**
       * An affair of the business's recruits as much as a household's (买房 for the graduates a firm hires): it does
       * not count against a question that names a business and the talent it hires — the plan's 人才的住房.
       */
      recruits: z.boolean().optional(),
      /**
       * What befalls a business's goods or work (梅雨, 台风, 高温): said as when it comes (一到梅雨天竹子就发霉, 每逢台风), it is the
       * asker's circumstance told, not a question about it.
       */
      circumstance: z.boolean().optional(),
      /** A games or an event a maker names as where its goods go (锦标赛订单多, 省运会用的就是我们的): its market, unless it is asked about. */
      market: z.boolean().optional(),
      /** Where a question came from, a lesson (地理课本上说, 老师讲过): set aside when what is asked is the plan itself (referral-aside.ts). */
      lesson: z.boolean().optional(),
    }),
  ),
  /** Provinces, other regions of China and other countries: a question about their policies is not about this plan. */
  otherRegions: z.array(z.string().trim().min(1).max(12)),
  /** Businesses outside manufacturing (餐馆, 民宿): the plan has no measures for them. */
  nonManufacturing: z.array(Word),
  /**
   * What people ask that a plan never answers, whatever the subject: opening hours, travel times, which product
   * or share to buy, what a used machine fetches, whether something is legal, where to complain. `pattern` is a
   * regular expression over the question (Simplified, lower case); `topic` names the topic above whose
   * department the refusal gives, or none for 12345; `subject`, the words of a match that name what is asked.
   */
  asks: z
    .array(
      z.strictObject({
        ask: z.string().trim().min(2).max(20),
        pattern: Pattern,
        topic: z.string().trim().min(2).max(20).optional(),
        /** A household's ask whose words a business shares (自家屋顶): counts only when the question names no business. */
        household: z.boolean().optional(),
        /**
         * The words of a match that name what the ask is about (高铁 in 坐高铁要多久): they are the ask's, not
         * evidence that the plan covers the question. Other plan words in the match still count (补贴多久).
         */
        subject: Pattern.optional(),
        /**
         * A choice put to the service (哪个更适合, 值不值): when the question names two of the plan's measures or more, what is
         * chosen between is the plan's — both are answered from it, and the choice is the part it leaves aside.
         */
        choice: z.boolean().optional(),
        /**
         * An ask of the plan's outcome (完成没有, 完成得咋样): when the question names a target's figure (…200家以上…完成没有), the target is
         * the plan's and answered, with the result said to be missing; asked of the plan at large, it decides alone.
         */
        target: z.boolean().optional(),
        /**
         * A person's own ask (我个人买车补多少, 业主必须交吗): decisive whatever of the plan the question quotes (its programmes, a firm it
         * deals with), unless the asker names a business of their own (我们厂, 开了个作坊, 做…的).
         */
        person: z.boolean().optional(),
        /**
         * The plan's own binding rules (能耗双控, 亩均评价, 淘汰类产能): when the question names one, the ask is asked of that rule
         * (双控没达标会被罚多少) — the plan covers the rule and leaves the detail aside — and does not decide alone.
         */
        planRules: Pattern.optional(),
        /** How an answer names the part it leaves aside (哪一项更适合您), when not by `ask`. */
        said: z.string().trim().min(2).max(20).optional(),
      }),
    )
    .default([]),
});
export type ReferralTable = z.infer<typeof ReferralTableSchema>;
export type ReferralTopic = ReferralTable['topics'][number];

export function parseReferralTable(json: string): Result<ReferralTable> {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, error: 'referrals.json: not valid JSON' };
  }
  const parsed = ReferralTableSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: `referrals.json: ${issue.path.join('.')}: ${issue.message}` };
  }
  const topics = new Set(parsed.data.topics.map((t) => t.topic));
  const unknown = parsed.data.asks.find((a) => a.topic !== undefined && !topics.has(a.topic));
  if (unknown) return { ok: false, error: `referrals.json: asks: "${unknown.ask}" names topic "${unknown.topic}", which is not in topics` };
  return { ok: true, value: parsed.data };
}
