/**
 * Runs the real server (`src/server/main.ts`) as a child process on a free port. It is started as
 * `node --import tsx …` rather than `npx tsx …` so that the child's pid is the server itself: signals
 * (SIGHUP, SIGTERM, SIGKILL) must reach it, not a wrapper that might not forward them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<void>;
}

const tempDirs: string[] = [];

/** A private copy of the test index (in a temp dir that also holds the feedback DB), so a test can rebuild or break it. */
export function copyTestIndex(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'zcwd-proc-'));
  tempDirs.push(root);
  const dir = path.join(root, 'index');
  cpSync(process.env.TEST_INDEX_DIR!, dir, { recursive: true });
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function runServer(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: ServerProcess['exited'] } {
  // Never the repository's data/feedback.sqlite: a test that names no FEEDBACK_DB gets a throwaway one.
  const feedbackDir = mkdtempSync(path.join(os.tmpdir(), 'zcwd-proc-'));
  tempDirs.push(feedbackDir);
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: process.cwd(),
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'info', FEEDBACK_DB: path.join(feedbackDir, 'feedback.sqlite'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, output: () => output, exited };
}

export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const { child, output, exited } = runServer(env);
  const waitFor = async (pattern: RegExp, timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(output())) {
      if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}) before ${pattern}:\n${output()}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}:\n${output()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  await waitFor(/listening on http:\/\/127\.0\.0\.1:(\d+)/);
  const port = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output())![1];
  const url = `http://127.0.0.1:${port}`;
  await waitFor(/"msg":"ready"/);
  return { child, url, output, exited, waitFor };
}

export async function buildIdOf(url: string): Promise<string> {
  const meta = (await (await fetch(`${url}/api/meta`)).json()) as { manifest: { buildId: string } };
  return meta.manifest.buildId;
}
