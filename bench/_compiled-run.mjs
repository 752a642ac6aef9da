// The in-process passes of bench/latency.ts, asked of the compiled build in a plain node process (no tsx):
//   node bench/_compiled-run.mjs <dist dir> <index dir> <passes>
// Prints one JSON line: the samples of the repeated dev passes, in milliseconds. Run by bench/_compiled.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [distDir, indexDir, passesArg] = process.argv.slice(2);
const load = (file) => import(pathToFileURL(path.join(distDir, file)).href);
const { createEngine } = await load('answer/engine.js');
const { loadIndex } = await load('ingest/store.js');
const engine = createEngine({ index: await loadIndex(indexDir, { kind: 'local' }) });
const questions = readFileSync('eval/qa.jsonl', 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line));
// One unmeasured pass, as in bench/latency.ts: JIT warm-up and the lazy tables are a start-up cost.
for (const q of questions) await engine.ask({ question: q.question, history: q.history });
const samples = [];
for (let pass = 0; pass < Number(passesArg); pass++) {
  for (const q of questions) {
    const t = performance.now();
    await engine.ask({ question: q.question, history: q.history });
    samples.push(performance.now() - t);
  }
}
console.log(JSON.stringify({ samples }));
