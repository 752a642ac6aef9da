/**
 * Once per test run, in vitest's main process:
 * - builds the index once, into a temporary INDEX_DIR, from the real plan and lexicon. Tests read
 *   TEST_INDEX_DIR; the repository's data/index is never touched by tests;
 * - marks the run (RUN_MARKER in the environment every test process and its children inherit) and, at the
 *   end, fails the run if any process it started is still alive — after killing it;
 * - says in one line, at the end, when the browser tests were skipped for want of Chromium.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildIndex } from '../src/ingest/build.js';
import { readLexiconSources, readSources } from '../src/ingest/files.js';
import { canInspectProcesses, leftoversAfter, RUN_MARKER } from './_leftovers.js';
import { SKIPPED_LINE, skipBrowserTests } from './browser/_chromium.js';

let dir = '';

export async function setup(): Promise<void> {
  // A run started by a test (test/hygiene) is given its marker, to check its own leftovers.
  process.env[RUN_MARKER] ||= randomUUID();
  dir = await mkdtemp(path.join(os.tmpdir(), 'zcwd-test-index-'));
  const sources = await readSources('data/source');
  if (!sources.ok) throw new Error(sources.error);
  await buildIndex(
    { sources: sources.value, lexiconSources: await readLexiconSources('data/lexicon'), embeddings: { kind: 'local' } },
    { indexDir: dir },
  );
  process.env.TEST_INDEX_DIR = dir;
}

export async function teardown(): Promise<void> {
  if (dir) await rm(dir, { recursive: true, force: true });
  if (skipBrowserTests) console.log(`\n${SKIPPED_LINE}\n`);

  if (!canInspectProcesses()) {
    console.log('(no /proc here: not checked whether the tests left processes running)');
    return;
  }
  const leftovers = await leftoversAfter(process.env[RUN_MARKER]!);
  if (leftovers.length === 0) return;
  console.error(`\n${leftovers.length} process(es) started by the tests were still running after the suite; killed:`);
  for (const { pid, command } of leftovers) {
    console.error(`  ${pid} ${command.slice(0, 200)}`);
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }
  // A teardown that throws does not fail a vitest run; the exit code does.
  process.exitCode = 1;
}
