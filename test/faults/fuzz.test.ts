/**
 * The short fuzz (≈ 500 hostile requests; `npm run bench` runs ≥ 10 000): no 5xx, no complete request
 * left unanswered, every /api/* 4xx in the contract's error shape, and the server still answers the
 * 5G question afterwards. Seeded for reproducibility; FUZZ_SEED=n explores other inputs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzzServer } from '../../bench/_fuzz-run.js';
import { removeTempDirs } from '../../bench/_index.js';
import { startServer, type ServerProcess } from '../../bench/_server.js';
import { askServer, PROBE_FACT, PROBE_QUESTION, testIndexDir } from './_helpers.js';

let server: ServerProcess;

beforeAll(async () => {
  server = await startServer({ INDEX_DIR: testIndexDir() });
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await removeTempDirs();
});

describe('fuzzing the running server', () => {
  it('answers 500 hostile requests without a 5xx and keeps answering correctly', async () => {
    const seed = Number(process.env.FUZZ_SEED ?? 20_210_702);
    const report = await fuzzServer(server.url, { batches: 50, batchSize: 10, seed });
    const context = `seed ${seed}; outcomes ${JSON.stringify(report.statuses)}\n${report.counterexample ?? ''}`;

    expect(report.requests, context).toBeGreaterThanOrEqual(500);
    expect(report.failures, context).toEqual([]);
    expect(report.counterexample, context).toBeNull();
    expect(report.contractBreaks, context).toEqual([]);
    expect(Object.keys(report.statuses).filter((s) => s.startsWith('5')), context).toEqual([]);
    expect(report.probeOk).toBe(true);

    expect(server.alive()).toBe(true);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const { status, body } = await askServer(server.url, PROBE_QUESTION);
    expect(status).toBe(200);
    expect(body!.answer).toContain(PROBE_FACT);
  }, 120_000);
});
