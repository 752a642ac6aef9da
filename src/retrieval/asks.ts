/**
 * The asks of referrals.json — what people ask that no plan answers, whatever the subject — compiled once per index: each
 * pattern as a regular expression, its topic resolved, its flags read. Pure.
 */
import type { ReferralTable, ReferralTopic } from '../ingest/referrals.js';

/** An ask of referrals.json with its pattern compiled and its topic resolved. */
export interface Ask {
  ask: string;
  pattern: RegExp;
  topic: ReferralTopic | null;
  /** The words of a match that name what is asked (高铁 in 坐高铁要多久): no evidence for the plan. */
  subject: RegExp | null;
  /** A household's ask a business may share (自家屋顶): not against a question about a business. */
  household: boolean;
  /** A choice put to the service: not decisive between two measures of the plan named (see referrals.ts). */
  choice: boolean;
  /** A person's own ask: decisive unless the asker names a business of their own (see referrals.ts). */
  person: boolean;
  /** An ask of the plan's outcome: not decisive when a target's figure is named (see referrals.ts). */
  target: boolean;
  /** The plan's own rules it may be asked of (双控没达标会被罚多少): then not decisive (see referrals.ts). */
  planRules: RegExp | null;
  /** How an answer names the part it leaves aside. */
  said: string;
}

export function compileAsks(referrals: ReferralTable): Ask[] {
  return (referrals.asks ?? []).map((a) => ({
    ask: a.ask,
    pattern: new RegExp(a.pattern, 'u'),
    topic: referrals.topics.find((t) => t.topic === a.topic) ?? null,
    subject: a.subject ? new RegExp(a.subject, 'gu') : null,
    household: a.household === true,
    choice: a.choice === true,
    person: a.person === true,
    target: a.target === true,
    planRules: a.planRules ? new RegExp(a.planRules, 'u') : null,
    said: a.said ?? a.ask,
  }));
}

/** The words of an ask's match that name what it asks about. */
export function askSubjects({ ask, match }: { ask: Ask; match: string }): string[] {
  return ask.subject ? [...match.matchAll(ask.subject)].map((m) => m[0]) : [];
}
