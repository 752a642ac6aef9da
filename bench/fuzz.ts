/**
 * Fuzz: ≥ 10 000 hostile requests (bench/_fuzz-requests.ts) against the real server, 10 at a time.
 * Passes when no response is a 5xx, no complete request goes unanswered, and afterwards the process is
 * alive and still answers the 5G question with 20万.
 *
 *   npx tsx bench/fuzz.ts [--requests 10000] [--seed 42]
 */
import { parseArgs } from 'node:util';
import { fuzzServer } from './_fuzz-run.js';
import { buildInto, removeTempDirs, tempDir } from './_index.js';
import { startServer } from './_server.js';
import { printTable, saveResult } from './_stats.js';

const { values: args } = parseArgs({ options: { requests: { type: 'string', default: '10000' }, seed: { type: 'string' } } });
const batchSize = 10;
const batches = Math.ceil(Math.max(10, Math.min(1_000_000, Number(args.requests))) / batchSize);

const indexDir = `${await tempDir('fuzz')}/index`;
await buildInto(indexDir);
// info: one line per request, and the `draining` line naming the signal if something stops the server.
const server = await startServer({ INDEX_DIR: indexDir, LOG_LEVEL: 'info' });
const started = performance.now();
try {
  const report = await fuzzServer(server.url, { batches, batchSize, ...(args.seed ? { seed: Number(args.seed) } : {}) });
  const seconds = (performance.now() - started) / 1000;
  const alive = server.alive() && (await fetch(`${server.url}/healthz`).then((r) => r.status === 200, () => false));
  const exit = server.alive() ? null : await server.exited;
  // A 500 the server logged for a client that had already gone (it never reached the wire): not a
  // failure of the contract, but it pages whoever watches the error rate.
  const loggedFiveXx = server.output().split('\n').filter((l) => /"status":5\d\d/.test(l) && !l.includes('"/readyz"')).length;
  const fiveXx = Object.entries(report.statuses).filter(([s]) => /^5\d\d$/.test(s)).reduce((sum, [, n]) => sum + n, 0);
  printTable(`fuzz: ${report.requests} requests in ${seconds.toFixed(0)} s (seed ${report.seed})`, [
    ['outcomes', Object.entries(report.statuses).sort().map(([s, n]) => `${s}×${n}`).join(' ')],
    ['5xx responses', String(fiveXx)],
    ['failures (5xx or unanswered)', String(report.failures.length)],
    ['4xx without the contract error body', String(report.contractBreaks.length)],
    ['5xx in the server log (client already gone)', String(loggedFiveXx)],
    ['process alive, /healthz 200', exit ? `false: exited with code ${exit.code}, signal ${exit.signal}` : String(alive)],
    ['5G question still answered with 20万', String(report.probeOk)],
  ]);
  for (const f of report.failures.slice(0, 5)) console.log(`  FAILURE ${f.request}\n    → ${JSON.stringify(f.outcome).slice(0, 300)}`);
  for (const f of report.contractBreaks.slice(0, 5)) console.log(`  CONTRACT ${f.request}\n    → ${JSON.stringify(f.outcome).slice(0, 300)}`);
  if (report.counterexample) console.log(`  shrunk counterexample:\n${report.counterexample}`);
  if (fiveXx > 0 || loggedFiveXx > 0 || !alive) {
    // Errors, anything that is not a JSON line (a crash), and how the process ended (draining, stopped).
    const telling = (l: string) => /"level":[56]0|"msg":"(draining|stopped)/.test(l) || !l.startsWith('{');
    console.log(`\nserver log (errors, last lines):\n${server.output().split('\n').filter(telling).slice(-8).join('\n').slice(0, 4000)}`);
  }
  console.log(`\nsaved ${saveResult('fuzz', { ...report, seconds, alive, exit, fiveXx, loggedFiveXx })}`);
  if (fiveXx > 0 || report.failures.length > 0 || !alive || !report.probeOk) process.exitCode = 1;
} finally {
  await server.stop();
  await removeTempDirs();
}
