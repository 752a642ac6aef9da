/**
 * A rebuilt index swapped in under load: `npm run ingest -- --force` into the served INDEX_DIR, then
 * SIGHUP, while clients keep asking. Not one request may fail or get a wrong answer across the swap.
 */
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { askBody, evalQuestions } from '../../bench/_eval.js';
import { copyIndex, removeTempDirs } from '../../bench/_index.js';
import { startServer, type ServerProcess } from '../../bench/_server.js';
import { currentId, PROBE_FACT, PROBE_QUESTION, servedBuildId, testIndexDir, waitFor } from './_helpers.js';

const servers: ServerProcess[] = [];
afterAll(async () => {
  for (const server of servers) await server.stop();
  await removeTempDirs();
});

interface Load {
  stop(): Promise<void>;
  sent(): number;
  failures: string[];
}

/** `clients` loops asking eval questions (every 4th one the probe, whose answer is checked) until stopped. */
function startLoad(url: string, clients: number, maxPerClient = 50_000): Load {
  const bodies = evalQuestions().map(askBody);
  const failures: string[] = [];
  let sent = 0;
  let stopped = false;
  const client = async (c: number) => {
    for (let i = 0; i < maxPerClient && !stopped; i++) {
      const probe = i % 4 === 0;
      const body = probe ? JSON.stringify({ question: PROBE_QUESTION }) : bodies[(c * 31 + i) % bodies.length]!;
      sent += 1;
      try {
        const res = await fetch(`${url}/api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
        const text = await res.text();
        if (res.status !== 200) failures.push(`${res.status} ${text.slice(0, 200)}`);
        else if (probe && !text.includes(PROBE_FACT)) failures.push(`probe lost ${PROBE_FACT}: ${text.slice(0, 200)}`);
      } catch (error) {
        failures.push(`network: ${(error as Error).message}`);
      }
    }
  };
  const running = Promise.all(Array.from({ length: clients }, (_, c) => client(c)));
  return {
    failures,
    sent: () => sent,
    async stop() {
      stopped = true;
      await running;
    },
  };
}

describe('a rebuilt index swapped in under load', () => {
  it('serves every request across ingest + SIGHUP, then answers from the new build', async () => {
    const indexDir = await copyIndex(testIndexDir(), 'reload');
    const server = await startServer({ INDEX_DIR: indexDir });
    servers.push(server);
    const before = await servedBuildId(server.url);
    expect(before).toBe(currentId(indexDir));

    const load = startLoad(server.url, 4);
    expect(await waitFor(() => load.sent() >= 30, 20_000)).toBe(true);

    // What an operator does: rebuild in place (CURRENT is swapped atomically), then tell the server.
    const ingest = spawn(process.execPath, ['--import', 'tsx', 'src/ingest/cli.ts', '--force'], { stdio: 'ignore', env: { ...process.env, INDEX_DIR: indexDir } });
    expect(await new Promise((resolve) => ingest.once('exit', resolve))).toBe(0);
    const rebuilt = currentId(indexDir);
    expect(rebuilt).not.toBe(before);
    server.child.kill('SIGHUP');

    const swapped = await waitFor(async () => (await servedBuildId(server.url)) === rebuilt, 30_000, 100);
    const sentAtSwap = load.sent();
    // Keep the load on a little longer, on the new engine.
    expect(await waitFor(() => load.sent() >= sentAtSwap + 30, 20_000)).toBe(true);
    await load.stop();

    expect(swapped, server.output()).toBe(true);
    expect(load.failures).toEqual([]);
    expect(load.sent()).toBeGreaterThan(60);
    expect(server.alive()).toBe(true);
  }, 120_000);
});
