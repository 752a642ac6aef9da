/**
 * Scale: the plan (1×) and synthetic corpora of 10× and 100× its size (bench/_synthetic.ts), each built
 * and queried in fresh processes — ingest time, index size on disk, RSS after load, query p50 — and how
 * each cost grows per 10× of corpus.
 *
 *   npx tsx bench/scale.ts [--factors 1,10,100]
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { currentBuildDir } from '../src/ingest/build.js';
import { removeTempDirs, tempDir } from './_index.js';
import { machine, mib, ms, printTable, saveResult, type Summary } from './_stats.js';

const { values: args } = parseArgs({ options: { factors: { type: 'string', default: '1,10,100' } } });
const factors = args.factors!.split(',').map(Number).filter((f) => f >= 1 && f <= 1000);

function runPhase<T>(phase: 'ingest' | 'query', factor: number, indexDir: string): T {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/_scale-worker.ts', '--phase', phase, '--factor', String(factor), '--index', indexDir], {
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
    timeout: 30 * 60_000,
  });
  const line = out.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`scale worker printed no RESULT:\n${out}`);
  return JSON.parse(line.slice('RESULT '.length)) as T;
}

function sizeOf(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => sum + (e.isDirectory() ? sizeOf(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).size), 0);
}

interface Row {
  factor: number;
  ingest: { jiebaMs: number; ingestMs: number; documents: number; sourceChars: number; clauses: number; passages: number; maxRssBytes: number };
  query: { jiebaMs: number; loadMs: number; rssBeforeLoad: number; rssAfterLoad: number; rssAfterQueries: number; ask: Summary; probeOk: boolean; probeCitation: string | null };
  indexBytes: number;
}

const rows: Row[] = [];
for (const factor of factors) {
  const indexDir = path.join(await tempDir(`scale-${factor}x`), 'index');
  const ingest = runPhase<Row['ingest']>('ingest', factor, indexDir);
  const indexBytes = sizeOf((await currentBuildDir(indexDir))!);
  const query = runPhase<Row['query']>('query', factor, indexDir);
  rows.push({ factor, ingest, query, indexBytes });
  await removeTempDirs();
  printTable(`scale ${factor}× (${ingest.documents} documents, ${ingest.clauses} clauses, ${ingest.passages} passages, ${(ingest.sourceChars / 1000).toFixed(0)}k characters)`, [
    ['ingest (buildIndex, jieba already loaded)', `${ms(ingest.ingestMs)} (jieba dictionary load before it: ${ms(ingest.jiebaMs)})`],
    ['peak RSS during ingest', mib(ingest.maxRssBytes)],
    ['index size on disk', mib(indexBytes)],
    ['loadIndex (jieba already loaded)', ms(query.loadMs)],
    ['RSS after load (of which the index)', `${mib(query.rssAfterLoad)} (${mib(query.rssAfterLoad - query.rssBeforeLoad)}; jieba + runtime before it ${mib(query.rssBeforeLoad)})`],
    ['engine.ask p50 / p95 / p99', `${ms(query.ask.p50)} / ${ms(query.ask.p95)} / ${ms(query.ask.p99)} (RSS after ${query.ask.count} asks ${mib(query.rssAfterQueries)})`],
    ['probe (5G question)', query.probeOk ? `answers 20万, cites ${query.probeCitation}` : `LOST the answer (cites ${query.probeCitation})`],
  ]);
}

// Growth between consecutive runs, as the exponent k in cost ∝ clauses^k (1 = linear, 0 = flat).
const exponent = (a: number, b: number, sizeA: number, sizeB: number) => Math.log(b / a) / Math.log(sizeB / sizeA);
const steps = rows.slice(1).map((b, i) => {
  const a = rows[i]!;
  const k = (pick: (r: Row) => number) => exponent(pick(a), pick(b), a.ingest.clauses, b.ingest.clauses);
  return {
    from: a.factor,
    to: b.factor,
    ingestMs: k((r) => r.ingest.ingestMs),
    indexBytes: k((r) => r.indexBytes),
    indexRss: k((r) => r.query.rssAfterLoad - r.query.rssBeforeLoad),
    askP50: k((r) => r.query.ask.p50),
  };
});
let limits: { memoryGiB: number; rssLimitFactor: number; ingestHourFactor: number } | null = null;
if (steps.length > 0) {
  printTable('growth, as the exponent k in cost ∝ clauses^k (1 = linear)', [
    ['step', steps.map((s) => `${s.from}×→${s.to}×`.padEnd(12)).join('')],
    ['ingest time', steps.map((s) => s.ingestMs.toFixed(2).padEnd(12)).join('')],
    ['index size on disk', steps.map((s) => s.indexBytes.toFixed(2).padEnd(12)).join('')],
    ['RSS of the loaded index', steps.map((s) => s.indexRss.toFixed(2).padEnd(12)).join('')],
    ['ask p50', steps.map((s) => s.askP50.toFixed(2).padEnd(12)).join('')],
  ]);
  // Where one machine stops: the index's RSS grows about linearly on top of a fixed base (jieba, runtime);
  // ingest time is extrapolated with the exponent of the last step.
  const last = rows.at(-1)!;
  const step = steps.at(-1)!;
  const memory = machine().memoryGiB * 2 ** 30;
  const perFactor = (last.query.rssAfterLoad - last.query.rssBeforeLoad) / last.factor;
  const rssLimitFactor = (memory - last.query.rssBeforeLoad) / perFactor;
  const ingestHourFactor = last.factor * Math.pow(3_600_000 / last.ingest.ingestMs, 1 / Math.max(0.1, step.ingestMs));
  limits = { memoryGiB: machine().memoryGiB, rssLimitFactor, ingestHourFactor };
  printTable('where one machine stops (extrapolated from the largest run)', [
    [`the loaded index fills ${machine().memoryGiB} GiB at`, `≈ ${rssLimitFactor.toFixed(0)}× the plan (${mib(perFactor)} per 1× of corpus)`],
    ['ingest takes 1 hour at', `≈ ${ingestHourFactor.toFixed(0)}× the plan`],
  ]);
}
console.log(`\nsaved ${saveResult('scale', { rows, steps, limits })}`);
