/**
 * Starts the real API server (`src/server/main.ts`) as a child process on a free port, with the test
 * index and a throwaway feedback database, and waits for /readyz.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../bench/_server.js';

export interface Service {
  origin: string;
  /** Everything the server wrote to stdout and stderr so far. */
  output(): string;
  stop(): Promise<void>;
}

export interface ServiceOptions {
  /** SITE_KEYS, e.g. `test-key=http://127.0.0.1:5555` */
  siteKeys?: string;
  allowedOrigins?: string;
  /** More environment, applied last (RATE_LIMIT_PER_MINUTE, TRUSTED_PROXIES, ADMIN_TOKEN, …). */
  env?: Record<string, string>;
}

const ENTRY = 'src/server/main.ts';
const READY_TIMEOUT_MS = 90_000;

export async function startService({ siteKeys, allowedOrigins, env = {} }: ServiceOptions): Promise<Service> {
  const indexDir = process.env.TEST_INDEX_DIR;
  if (!indexDir) throw new Error('TEST_INDEX_DIR is not set: run the browser tests through vitest (test/global-setup.ts)');
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'zcwd-widget-'));
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      INDEX_DIR: indexDir,
      SITE_KEYS: siteKeys ?? '',
      ALLOWED_ORIGINS: allowedOrigins ?? '',
      RATE_LIMIT_PER_MINUTE: '0',
      FEEDBACK_DB: path.join(dataDir, 'feedback.sqlite'),
      LOG_LEVEL: 'warn',
      EMBEDDINGS: 'local',
      LLM_BASE_URL: '',
      LLM_MODEL: '',
      DATABASE_URL: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));

  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await kill(child);
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await waitReady(origin, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, output: () => output, stop };
}

async function waitReady(origin: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${ENTRY} exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${origin}/readyz`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${ENTRY} was not ready within ${READY_TIMEOUT_MS} ms:\n${output()}`);
}

async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}
