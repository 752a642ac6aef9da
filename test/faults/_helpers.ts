/**
 * Shared by the fault scenarios: they run the real server (bench/_server.ts) and the real ingest CLI as
 * child processes on 127.0.0.1, against copies of the index test/global-setup.ts built.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROBE_FACT, PROBE_QUESTION } from '../../bench/_eval.js';

export { PROBE_FACT, PROBE_QUESTION };

export function testIndexDir(): string {
  const dir = process.env.TEST_INDEX_DIR;
  if (!dir) throw new Error('TEST_INDEX_DIR is not set: run the tests with `npm test` (vitest globalSetup builds it)');
  return dir;
}

export const currentId = (indexDir: string): string => readFileSync(path.join(indexDir, 'CURRENT'), 'utf8').trim();

/** Polls `check` every `everyMs` until it returns true; false after `timeoutMs`. */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, everyMs = 20): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return false;
}

export interface Ingest {
  child: ChildProcess;
  /** stdout + stderr so far */
  output(): string;
  exited: Promise<number | null>;
}

/**
 * `npx tsx src/ingest/cli.ts --force`, what `npm run ingest -- --force` runs, in its own process group
 * (detached) so that kill -9 of the group reaches npx, tsx and the node process that builds.
 */
export function spawnIngest(indexDir: string): Ingest {
  let output = '';
  const child = spawn('npx', ['tsx', 'src/ingest/cli.ts', '--force'], { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, INDEX_DIR: indexDir } });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

export async function askServer(url: string, question: string, extra: Record<string, unknown> = {}): Promise<{ status: number; body: Record<string, unknown> | null }> {
  const res = await fetch(`${url}/api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question, ...extra }) });
  const body = (await res.json().catch(() => null)) as Record<string, unknown> | null;
  return { status: res.status, body };
}

export async function servedBuildId(url: string): Promise<string | null> {
  const res = await fetch(`${url}/api/meta`).catch(() => null);
  if (!res || res.status !== 200) return null;
  const meta = (await res.json()) as { manifest: { buildId: string } };
  return meta.manifest.buildId;
}
