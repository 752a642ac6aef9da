/**
 * `npm run eval [-- --gate] [-- --url http://host:port] [-- --set dev|blind] [-- --only <category>|profiles] [-- --hold-out batch-NN]`:
 * runs the dev set (eval/qa.jsonl, eval/profiles.jsonl) and the blind set (eval/blind/*.jsonl: questions
 * written by helpers who saw only the plan) through the same engine the server uses (or a running server),
 * scores ours and the two baselines with the same metric functions, each set on its own, prints the tables,
 * writes eval/report.{json,md} and, with --gate, exits 1 when either set is below eval/thresholds.json.
 * `--hold-out batch-NN` (repeatable) leaves a committed blind batch out of the run: a batch written with another and
 * kept unread, to be scored once the work on the other is done (eval/blind/README.md).
 * The only file of the suite that does I/O.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import type { Engine } from '../src/answer/types.js';
import { readConfig, type Config } from '../src/config.js';
import { AskResponseSchema, type AskResponse, type MatchRequest } from '../src/contract.js';
import { ensureIndex } from '../src/ingest/ensure.js';
import { buildCorpus } from '../src/ingest/corpus.js';
import { parseFacetTable } from '../src/ingest/facets.js';
import { readLexiconSources, readSources } from '../src/ingest/files.js';
import { loadIndex, type LoadedIndex } from '../src/ingest/store.js';
import type { Clause } from '../src/types.js';
import { createChunkBaselines } from './baselines/chunk-baselines.js';
import {
  flattenMeasureIds, ProfileCaseSchema, QaCaseSchema, scoreProfile, scoreQuestion, summarize, summarizeBy, summarizeByCategory, summarizeProfiles,
  type Outcome, type ProfileCase, type ProfileScore, type QaCase,
} from './metrics.js';
import {
  checkBreakdowns, checkGate, missReasons, renderBatchTable, renderCategoryTable, renderMarkdown, renderMetricsTable, ThresholdsSchema, type SystemResult, type Thresholds,
} from './report.js';

const EVAL_DIR = path.dirname(fileURLToPath(import.meta.url));

export interface EvalArgs {
  gate: boolean;
  url: string | null;
  only: string | null;
  /** dev, blind, or null for both */
  set: string | null;
  /** Blind batches left out of this run (file names without .jsonl). */
  holdOut?: string[];
}

async function readJsonl<T>(file: string, schema: z.ZodType<T>): Promise<T[]> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  return lines.flatMap((line, i) => {
    if (!line.trim()) return [];
    const parsed = schema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')} ${x.message}`).join('; ')}`);
    return [parsed.data];
  });
}

const clock = () => performance.now();

/** An outcome without the clause texts it repeats (they are in the index): keeps report.json readable. */
const brief = ({ citedTexts: _texts, citations, ...rest }: Outcome) => ({ ...rest, quotes: citations?.map(({ id, quote }) => ({ id, quote })) ?? null });

/** Extractive only (`chatModel: null`): the suite must be deterministic and offline. */
export type CreateEngine = (options: { index: LoadedIndex; chatModel: null; llmTimeoutMs: number }) => Engine | Promise<Engine>;

type MatchOutcome = { kind: 'ok'; ids: string[] } | { kind: 'not_implemented'; reason: string } | { kind: 'error'; reason: string };

/** Ours, in-process or over HTTP, behind one face. */
interface SystemUnderTest {
  ask(qa: QaCase): Promise<Outcome>;
  match(profile: MatchRequest): Promise<MatchOutcome>;
  clauseText(id: string): string | undefined;
  labelOf(id: string): string;
}

const failed = (error: string, latencyMs: number): Outcome => ({ answer: '', refused: false, citedIds: [], citedTexts: [], citations: [], latencyMs, error });

function corpusLookups(clauses: Clause[]) {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  return { clauseText: (id: string) => byId.get(id)?.text, labelOf: (id: string) => byId.get(id)?.label ?? '(unknown id)' };
}

/** Validated against the contract; numbers are grounded against the index's clause text, not the echoed one. */
function outcomeOf(body: unknown, latencyMs: number, clauseText: (id: string) => string | undefined): Outcome {
  const parsed = AskResponseSchema.safeParse(body);
  if (!parsed.success) return failed(`response breaks the contract: ${parsed.error.issues[0]?.message}`, latencyMs);
  const { answer, refused, citations }: AskResponse = parsed.data;
  const citedIds = citations.map((c) => c.id);
  return { answer, refused, citedIds, citedTexts: citedIds.map((id) => clauseText(id) ?? ''), citations: citations.map(({ id, text, quote }) => ({ id, text, quote })), latencyMs };
}

async function openEngineSystem(config: Config, createEngine: CreateEngine, baselineClauses: Clause[]): Promise<SystemUnderTest> {
  await ensureIndex(config, { log: (line) => console.error(line) });
  const index = await loadIndex(config.indexDir, config.embeddings);
  const indexed = new Map(index.corpus.clauses.map((c) => [c.id, c.text]));
  const differs = baselineClauses.length !== indexed.size || baselineClauses.some((c) => indexed.get(c.id) !== c.text);
  if (differs) throw new Error(`the index in ${config.indexDir} holds other clauses than data/source parses to: baselines and ours would be scored on different texts`);
  const engine = await createEngine({ index, chatModel: null, llmTimeoutMs: config.llmTimeoutMs });
  const lookups = corpusLookups(index.corpus.clauses);
  return {
    ...lookups,
    async ask(qa) {
      const started = clock();
      try {
        const { body } = await engine.ask({ question: qa.question, history: qa.history, mode: 'auto' });
        return outcomeOf(body, clock() - started, lookups.clauseText);
      } catch (error) {
        return failed((error as Error).message, clock() - started);
      }
    },
    async match(profile) {
      try {
        return { kind: 'ok', ids: flattenMeasureIds((await engine.match(profile)).groups) };
      } catch (error) {
        const reason = (error as Error).message;
        return /not implemented/i.test(reason) ? { kind: 'not_implemented', reason } : { kind: 'error', reason };
      }
    },
  };
}

/** POST with the server's rate limit honoured: a 429 waits out Retry-After instead of failing the question. */
async function post(url: string, body: unknown): Promise<{ response: Response; latencyMs: number }> {
  for (let attempt = 0; ; attempt++) {
    const started = clock();
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const latencyMs = clock() - started;
    if (response.status !== 429 || attempt >= 5) return { response, latencyMs };
    await new Promise((resolve) => setTimeout(resolve, 1000 * Number(response.headers.get('retry-after') ?? 1)));
  }
}

function openHttpSystem(baseUrl: string, clauses: Clause[]): SystemUnderTest {
  const lookups = corpusLookups(clauses);
  const base = baseUrl.replace(/\/$/, '');
  return {
    ...lookups,
    async ask(qa) {
      const { response, latencyMs } = await post(`${base}/api/ask`, { question: qa.question, history: qa.history, mode: 'auto' });
      if (response.status !== 200) return failed(`HTTP ${response.status}: ${(await response.text()).slice(0, 200)}`, latencyMs);
      return outcomeOf(await response.json(), latencyMs, lookups.clauseText);
    },
    async match(profile) {
      const { response } = await post(`${base}/api/match`, profile);
      if ([404, 405, 501].includes(response.status)) return { kind: 'not_implemented', reason: `POST /api/match answered ${response.status}` };
      if (response.status !== 200) return { kind: 'error', reason: `HTTP ${response.status}` };
      return { kind: 'ok', ids: flattenMeasureIds(((await response.json()) as { groups: { measures: { id: string }[] }[] }).groups) };
    },
  };
}

async function runProfiles(system: SystemUnderTest, profiles: ProfileCase[], errors: string[]): Promise<{ scores: ProfileScore[] | null; note: string }> {
  const scores: ProfileScore[] = [];
  for (const profile of profiles) {
    const matched = await system.match(profile.profile);
    if (matched.kind === 'not_implemented') return { scores: null, note: `skipped: ${matched.reason}` };
    if (matched.kind === 'error') errors.push(`${profile.id}: ${matched.reason}`);
    scores.push(scoreProfile(profile, matched.kind === 'ok' ? matched.ids : []));
  }
  return { scores, note: `${scores.length} profiles` };
}

/**
 * A question set scored on its own: the dev set (eval/qa.jsonl), the blind set (eval/blind/*.jsonl), or the probes
 * (eval/probes/*.jsonl: hard out-of-scope questions and in-scope contrasts for developing the scope gate, reported per
 * file (each question carries its kind) and never gated — they are read and worked on, so they are no blind evidence).
 */
interface QuestionSet {
  name: 'dev' | 'blind' | 'probes';
  qa: QaCase[];
  /** Per question, the file (batch) it came from. */
  batchOf: string[];
}

const SET_FILES = { dev: 'eval/qa.jsonl', blind: 'eval/blind/*.jsonl', probes: 'eval/probes/*.jsonl, not gated' } as const;

/** Every .jsonl file of eval/<dir> but those held out, in name order; each question's batch is its file's name. */
async function readDirectory(dir: string, name: QuestionSet['name'], holdOut: readonly string[] = []): Promise<QuestionSet> {
  const full = path.join(EVAL_DIR, dir);
  const files = existsSync(full) ? (await readdir(full)).filter((f) => f.endsWith('.jsonl') && !holdOut.includes(f.replace(/\.jsonl$/, ''))).sort() : [];
  const set: QuestionSet = { name, qa: [], batchOf: [] };
  for (const file of files) {
    const qa = await readJsonl(path.join(full, file), QaCaseSchema);
    set.qa.push(...qa);
    set.batchOf.push(...qa.map(() => file.replace(/\.jsonl$/, '')));
  }
  return set;
}

async function readSets(only: string | null, set: string | null, holdOut: readonly string[] = []): Promise<QuestionSet[]> {
  const sets: QuestionSet[] = [];
  if (set === null || set === 'dev') {
    const qa = await readJsonl(path.join(EVAL_DIR, 'qa.jsonl'), QaCaseSchema);
    sets.push({ name: 'dev', qa, batchOf: qa.map(() => 'qa.jsonl') });
  }
  if (set === null || set === 'blind') {
    const blind = await readDirectory('blind', 'blind', holdOut);
    if (blind.qa.length > 0) sets.push(blind);
  }
  if (set === null || set === 'probes') {
    const probes = await readDirectory('probes', 'probes');
    if (probes.qa.length > 0) sets.push(probes);
  }
  const ids = new Set<string>();
  for (const q of sets.flatMap((s) => s.qa)) {
    if (ids.has(q.id)) throw new Error(`question id ${q.id} appears twice across eval/qa.jsonl, eval/blind/ and eval/probes/`);
    ids.add(q.id);
  }
  if (only && only !== 'profiles') {
    const categories = new Set(sets.flatMap((s) => s.qa.map((q) => q.category)));
    if (!categories.has(only)) throw new Error(`--only ${only}: no such category (${[...categories, 'profiles'].join(', ')})`);
    return sets
      .map((s) => {
        const keep = s.qa.map((q) => q.category === only);
        return { ...s, qa: s.qa.filter((_, i) => keep[i]), batchOf: s.batchOf.filter((_, i) => keep[i]) };
      })
      .filter((s) => s.qa.length > 0);
  }
  return only === 'profiles' ? [] : sets;
}

export async function evaluate({ args, config, createEngine }: { args: EvalArgs; config: Config; createEngine: () => Promise<CreateEngine> }): Promise<number> {
  if (args.gate && (args.only || args.set)) throw new Error('--gate applies to the whole suite: drop --only and --set');
  if (args.set && args.set !== 'dev' && args.set !== 'blind' && args.set !== 'probes') throw new Error(`--set ${args.set}: expected dev, blind or probes`);
  if (args.gate && args.holdOut?.length) throw new Error('--gate applies to the whole suite: drop --hold-out');
  const sets = await readSets(args.only, args.set, args.holdOut);
  const runProfilesToo = (!args.only || args.only === 'profiles') && (args.set === null || args.set === 'dev');
  const profiles = runProfilesToo ? await readJsonl(path.join(EVAL_DIR, 'profiles.jsonl'), ProfileCaseSchema) : [];

  const sources = await readSources(config.sourceDir);
  if (!sources.ok) throw new Error(sources.error);
  // Built the way src/ingest/build.ts builds it, without touching jieba (see the next comment).
  const { corpus } = buildCorpus(sources.value, parseFacetTable((await readLexiconSources(config.lexiconDir)).facets));

  // Baselines first: loading our index inserts the domain lexicon into the process-wide jieba, and the
  // baselines must tokenize with jieba's stock dictionary (see baselines/naive-tokenizer.ts).
  const { baselines } = await createChunkBaselines(corpus.clauses);
  const baselineOutcomes = new Map<string, Outcome[]>();
  for (const set of sets) {
    for (const baseline of baselines) {
      const outcomes: Outcome[] = [];
      for (const q of set.qa) {
        const started = clock();
        const answer = baseline.ask(q.question);
        outcomes.push({ ...answer, refused: false, citations: null, latencyMs: clock() - started });
      }
      baselineOutcomes.set(`${set.name}/${baseline.name}`, outcomes);
    }
  }

  const system = args.url ? openHttpSystem(args.url, corpus.clauses) : await openEngineSystem(config, await createEngine(), corpus.clauses);
  const errors: string[] = [];
  const profileRun = profiles.length > 0 ? await runProfiles(system, profiles, errors) : { scores: null, note: 'not run (--only or --set)' };
  const profileMetrics = profileRun.scores ? summarizeProfiles(profileRun.scores) : null;
  const profileMisses = (profileRun.scores ?? []).flatMap((score, i) =>
    score.emptyCorrect === false || score.firstHitRank === 0 || (score.firstHitRank ?? 0) > 5 ? [{ profile: profiles[i]!, score }] : [],
  );
  const thresholds: Thresholds | null = args.gate ? ThresholdsSchema.parse(JSON.parse(await readFile(path.join(EVAL_DIR, 'thresholds.json'), 'utf8'))) : null;

  const generatedAt = new Date().toISOString();
  const target = args.url ? `server ${args.url}` : `in-process engine, index ${config.indexDir}`;
  const markdown: string[] = [];
  const json: Record<string, unknown> = { generatedAt, target, only: args.only, profiles: { metrics: profileMetrics, note: profileRun.note, scores: profileRun.scores }, sets: {} };
  const gateFailures: string[] = [];
  let printedProfiles = false;

  for (const set of sets) {
    const ours: Outcome[] = [];
    const setErrors: string[] = [];
    for (const q of set.qa) {
      const outcome = await system.ask(q);
      if (outcome.error) setErrors.push(`${q.id}: ${outcome.error}`);
      ours.push(outcome);
    }
    errors.push(...setErrors);
    const result = (name: string, outcomes: Outcome[]): SystemResult => {
      const scores = set.qa.map((q, i) => scoreQuestion(q, outcomes[i]!, system.clauseText));
      return { name, overall: summarize(scores), byCategory: summarizeByCategory(scores), byVoice: summarizeBy(scores, (_, i) => set.qa[i]!.voice ?? null) };
    };
    const ourScores = set.qa.map((q, i) => scoreQuestion(q, ours[i]!, system.clauseText));
    const systems = [result('ours', ours), ...baselines.map((b) => result(b.name, baselineOutcomes.get(`${set.name}/${b.name}`)!))];
    const setProfiles = set.name === 'dev' ? profileMetrics : null;

    let setGate: string[] | null = null;
    if (thresholds && set.name !== 'probes') {
      const limits = thresholds[set.name];
      setGate = [
        ...checkGate(limits, systems[0]!.overall, setProfiles, profileRun.note),
        ...checkBreakdowns(limits, systems),
        ...setErrors.map((e) => `failed: ${e}`),
      ];
      gateFailures.push(...setGate.map((f) => `${set.name}: ${f}`));
    }
    const misses = set.qa.flatMap((q, i) => (missReasons(ourScores[i]!).length > 0 ? [{ qa: q, score: ourScores[i]!, outcome: ours[i]! }] : []));
    const batches = summarizeBy(ourScores, (_, i) => set.batchOf[i]!);
    markdown.push(
      renderMarkdown({
        set: set.name, generatedAt, target, systems, profiles: setProfiles, profilesNote: set.name === 'dev' ? profileRun.note : 'dev set only',
        misses, profileMisses: set.name === 'dev' ? profileMisses : [], labelOf: system.labelOf, gateFailures: setGate,
      }),
    );
    (json.sets as Record<string, unknown>)[set.name] = {
      systems,
      batches,
      questions: set.qa.map((q, i) => ({
        ...q,
        batch: set.batchOf[i],
        ours: { outcome: brief(ours[i]!), score: ourScores[i] },
        baselines: Object.fromEntries(baselines.map((b) => [b.name, brief(baselineOutcomes.get(`${set.name}/${b.name}`)![i]!)])),
      })),
      gateFailures: setGate,
    };

    console.log(`\n== ${set.name} set: ${set.qa.length} questions (${SET_FILES[set.name]}) ==\n`);
    console.log(renderMetricsTable(systems, setProfiles));
    if (set.name === 'dev' && !printedProfiles) {
      console.log(`\nprofiles: ${profileRun.note}`);
      printedProfiles = true;
    }
    console.log(`\n${renderCategoryTable(systems)}`);
    if (Object.keys(systems[0]!.byVoice ?? {}).length > 0) console.log(`\n${renderCategoryTable(systems, 'byVoice')}`);
    if (Object.keys(batches).length > 1 || set.name === 'blind') console.log(`\n${renderBatchTable(batches, set.name === 'probes' ? 'file' : 'batch')}`);
    console.log(`\n${set.name}: ${misses.length} of ${set.qa.length} questions have a miss: see eval/report.md`);
  }
  if (sets.length === 0 && profileMetrics) console.log(`${renderMetricsTable([], profileMetrics)}\n\nprofiles: ${profileRun.note}`);

  json.gateFailures = thresholds ? gateFailures : null;
  await writeFile(path.join(EVAL_DIR, 'report.json'), JSON.stringify(json, null, 2) + '\n');
  await writeFile(path.join(EVAL_DIR, 'report.md'), markdown.join('\n'));

  if (errors.length > 0) console.log(`${errors.length} questions or profiles failed: ${errors.slice(0, 3).join(' | ')}`);
  if (!thresholds) return 0;
  if (gateFailures.length === 0) {
    console.log('gate: passed (dev and blind)');
    return 0;
  }
  console.log(`gate: FAILED\n${gateFailures.map((f) => `  - ${f}`).join('\n')}`);
  return 1;
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const { values } = parseArgs({ options: { gate: { type: 'boolean', default: false }, url: { type: 'string' }, only: { type: 'string' }, set: { type: 'string' }, 'hold-out': { type: 'string', multiple: true } } });
  Promise.resolve()
    .then(() =>
      evaluate({
        args: { gate: values.gate, url: values.url ?? null, only: values.only ?? null, set: values.set ?? null, holdOut: values['hold-out'] ?? [] },
        config: readConfig(process.env),
        createEngine: async () => (await import('../src/answer/engine.js')).createEngine,
      }),
    )
    .then((code) => process.exit(code))
    .catch((error: Error) => {
      console.error(`eval failed: ${error.message}`);
      process.exit(1);
    });
}
