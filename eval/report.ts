/**
 * Turning scores into what people read: the stdout table (ours beside the baselines), eval/report.md
 * (every miss, with what was cited and answered) and the gate verdict. Pure: returns strings, the runner
 * prints and writes them.
 */
import { z } from 'zod';
import type { Metrics, Outcome, ProfileCase, ProfileMetrics, ProfileScore, QaCase, QuestionScore } from './metrics.js';

export interface SystemResult {
  name: string;
  overall: Metrics;
  byCategory: Record<string, Metrics>;
  /** Per voice (owner, clerk, citizen) for the questions that name one. */
  byVoice?: Record<string, Metrics>;
}

type Format = 'rate' | 'ms' | 'chars' | 'count';

const ROWS: { key: keyof Metrics; label: string; format: Format }[] = [
  { key: 'questions', label: 'questions', format: 'count' },
  { key: 'hit1', label: 'hit@1', format: 'rate' },
  { key: 'hit3', label: 'hit@3', format: 'rate' },
  { key: 'hit5', label: 'hit@5', format: 'rate' },
  { key: 'mrr', label: 'MRR', format: 'rate' },
  { key: 'factAccuracy', label: 'fact accuracy', format: 'rate' },
  { key: 'quoteFidelity', label: 'quote fidelity', format: 'rate' },
  { key: 'citationPrecision', label: 'citation precision (1 expected)', format: 'rate' },
  { key: 'refusalAccuracy', label: 'refusal accuracy', format: 'rate' },
  { key: 'falseRefusals', label: 'false refusals', format: 'rate' },
  { key: 'gapStated', label: 'gap stated first (gap, partial)', format: 'rate' },
  { key: 'numberGrounding', label: 'number grounding', format: 'rate' },
  { key: 'medianAnswerChars', label: 'median answer chars', format: 'chars' },
  { key: 'latencyP50Ms', label: 'latency p50 ms', format: 'ms' },
  { key: 'latencyP95Ms', label: 'latency p95 ms', format: 'ms' },
];

/** Metrics where lower is better: their threshold is a ceiling. */
const CEILINGS = new Set<string>(['falseRefusals', 'latencyP50Ms', 'latencyP95Ms']);

export function formatValue(value: number | null, format: Format): string {
  if (value === null) return '—';
  if (format === 'rate') return value.toFixed(3);
  if (format === 'ms') return value.toFixed(1);
  return String(Math.round(value));
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

/** Rows = metrics, columns = systems; profile rows apply to ours only. */
export function renderMetricsTable(systems: SystemResult[], profiles: ProfileMetrics | null): string {
  const rows = ROWS.map(({ key, label, format }) => [label, ...systems.map((s) => formatValue(s.overall[key], format))]);
  const dash = systems.slice(1).map(() => '—');
  rows.push(['profiles hit@5', formatValue(profiles?.hit5 ?? null, 'rate'), ...dash]);
  rows.push(['profiles empty-result accuracy', formatValue(profiles?.emptyAccuracy ?? null, 'rate'), ...dash]);
  return table(['metric', ...systems.map((s) => s.name)], rows);
}

/**
 * One row per category (or per voice, with `by: 'byVoice'`): ours in full, the baselines' hit@5 and fact
 * accuracy beside it.
 */
export function renderCategoryTable(systems: SystemResult[], by: 'byCategory' | 'byVoice' = 'byCategory'): string {
  const [ours, ...baselines] = systems;
  if (!ours) return '';
  const groups = ours[by] ?? {};
  const header = [by === 'byVoice' ? 'voice' : 'category', 'n', 'hit@5', 'MRR', 'facts', 'precision', 'refusal', 'false ref.', 'gap'];
  for (const b of baselines) header.push(`${b.name} hit@5`, `${b.name} facts`);
  const rows = Object.keys(groups)
    .sort()
    .map((group) => {
      const m = groups[group]!;
      const row = [group, String(m.questions), ...(['hit5', 'mrr', 'factAccuracy', 'citationPrecision', 'refusalAccuracy', 'falseRefusals', 'gapStated'] as const).map((k) => formatValue(m[k], 'rate'))];
      for (const b of baselines) row.push(formatValue(b[by]?.[group]?.hit5 ?? null, 'rate'), formatValue(b[by]?.[group]?.factAccuracy ?? null, 'rate'));
      return row;
    });
  return table(header, rows);
}

/** One row per batch file of a set: how each batch scores (a batch's first score is recorded in eval/blind/README.md). */
/** Per batch (blind) or per kind (probes): the first column's heading is `label`. */
export function renderBatchTable(batches: Record<string, Metrics>, label = 'batch'): string {
  const keys = ['hit5', 'factAccuracy', 'refusalAccuracy', 'falseRefusals', 'gapStated'] as const;
  const rows = Object.keys(batches)
    .sort()
    .map((batch) => [batch, String(batches[batch]!.questions), ...keys.map((k) => formatValue(batches[batch]![k], 'rate'))]);
  return table([label, 'n', 'hit@5', 'facts', 'refusal', 'false ref.', 'gap'], rows);
}

const limits = <K extends string>(keys: readonly K[]) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, z.number().optional()])) as Record<K, z.ZodOptional<z.ZodNumber>>);

const metricLimits = limits(ROWS.map((r) => r.key).filter((k) => k !== 'questions'));

/** The thresholds of one question set: floors for rates, ceilings for false refusals, latency and answer length. */
export const SetThresholdsSchema = z.strictObject({
  ours: metricLimits,
  profiles: limits(['hit5', 'emptyAccuracy'] as const).optional(),
  /** Applied to every category that has questions the metric applies to. */
  categories: metricLimits.optional(),
  /** Per voice (owner, clerk, citizen). */
  voices: z.record(z.string(), metricLimits).optional(),
  /** A baseline whose hit@5 ours must not fall below in any category. */
  notBelowBaseline: z.string().optional(),
  /**
   * Categories known to be below that baseline today, each with the hit@5 it must not fall under: an open
   * shortfall written down, not waived. Remove a category once it is at or above the baseline again.
   */
  knownBelowBaseline: z.record(z.string(), z.number().min(0).max(1)).optional(),
});
export type SetThresholds = z.infer<typeof SetThresholdsSchema>;

/** eval/thresholds.json: one set of thresholds for the dev set, one for the blind set. */
export const ThresholdsSchema = z.strictObject({ dev: SetThresholdsSchema, blind: SetThresholdsSchema });
export type Thresholds = z.infer<typeof ThresholdsSchema>;

const CEILING_KEYS = new Set<string>([...CEILINGS, 'medianAnswerChars']);

function checker(failures: string[]) {
  return (name: string, key: string, value: number | null | undefined, limit: number, note: string) => {
    if (value === null || value === undefined) failures.push(`${name} not measured (${note}), threshold ${limit}`);
    else if (CEILING_KEYS.has(key) ? value > limit : value < limit) {
      failures.push(`${name} ${value.toFixed(3)} ${CEILING_KEYS.has(key) ? '>' : '<'} threshold ${limit}`);
    }
  };
}

/** Every threshold not met, as a line a person can act on; an unmeasured metric fails rather than passes. */
export function checkGate(thresholds: SetThresholds, ours: Metrics, profiles: ProfileMetrics | null, profilesNote = 'not run'): string[] {
  const failures: string[] = [];
  const check = checker(failures);
  for (const [key, limit] of Object.entries(thresholds.ours)) check(key, key, ours[key as keyof Metrics], limit, 'no question it applies to');
  for (const [key, limit] of Object.entries(thresholds.profiles ?? {})) {
    check(`profiles.${key}`, key, profiles?.[key as 'hit5' | 'emptyAccuracy'], limit, profilesNote);
  }
  return failures;
}

/**
 * The per-category and per-voice floors, and "not below the baseline in any category". A category the
 * metric does not apply to (hit@5 of out-of-scope questions) is skipped; a voice named in the thresholds
 * but absent from the set fails.
 */
export function checkBreakdowns(thresholds: SetThresholds, systems: SystemResult[]): string[] {
  const failures: string[] = [];
  const check = checker(failures);
  const [ours] = systems;
  if (!ours) return ['no results'];
  for (const [category, metrics] of Object.entries(ours.byCategory)) {
    for (const [key, limit] of Object.entries(thresholds.categories ?? {})) {
      const value = metrics[key as keyof Metrics];
      if (value !== null) check(`${category}.${key}`, key, value, limit, '');
    }
  }
  for (const [voice, voiceLimits] of Object.entries(thresholds.voices ?? {})) {
    const metrics = ours.byVoice?.[voice];
    for (const [key, limit] of Object.entries(voiceLimits)) check(`voice ${voice}.${key}`, key, metrics?.[key as keyof Metrics], limit, `no ${voice} questions`);
  }
  if (thresholds.notBelowBaseline) {
    const baseline = systems.find((s) => s.name === thresholds.notBelowBaseline);
    if (!baseline) failures.push(`baseline ${thresholds.notBelowBaseline} not run`);
    for (const category of Object.keys(thresholds.knownBelowBaseline ?? {})) {
      if (!(category in ours.byCategory)) failures.push(`knownBelowBaseline names ${category}, which is no category of this set`);
    }
    for (const [category, metrics] of Object.entries(ours.byCategory)) {
      const theirs = baseline?.byCategory[category]?.hit5;
      const known = thresholds.knownBelowBaseline?.[category];
      if (known !== undefined) {
        if (metrics.hit5 !== null && metrics.hit5 < known) failures.push(`${category}.hit5 ${metrics.hit5.toFixed(3)} < ${known} (known to be below ${baseline?.name ?? 'the baseline'}; must not fall further)`);
        // Caught up: the entry must go, or the category could fall back to its old floor unnoticed.
        else if (metrics.hit5 !== null && theirs !== null && theirs !== undefined && metrics.hit5 >= theirs) failures.push(`${category}.hit5 ${metrics.hit5.toFixed(3)} is no longer below ${baseline!.name} ${theirs.toFixed(3)}: remove it from knownBelowBaseline`);
        continue;
      }
      if (metrics.hit5 !== null && theirs !== null && theirs !== undefined && metrics.hit5 < theirs) {
        failures.push(`${category}.hit5 ${metrics.hit5.toFixed(3)} < ${baseline!.name} ${theirs.toFixed(3)}`);
      }
    }
  }
  return failures;
}

export interface MissInput {
  qa: QaCase;
  score: QuestionScore;
  outcome: Outcome;
}

/** Why a question counts against us, in words; empty when it does not. */
export function missReasons(score: QuestionScore): string[] {
  const reasons: string[] = [];
  if (score.firstHitRank === 0) reasons.push('expected clause not cited');
  else if (score.firstHitRank !== null && score.firstHitRank > 5) reasons.push(`expected clause cited only at rank ${score.firstHitRank}`);
  if (score.factsFound === false) reasons.push(`facts missing: ${score.missingFacts.join('、')}`);
  if (score.refusalCorrect === false) reasons.push('answered an out-of-scope question');
  if (score.falseRefusal === true) reasons.push('refused an in-scope question');
  if (score.gapStated === false && score.falseRefusal === false) reasons.push('first sentence does not say what the plan does not give');
  for (const f of score.quoteFailures) reasons.push(`quote fidelity: ${f.id} ${f.reason}`);
  if (score.numbersGrounded === false) reasons.push(`numbers not in any cited clause: ${score.ungroundedNumbers.join(', ')}`);
  return reasons;
}

const quoteBlock = (text: string) => text.split('\n').map((l) => `> ${l}`).join('\n');

export function renderMarkdown(input: {
  /** dev, blind */
  set: string;
  generatedAt: string;
  target: string;
  systems: SystemResult[];
  profiles: ProfileMetrics | null;
  profilesNote: string;
  misses: MissInput[];
  /** Profiles whose expected measure is not in the first 5, or that matched something when nothing fits. */
  profileMisses: { profile: ProfileCase; score: ProfileScore }[];
  labelOf: (id: string) => string;
  gateFailures: string[] | null;
}): string {
  const cite = (ids: string[]) => (ids.length === 0 ? '(none)' : ids.map((id) => `${id} ${input.labelOf(id)}`).join('; '));
  const out = [
    `# Evaluation report · ${input.set} set`,
    '',
    `${input.generatedAt} · ${input.target}`,
    '',
    '## Overall',
    '',
    '```',
    renderMetricsTable(input.systems, input.profiles),
    '```',
    '',
    `Profiles: ${input.profilesNote}`,
    '',
    '## Per category',
    '',
    '```',
    renderCategoryTable(input.systems),
    '```',
    '',
  ];
  if (Object.keys(input.systems[0]?.byVoice ?? {}).length > 0) out.push('## Per voice', '', '```', renderCategoryTable(input.systems, 'byVoice'), '```', '');
  if (input.gateFailures) {
    out.push('## Gate', '', input.gateFailures.length === 0 ? 'passed' : input.gateFailures.map((f) => `- ${f}`).join('\n'), '');
  }
  out.push(`## Misses (${input.misses.length})`, '');
  for (const { qa, score, outcome } of input.misses) {
    out.push(`### ${qa.id} · ${qa.category}${qa.voice ? ` · ${qa.voice}` : ''}`, '', `**Q:** ${qa.question}`, '');
    for (const turn of qa.history ?? []) out.push(`- history (${turn.role}): ${turn.content}`);
    out.push(
      `- why: ${missReasons(score).join('; ')}`,
      `- expected: ${qa.refuse ? 'refusal' : cite(qa.expected_clause_ids)}${qa.facts.length ? ` · facts: ${qa.facts.join('、')}` : ''}`,
      `- cited: ${cite(outcome.citedIds)}${outcome.refused ? ' · refused' : ''}`,
      '',
      quoteBlock(outcome.answer || '(empty answer)'),
      '',
    );
  }
  out.push(`## Profile misses (${input.profileMisses.length})`, '');
  for (const { profile, score } of input.profileMisses) {
    out.push(
      `### ${profile.id}`,
      '',
      `- profile: \`${JSON.stringify(profile.profile)}\``,
      `- expected: ${profile.expect_empty ? 'no measures' : cite(profile.expected_clause_ids)}`,
      `- matched: ${cite(score.matchedIds)}`,
      '',
    );
  }
  return out.join('\n');
}
