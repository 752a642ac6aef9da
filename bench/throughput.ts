/**
 * Throughput: autocannon against POST /api/ask (rotating through every eval question) and, on the same
 * server process, against GET /healthz — the framework's ceiling with the same global middleware
 * (request id, logging + metrics, security headers). The ratio ask/trivial says how much of the
 * ceiling answering costs. Rate limit off, 50 connections, 20 s each.
 *
 * The two routes take turns in slices (ABBA ABBA…: 4 slices of 5 s each by default), not one 20 s run
 * after the other: this machine is shared, and background load that comes and goes would otherwise
 * fall on one route and not the other (sequential runs gave ratios from 0.48 to 0.76 within minutes).
 * Each route's figures are over all its slices; the ratio of every adjacent pair is printed too, so the
 * spread is visible.
 *
 *   npx tsx bench/throughput.ts [--duration 20] [--slices 4] [--connections 50] [--feedback-db /dev/shm/fb.sqlite] [--entry other-server.ts]
 *
 * The server answers repeated questions from its answer cache (src/answer/cache.ts), so after the
 * first pass over the eval questions this measures the cached path; --entry serves another entry point.
 */
import autocannon from 'autocannon';
import { parseArgs } from 'node:util';
import { askBody, evalQuestions, PROBE_FACT, PROBE_QUESTION } from './_eval.js';
import { buildInto, removeTempDirs, tempDir } from './_index.js';
import { postJson, startServer } from './_server.js';
import { ms, printTable, saveResult } from './_stats.js';

const { values: args } = parseArgs({
  options: { duration: { type: 'string', default: '20' }, slices: { type: 'string', default: '4' }, connections: { type: 'string', default: '50' }, 'feedback-db': { type: 'string' }, entry: { type: 'string' } },
});
const duration = Math.max(1, Math.min(600, Number(args.duration) || 20));
const slices = Math.max(1, Math.min(duration, Math.round(Number(args.slices)) || 4));
const connections = Math.max(1, Math.min(1000, Number(args.connections)));

const indexDir = `${await tempDir('throughput')}/index`;
await buildInto(indexDir);
// LOG_LEVEL=info as in production: one JSON line per request is part of the cost being measured.
const server = await startServer({ INDEX_DIR: indexDir, LOG_LEVEL: 'info', ...(args['feedback-db'] ? { FEEDBACK_DB: args['feedback-db'] } : {}) }, args.entry);

const bodies = evalQuestions().map(askBody);
let next = 0;
const askRequests = [
  {
    method: 'POST',
    path: '/api/ask',
    headers: { 'content-type': 'application/json' },
    // Each request takes the next eval question, so the run covers answers, refusals and follow-ups alike.
    setupRequest: <T extends object>(request: T) => ({ ...request, body: bodies[next++ % bodies.length]! }),
  },
];

interface RunFigures {
  requestsPerSecond: number;
  seconds: number;
  total: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
}

/** One route over all its slices: rate from total requests over total time, latency from the merged histograms. */
const figuresOf = (runs: autocannon.RawResult[], options: autocannon.Options): RunFigures => {
  const seconds = runs.reduce((sum, run) => sum + run.duration, 0);
  const r = autocannon.aggregateResult(runs, options);
  return {
    requestsPerSecond: r.requests.total / seconds,
    seconds,
    total: r.requests.total,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    maxMs: r.latency.max,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    statusCodes: Object.fromEntries(Object.entries(r.statusCodeStats).map(([code, s]) => [code, s.count])),
  };
};

try {
  // Warm-up: JIT and the engine's lazy tables; not measured.
  await autocannon({ url: server.url, connections, duration: 3, requests: askRequests });
  const sliceSeconds = duration / slices;
  const askOptions: autocannon.Options = { url: server.url, connections, duration: sliceSeconds, requests: askRequests };
  const trivialOptions: autocannon.Options = { url: `${server.url}/healthz`, connections, duration: sliceSeconds };
  const askRuns: autocannon.RawResult[] = [];
  const trivialRuns: autocannon.RawResult[] = [];
  for (let i = 0; i < slices; i++) {
    // ABBA: ask first in even slices, trivial first in odd ones, so a steady drift in load cancels out.
    const order = i % 2 === 0 ? (['ask', 'trivial'] as const) : (['trivial', 'ask'] as const);
    for (const which of order) {
      if (which === 'ask') askRuns.push(await autocannon({ ...askOptions, skipAggregateResult: true }));
      else trivialRuns.push(await autocannon({ ...trivialOptions, skipAggregateResult: true }));
    }
  }
  const ask = figuresOf(askRuns, askOptions);
  const trivial = figuresOf(trivialRuns, trivialOptions);
  const rate = (run: autocannon.RawResult) => run.totalCompletedRequests / run.duration;
  const pairRatios = askRuns.map((run, i) => rate(run) / rate(trivialRuns[i]!)).sort((a, b) => a - b);
  const probe = await postJson(`${server.url}/api/ask`, { question: PROBE_QUESTION });
  const probeOk = probe.status === 200 && JSON.stringify(probe.json).includes(PROBE_FACT);
  const ratio = ask.requestsPerSecond / trivial.requestsPerSecond;

  const row = (name: string, f: RunFigures): [string, string] => [
    name,
    `${f.requestsPerSecond.toFixed(0)} req/s, p50 ${ms(f.p50Ms)}, p99 ${ms(f.p99Ms)}, max ${ms(f.maxMs)}, ` +
      `errors ${f.errors}, timeouts ${f.timeouts}, non-2xx ${f.non2xx} (${Object.entries(f.statusCodes).map(([c, n]) => `${c}×${n}`).join(' ')})`,
  ];
  const setup = [args.entry && `entry ${args.entry}`, args['feedback-db'] && `FEEDBACK_DB=${args['feedback-db']}`].filter(Boolean).join(', ');
  printTable(`throughput: autocannon, ${connections} connections, ${duration} s each in ${slices} alternating slices, one server process, rate limit off${setup ? ` — EXPERIMENT: ${setup}` : ''}`, [
    row('POST /api/ask (eval questions; answer-cache hits after the warm-up)', ask),
    row('GET /healthz (trivial route)', trivial),
    ['ratio ask / trivial (target ≥ 0.5)', ratio.toFixed(3)],
    [`ratio in each of the ${slices} slice pairs`, `min ${pairRatios[0]!.toFixed(3)}, median ${pairRatios[Math.floor((slices - 1) / 2)]!.toFixed(3)}, max ${pairRatios.at(-1)!.toFixed(3)}`],
    ['probe after the runs', probeOk ? `ok (answer contains ${PROBE_FACT})` : `FAILED: ${probe.status} ${JSON.stringify(probe.json)}`],
  ]);
  console.log(`\nsaved ${saveResult(setup ? 'throughput-experiment' : 'throughput', { setup, connections, durationS: duration, slices, ask, trivial, ratio, pairRatios, probeOk })}`);
  if (!probeOk) process.exitCode = 1;
} finally {
  await server.stop();
  await removeTempDirs();
}
