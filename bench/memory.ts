/**
 * Memory per client: 10 000 distinct /api/ask requests, each with a ≈ 40 KB history (ten turns), sent to
 * a real server process; its resident set size (RSS, from /proc/<pid>/status) is sampled throughout.
 * Half the questions stand alone (each one new), half are follow-ups ("那宁波呢？") whose previous user
 * question is new each time — the worst case for the answer cache, whose key then includes it.
 *
 *   npx tsx bench/memory.ts [--requests 10000] [--connections 8] [--settle 30] [--entry other-server.ts]
 *
 * Prints RSS at baseline (after a warm-up, idle), at its peak during the run, and settled (after `settle`
 * idle seconds). The target: settled within 150 MB of baseline.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { evalQuestions, PROBE_FACT, PROBE_QUESTION } from './_eval.js';
import { buildInto, removeTempDirs, tempDir } from './_index.js';
import { postJson, startServer } from './_server.js';
import { mib, printTable, saveResult } from './_stats.js';

const { values: args } = parseArgs({
  options: { requests: { type: 'string', default: '10000' }, connections: { type: 'string', default: '8' }, settle: { type: 'string', default: '30' }, entry: { type: 'string' } },
});
const total = Math.max(1, Number(args.requests) || 10_000);
const connections = Math.max(1, Math.min(256, Number(args.connections) || 8));
const settleSeconds = Math.max(1, Number(args.settle) || 30);
const TARGET_BYTES = 150 * 1_000_000;

/** Resident set now and its high-water mark, in bytes. */
function rss(pid: number): { now: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)![1]) * 1024;
  return { now: kib('VmRSS'), peak: kib('VmHWM') };
}

/** What V8 says of the heap, from the server's own /metrics (prom-client's process metrics). */
async function heap(url: string): Promise<{ used: number; total: number; external: number }> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const value = (name: string) => Number(new RegExp(`^zhengce_${name} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
  return { used: value('nodejs_heap_size_used_bytes'), total: value('nodejs_heap_size_total_bytes'), external: value('nodejs_external_memory_bytes') };
}

const plan = readFileSync('data/source/zhejiang-advanced-manufacturing-plan-2021.txt', 'utf8').replace(/\s+/g, '');
/** `chars` characters of the plan starting at a place that depends on `seed`, with the seed in it: distinct text. */
const text = (seed: number, chars: number) => {
  const start = (seed * 7919) % (plan.length - chars);
  return `第${seed}条：${plan.slice(start, start + chars)}`;
};

const questions = evalQuestions().filter((q) => !q.history).map((q) => q.question);
const FOLLOW_UPS = ['那宁波呢？', '具体目标是多少？', '还有吗', '那温州呢？'];

/** Request `i`: ten turns, five questions of ≈ 300 characters and five answers of ≈ 2 400 (≈ 40 KB of UTF-8). */
function body(i: number): string {
  const history = Array.from({ length: 5 }, (_, t) => [
    { role: 'user', content: text(i * 10 + t, 300) },
    { role: 'assistant', content: text(i * 10 + t + 5, 2400) },
  ]).flat();
  const question = i % 2 === 0 ? `${questions[(i / 2) % questions.length]}（${i}）` : FOLLOW_UPS[i % FOLLOW_UPS.length]!;
  return JSON.stringify({ question, history });
}

const indexDir = `${await tempDir('memory')}/index`;
await buildInto(indexDir);
const server = await startServer({ INDEX_DIR: indexDir, LOG_LEVEL: 'info' }, args.entry);
const pid = server.child.pid!;

try {
  // Warm-up: JIT, lazy tables, the allocator's first growth; then idle, then the baseline.
  for (const question of questions.slice(0, 100)) await postJson(`${server.url}/api/ask`, { question });
  await new Promise((resolve) => setTimeout(resolve, 5000));
  const baseline = rss(pid).now;
  const heapBefore = await heap(server.url);
  const requestBytes = Buffer.byteLength(body(1));

  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, rss(pid).now)), 100);
  const statuses: Record<string, number> = {};
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      for (let i = next++; i < total; i = next++) {
        const res = await fetch(`${server.url}/api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body(i) });
        await res.arrayBuffer();
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const afterLoad = rss(pid).now;
  await new Promise((resolve) => setTimeout(resolve, settleSeconds * 1000));
  clearInterval(sampler);
  const end = rss(pid);
  peak = Math.max(peak, end.now);
  const settled = end.now;
  const heapAfter = await heap(server.url);

  const probe = await postJson(`${server.url}/api/ask`, { question: PROBE_QUESTION });
  const probeOk = probe.status === 200 && JSON.stringify(probe.json).includes(PROBE_FACT);
  const growth = settled - baseline;
  const withinTarget = growth <= TARGET_BYTES;
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

  printTable(`memory: ${total} distinct /api/ask with ${(requestBytes / 1000).toFixed(1)} KB bodies (10-turn histories), ${connections} connections${args.entry ? ` — EXPERIMENT: entry ${args.entry}` : ''}`, [
    ['requests', `${total} in ${seconds.toFixed(1)} s (${(total / seconds).toFixed(0)} req/s): ${Object.entries(statuses).map(([s, n]) => `${s}×${n}`).join(' ')}`],
    ['RSS baseline (after 100 warm-up asks, 5 s idle)', `${mib(baseline)} (${mb(baseline)})`],
    ['RSS peak during the run (sampled every 100 ms)', `${mib(peak)} (+${mb(peak - baseline)})`],
    ['RSS right after the last request', `${mib(afterLoad)} (+${mb(afterLoad - baseline)})`],
    [`RSS settled (after ${settleSeconds} s idle)`, `${mib(settled)} (+${mb(growth)})`],
    ['VmHWM (high-water mark since the process started)', mib(end.peak)],
    ['V8 heap used / total, external: baseline', `${mib(heapBefore.used)} / ${mib(heapBefore.total)}, ${mib(heapBefore.external)}`],
    ['V8 heap used / total, external: settled', `${mib(heapAfter.used)} / ${mib(heapAfter.total)}, ${mib(heapAfter.external)}`],
    ['settled − baseline ≤ 150 MB', withinTarget ? 'yes' : 'NO'],
    ['probe after the run', probeOk ? `ok (answer contains ${PROBE_FACT})` : `FAILED: ${probe.status}`],
  ]);
  const name = args.entry ? 'memory-experiment' : 'memory';
  console.log(`\nsaved ${saveResult(name, { total, connections, requestBytes, seconds, statuses, baseline, peak, afterLoad, settled, highWaterMark: end.peak, heapBefore, heapAfter, settleSeconds, growth, withinTarget, probeOk, entry: args.entry ?? null })}`);
  if (!probeOk || !withinTarget || statuses['200'] !== total) process.exitCode = 1;
} finally {
  await server.stop();
  await removeTempDirs();
}
