/**
 * The test suite cleans up after itself, and runs on a machine without Chromium. The whole run is
 * checked by test/global-setup.ts (it fails the run if any process it started is still alive at the
 * end); here, nested runs of the browser suite show the two ways it can go without Chromium, and that
 * neither leaves a process behind.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canInspectProcesses, leftoversAfter, processesOfRun, RUN_MARKER } from '../_leftovers.js';

const MISSING = '/nonexistent/chromium';

interface Run {
  code: number | null;
  output: string;
  marker: string;
}

/** `vitest run <files>` in a child process, as `npm test` would, with its own run marker. */
function nestedRun(files: string[], env: Record<string, string>): Promise<Run> {
  const marker = `nested-${randomUUID()}`;
  // Not this run's marker, index or vitest worker state; no CI unless asked; plain text output.
  const inherited = Object.entries(process.env).filter(
    (entry): entry is [string, string] => entry[1] !== undefined && !/^(VITEST|TEST_INDEX_DIR$|CI$|CHROMIUM_PATH$|FORCE_COLOR$)/.test(entry[0]) && entry[0] !== RUN_MARKER,
  );
  const child = spawn(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...files], {
    env: { ...Object.fromEntries(inherited), NO_COLOR: '1', [RUN_MARKER]: marker, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, output, marker })));
}

describe.skipIf(!canInspectProcesses())('processes a test run started', () => {
  it('are found by the run marker in their environment while they live, and not after', async () => {
    const marker = `probe-${randomUUID()}`;
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { env: { ...process.env, [RUN_MARKER]: marker }, stdio: 'ignore' });
    await new Promise((resolve) => child.once('spawn', resolve));
    expect(processesOfRun(marker).map((p) => p.pid)).toEqual([child.pid]);
    expect(processesOfRun(marker)[0]!.command).toContain('setTimeout');
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(await leftoversAfter(marker)).toEqual([]);
  });
});

describe('the browser suite on a machine without Chromium', () => {
  it('skips the browser tests with one line saying how to enable them, runs the rest, and leaves nothing running', async () => {
    const run = await nestedRun(['test/browser'], { CHROMIUM_PATH: MISSING });
    expect(run.code, run.output).toBe(0);
    const line = `browser tests skipped: no Chromium at ${MISSING}; install it (apt-get install chromium) or set CHROMIUM_PATH=/path/to/chromium to run them`;
    expect(run.output.split('\n').filter((l) => l.includes('browser tests skipped'))).toEqual([line]);
    // widget-core.test.ts needs no browser: it runs; every file that drives Chromium is skipped.
    const files = readdirSync('test/browser').filter((f) => f.endsWith('.test.ts'));
    const driving = files.filter((f) => readFileSync(path.join('test/browser', f), 'utf8').includes('skipBrowserTests'));
    expect(driving.length).toBeGreaterThanOrEqual(5);
    expect(run.output).toMatch(new RegExp(`Test Files\\s+${files.length - driving.length} passed \\| ${driving.length} skipped \\(${files.length}\\)`));
    expect(run.output).not.toMatch(/\bfailed\b/);
    expect(await leftoversAfter(run.marker)).toEqual([]);
  }, 180_000);

  it('fails the run under CI=true, saying Chromium is missing, and leaves nothing running', async () => {
    const run = await nestedRun(['test/browser/origin.test.ts'], { CHROMIUM_PATH: MISSING, CI: 'true' });
    expect(run.code, run.output).toBe(1);
    expect(run.output).toContain(`Chromium not found at ${MISSING}: install it (apt-get install chromium) or set CHROMIUM_PATH (CI=true requires the browser tests)`);
    expect(run.output).not.toContain('browser tests skipped');
    expect(await leftoversAfter(run.marker)).toEqual([]);
  }, 180_000);
});
