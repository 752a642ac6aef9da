/**
 * One phase of the scale benchmark in a fresh process, so that RSS and start-up costs belong to one
 * corpus only: `--phase ingest` builds the synthetic corpus of `--factor`, `--phase query` loads it and
 * asks every eval question. Prints one `RESULT {json}` line. Run by bench/scale.ts.
 */
import { parseArgs } from 'node:util';
import { createEngine } from '../src/answer/engine.js';
import { loadIndex } from '../src/ingest/store.js';
import { createTokenizer } from '../src/ingest/tokenizer.js';
import { evalQuestions, PROBE_FACT, PROBE_QUESTION } from './_eval.js';
import { buildInto, planSources } from './_index.js';
import { summarize } from './_stats.js';
import { syntheticCorpus } from './_synthetic.js';

const { values: args } = parseArgs({ options: { phase: { type: 'string' }, factor: { type: 'string' }, index: { type: 'string' } } });
const factor = Number(args.factor);
const indexDir = args.index!;
const maxRssBytes = () => process.resourceUsage().maxRSS * 1024;

async function ingest() {
  // jieba loads its 5 MB dictionary on first use, whatever the corpus: timed apart from the build.
  const jiebaStarted = performance.now();
  createTokenizer({ lexicon: { words: [], stopwords: new Set(), synonyms: new Map() } }).cut('预热');
  const jiebaMs = performance.now() - jiebaStarted;
  const [plan] = await planSources();
  const sources = factor === 1 ? [plan!] : syntheticCorpus(plan!, factor);
  const { manifest, ms } = await buildInto(indexDir, sources);
  const sourceChars = sources.reduce((sum, s) => sum + s.text.length, 0);
  return { jiebaMs, ingestMs: ms, documents: sources.length, sourceChars, clauses: manifest.clauseCount, passages: manifest.passageCount, maxRssBytes: maxRssBytes() };
}

async function query() {
  // Warm jieba first so that loadIndex and the RSS delta are the index's own.
  const jiebaStarted = performance.now();
  createTokenizer({ lexicon: { words: [], stopwords: new Set(), synonyms: new Map() } }).cut('预热');
  const jiebaMs = performance.now() - jiebaStarted;
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const index = await loadIndex(indexDir, { kind: 'local' });
  const loadMs = performance.now() - started;
  const rssAfterLoad = process.memoryUsage().rss;
  const engine = createEngine({ index });
  const questions = evalQuestions();
  for (const q of questions) await engine.ask({ question: q.question, history: q.history });
  const samples: number[] = [];
  for (let pass = 0; pass < 2; pass++) {
    for (const q of questions) {
      const t = performance.now();
      await engine.ask({ question: q.question, history: q.history });
      samples.push(performance.now() - t);
    }
  }
  const probe = await engine.ask({ question: PROBE_QUESTION });
  return {
    jiebaMs,
    loadMs,
    rssBeforeLoad: rssBefore,
    rssAfterLoad,
    rssAfterQueries: process.memoryUsage().rss,
    heapUsedAfterQueries: process.memoryUsage().heapUsed,
    ask: summarize(samples),
    probeOk: probe.body.answer.includes(PROBE_FACT),
    probeCitation: probe.body.citations[0]?.id ?? null,
  };
}

const result = args.phase === 'ingest' ? await ingest() : args.phase === 'query' ? await query() : null;
if (!result) throw new Error('--phase ingest|query');
console.log(`RESULT ${JSON.stringify(result)}`);
