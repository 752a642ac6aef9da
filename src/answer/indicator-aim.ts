/**
 * A figure the plan measures its output by, asked beside the whole plan's aim: answered from the key-indicator table's note, the goals
 * and the baseline. Pure over the text and the clauses it is given.
 */
import type { Clause, DocumentMeta } from '../types.js';
import type { Composition } from './extractive.js';
import { indicatorAsked, OUTPUT_FIGURE } from './intent.js';
import { composeIndicatorTable, WHOLE_AIM } from './metadata.js';
import { targetNotGiven } from './messages.js';
import { chosenHit } from '../retrieval/retriever.js';

/** …asked of today or the past (现在制造业增加值是多少): the baseline answers it, not the table of targets. */
const NOW_ASKED = /现在|目前|眼下|如今|去年|今年|已经|十三五|2020/;

/**
 * Such a figure asked beside the whole plan's aim (规划说到2025年要干成啥样，全省制造业增加值具体要到多少亿): the key-indicator table that
 * holds the targets is an image — said first, then the goals, and the baseline sentence naming the indicator (not a target). Null when
 * that is not what is asked.
 */
export function composeIndicatorBesideAim(text: string, ownTerms: readonly string[], meta: DocumentMeta, clauses: Map<string, Clause>): Composition | null {
  const parts = text.split(/[，。？！,.?!；;]/);
  if (NOW_ASKED.test(text) || !parts.some((c) => WHOLE_AIM.test(c)) || !parts.some((c) => !WHOLE_AIM.test(c) && indicatorAsked(c))) return null;
  const table = composeIndicatorTable(meta, clauses);
  if (!table) return null;
  const baseline = [...clauses.values()].find((c) => c.kind === 'section' && c.title === '发展基础');
  const weight = (sentence: string) => ownTerms.filter((t) => t.length >= 2 && sentence.toLowerCase().includes(t)).reduce((sum, t) => sum + (OUTPUT_FIGURE.test(t) ? 2 : 1), 0);
  const best = baseline ? baseline.sentences.reduce((b, s, i) => (weight(s) > (b < 0 ? 0 : weight(baseline.sentences[b]!)) ? i : b), -1) : -1;
  const withBaseline = baseline !== undefined && best >= 0;
  return {
    lead: targetNotGiven(true, '总体目标', withBaseline),
    statements: [...table.statements, ...(withBaseline ? [{ text: baseline.sentences[best]!.trim(), clauseIndex: 1 }] : [])],
    used: [...table.used, ...(withBaseline ? [{ hit: chosenHit(baseline), from: best, to: best }] : [])],
    notes: [],
  };
}
