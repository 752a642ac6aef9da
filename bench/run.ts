/**
 * `npm run bench`: every benchmark in its own process (so one's memory and JIT state do not colour
 * the next), each printing its own figures, then one summary of the headline numbers.
 *
 *   npm run bench                    # all of them (latency, throughput, scale, fuzz, memory, replicas)
 *   npm run bench -- latency fuzz    # a subset, by name
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { machine, mib, ms, printTable, RESULTS_DIR } from './_stats.js';

const ALL = ['latency', 'throughput', 'scale', 'fuzz', 'memory', 'replicas'] as const;
const chosen = process.argv.slice(2);
const unknown = chosen.filter((a) => !(ALL as readonly string[]).includes(a));
if (unknown.length) {
  console.error(`unknown benchmark ${unknown.join(', ')}: choose from ${ALL.join(', ')}`);
  process.exit(2);
}
const names = chosen.length ? chosen : [...ALL];

const failed: string[] = [];
for (const name of names) {
  console.log(`\n######## bench/${name}.ts`);
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', `bench/${name}.ts`], { stdio: 'inherit', timeout: 60 * 60_000 });
  console.log(`######## bench/${name}.ts: exit ${run.status ?? run.signal} after ${ms(performance.now() - started)}`);
  if (run.status !== 0) failed.push(name);
}

// The summary reads back what each script saved, so it also works after running them one by one.
const loadAverages: string[] = [];
const load = <T>(name: string): T | null => {
  const file = path.join(RESULTS_DIR, `${name}.json`);
  if (!existsSync(file)) return null;
  const saved = JSON.parse(readFileSync(file, 'utf8')) as { figures: T; machine: { loadAverage1m: number } };
  // The machine may be shared: how busy it was when each benchmark ended says how far to trust it.
  loadAverages.push(`${name} ${saved.machine.loadAverage1m}`);
  return saved.figures;
};
type Sum = { p50: number; p95: number; p99: number };
const latency = load<{ ingest?: { firstMs: number; warmMs: number[] }; inprocess?: Sum & { answersPerSecond: number }; coldstart?: { medianMs: number }; llmHang?: Sum & { max: number; timeoutMs: number; extractive: number; asked: number } }>('latency');
const throughput = load<{ ratio: number; pairRatios?: number[]; ask: { requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number }; trivial: { requestsPerSecond: number; p50Ms: number; p99Ms: number } }>('throughput');
const scale = load<{ rows: { factor: number; ingest: { ingestMs: number; clauses: number }; indexBytes: number; query: { rssAfterLoad: number; loadMs: number; ask: Sum } }[]; limits: { rssLimitFactor: number; ingestHourFactor: number } | null }>('scale');
const fuzz = load<{ requests: number; fiveXx: number; failures: unknown[]; alive: boolean; probeOk: boolean }>('fuzz');
const memory = load<{ total: number; requestBytes: number; baseline: number; peak: number; settled: number; growth: number; withinTarget: boolean }>('memory');
const replicas = load<{ rows: { setup: string; requestsPerSecond: number }[]; writes: { setup: string; requestsPerSecond: number }[] }>('replicas');

const m = machine();
const rows: [string, string][] = [
  ['machine', `${m.nproc} CPUs (${m.cpu}), ${m.memoryGiB} GiB, Node ${m.node}`],
  ['1-min load average at the end of each', loadAverages.join(', ')],
];
if (latency?.inprocess) rows.push(['in-process ask p50 / p95 / p99', `${ms(latency.inprocess.p50)} / ${ms(latency.inprocess.p95)} / ${ms(latency.inprocess.p99)}, ${latency.inprocess.answersPerSecond.toFixed(0)} answers/s`]);
if (latency?.ingest) rows.push(['ingest of the plan', `${ms(latency.ingest.firstMs)} cold, ${latency.ingest.warmMs.map(ms).join(' / ')} warm`]);
if (latency?.coldstart) rows.push(['cold start to /readyz', ms(latency.coldstart.medianMs)]);
if (latency?.llmHang) rows.push([`hanging LLM, timeout ${latency.llmHang.timeoutMs} ms`, `${latency.llmHang.extractive}/${latency.llmHang.asked} extractive, max ${ms(latency.llmHang.max)}`]);
if (throughput) {
  rows.push(['HTTP /api/ask (cached answers)', `${throughput.ask.requestsPerSecond.toFixed(0)} req/s, p50 ${ms(throughput.ask.p50Ms)}, p99 ${ms(throughput.ask.p99Ms)}, errors ${throughput.ask.errors}, non-2xx ${throughput.ask.non2xx}`]);
  rows.push(['HTTP /healthz', `${throughput.trivial.requestsPerSecond.toFixed(0)} req/s, p50 ${ms(throughput.trivial.p50Ms)}, p99 ${ms(throughput.trivial.p99Ms)}`]);
  const pairs = throughput.pairRatios ?? [];
  const spread = pairs.length > 1 ? ` (slice pairs ${pairs[0]!.toFixed(3)}–${pairs.at(-1)!.toFixed(3)})` : '';
  rows.push(['ratio ask / trivial (target ≥ 0.5)', `${throughput.ratio.toFixed(3)}${spread}`]);
}
for (const r of scale?.rows ?? []) {
  rows.push([`scale ${r.factor}× (${r.ingest.clauses} clauses)`, `ingest ${ms(r.ingest.ingestMs)}, index ${mib(r.indexBytes)}, load ${ms(r.query.loadMs)}, RSS ${mib(r.query.rssAfterLoad)}, ask p50 ${ms(r.query.ask.p50)} p99 ${ms(r.query.ask.p99)}`]);
}
if (scale?.limits) rows.push(['one machine stops at', `≈ ${scale.limits.rssLimitFactor.toFixed(0)}× (memory), ingest 1 h at ≈ ${scale.limits.ingestHourFactor.toFixed(0)}×`]);
if (memory) {
  rows.push([
    `RSS over ${memory.total} distinct ${(memory.requestBytes / 1000).toFixed(0)} KB asks`,
    `baseline ${mib(memory.baseline)}, peak ${mib(memory.peak)}, settled ${mib(memory.settled)} (+${(memory.growth / 1e6).toFixed(0)} MB, target ≤ 150 MB: ${memory.withinTarget ? 'met' : 'NOT met'})`,
  ]);
}
if (fuzz) rows.push(['fuzz', `${fuzz.requests} requests, ${fuzz.fiveXx} 5xx, ${fuzz.failures.length} failures, alive ${fuzz.alive}, still answers ${fuzz.probeOk}`]);
for (const r of [...(replicas?.rows ?? []), ...(replicas?.writes ?? [])]) rows.push([r.setup, `${r.requestsPerSecond.toFixed(0)} req/s`]);
printTable('summary (bench/results/*.json)', rows);

if (failed.length) {
  console.error(`\nfailed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
