/**
 * A follow-up whose words only ask (咋补, 找谁, 多少钱 after 社保一个月交多少) asks of the last question's topic: when that was another's
 * affair — another department's, place's, plan's or trade's — so is the follow-up, whatever clauses its carried words reach.
 */
import type { Turn } from '../contract.js';

/** Refusals that say what was asked is another's affair — not a question too weak to answer alone (no_evidence, no_question). */
const ANOTHER_AFFAIR = new Set(['referral', 'other_region', 'other_plan', 'not_manufacturing']);

interface Read {
  query: { isFollowUp: boolean; onlyAsks?: boolean };
  fixed: { refusalReason: string | null } | null;
}

/**
 * `prepared`, or the last question's refusal when `prepared` answers a follow-up that only asks and the last question, asked alone,
 * is another's affair. (Asked alone: the answer cache keys a follow-up by the last question only, follow-up.ts `resolutionKey`.)
 */
export async function withLastRefusal<P extends Read>(history: readonly Turn[] | undefined, prepared: P, askedAlone: (question: string) => Promise<P>): Promise<P> {
  if (prepared.fixed || !prepared.query.isFollowUp || !prepared.query.onlyAsks) return prepared;
  const last = [...(history ?? [])].reverse().find((turn) => turn.role === 'user');
  const was = last ? await askedAlone(last.content) : null;
  return was?.fixed?.refusalReason && ANOTHER_AFFAIR.has(was.fixed.refusalReason) ? { ...prepared, fixed: was.fixed } : prepared;
}
