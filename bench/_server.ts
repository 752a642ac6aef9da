/**
 * The real server as a child process (`src/server/main.ts`, what `npm start` runs), on 127.0.0.1 and a
 * free port, its output going to a log file. Node runs tsx in-process (`--import tsx`) rather than through
 * `npm start`/`npx`, so the pid we hold is the server itself: SIGHUP and kill -9 reach it, not a wrapper.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { tempDir } from './_index.js';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything the server wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  alive(): boolean;
  /** SIGTERM (graceful drain), then SIGKILL if it has not exited after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export const SERVER_ENTRY = 'src/server/main.ts';

/** Compiled JavaScript (`npm run build`: dist/server/main.js) runs on plain node; TypeScript through tsx. */
const nodeArgs = (entry: string) => (entry.endsWith('.js') ? [entry] : ['--import', 'tsx', entry]);

/** Starts the server without waiting for it: pair with `waitReady`, or await `exited` for start-up failures. */
export async function spawnServer(env: Record<string, string> = {}, entry = SERVER_ENTRY): Promise<ServerProcess> {
  const dir = await tempDir('server');
  const logFile = path.join(dir, 'server.log');
  const port = env.PORT ?? String(await freePort());
  const fd = openSync(logFile, 'w');
  const child = spawn(process.execPath, nodeArgs(entry), {
    stdio: ['ignore', fd, fd],
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: port,
      RATE_LIMIT_PER_MINUTE: '0',
      FEEDBACK_DB: path.join(dir, 'feedback.sqlite'),
      // A developer's own store settings must not reach a test server.
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
      ...env,
    },
  });
  closeSync(fd);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const alive = () => child.exitCode === null && child.signalCode === null;
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => readFileSync(logFile, 'utf8'),
    exited,
    alive,
    async stop(graceMs = 5000) {
      if (!alive()) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Polls /readyz until 200. Throws with the server's output if it exits or does not get ready in time. */
export async function waitReady(server: ServerProcess, timeoutMs = 90_000, everyMs = 25): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (!server.alive()) throw new Error(`server exited before it was ready:\n${server.output()}`);
    const status = await fetch(`${server.url}/readyz`).then((r) => r.status, () => 0);
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(`server not ready after ${timeoutMs} ms:\n${server.output()}`);
}

export async function startServer(env: Record<string, string> = {}, entry = SERVER_ENTRY): Promise<ServerProcess & { startMs: number }> {
  const started = performance.now();
  const server = await spawnServer(env, entry);
  try {
    await waitReady(server);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { ...server, startMs: performance.now() - started };
}

export async function postJson(url: string, body: unknown): Promise<{ status: number; json: unknown }> {
  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, json: await res.json().catch(() => null) };
}
