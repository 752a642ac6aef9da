/**
 * kill -9 during `npm run ingest -- --force`: CURRENT only ever names a complete build, so the previous
 * index must still load and answer, whenever the build dies.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/engine.js';
import { loadIndex } from '../../src/ingest/store.js';
import { copyIndex, removeTempDirs } from '../../bench/_index.js';
import { currentId, PROBE_FACT, PROBE_QUESTION, spawnIngest, testIndexDir, waitFor, type Ingest } from './_helpers.js';

const running: Ingest[] = [];
afterAll(async () => {
  for (const ingest of running) if (ingest.child.exitCode === null && ingest.child.signalCode === null) process.kill(-ingest.child.pid!, 'SIGKILL');
  await removeTempDirs();
});

async function killWhen(indexDir: string, line: string): Promise<string> {
  const ingest = spawnIngest(indexDir);
  running.push(ingest);
  const seen = await waitFor(() => ingest.output().includes(line) || ingest.child.exitCode !== null, 60_000, 5);
  // The whole process group: npx → tsx → node. Killing only npx would leave the builder running.
  process.kill(-ingest.child.pid!, 'SIGKILL');
  await ingest.exited;
  expect(seen, `ingest never printed "${line}":\n${ingest.output()}`).toBe(true);
  return ingest.output();
}

describe('kill -9 during npm run ingest', () => {
  it.each(['parsing', 'embedding passages'])('keeps the previous index loadable and answering when killed at "%s"', async (line) => {
    const indexDir = await copyIndex(testIndexDir(), 'ingest-kill');
    const before = currentId(indexDir);

    await killWhen(indexDir, line);

    expect(currentId(indexDir)).toBe(before);
    // The half-written build is still there: proof that the kill landed mid-build, not after it.
    expect(readdirSync(path.join(indexDir, 'builds')).filter((e) => e.endsWith('.tmp'))).toHaveLength(1);
    const index = await loadIndex(indexDir, { kind: 'local' });
    expect(index.manifest.buildId).toBe(before);
    const { body } = await createEngine({ index }).ask({ question: PROBE_QUESTION });
    expect(body.answer).toContain(PROBE_FACT);
    expect(body.citations[0]?.id).toBe('4.5.1');
  }, 90_000);

  it('a later complete ingest swaps in a new build and removes the half-written one', async () => {
    const indexDir = await copyIndex(testIndexDir(), 'ingest-kill');
    const before = currentId(indexDir);
    await killWhen(indexDir, 'embedding passages');

    const ingest = spawnIngest(indexDir);
    running.push(ingest);
    expect(await ingest.exited, ingest.output()).toBe(0);

    expect(currentId(indexDir)).not.toBe(before);
    expect(readdirSync(path.join(indexDir, 'builds')).filter((e) => e.endsWith('.tmp'))).toEqual([]);
    const index = await loadIndex(indexDir, { kind: 'local' });
    expect((await createEngine({ index }).ask({ question: PROBE_QUESTION })).body.answer).toContain(PROBE_FACT);
  }, 90_000);
});
