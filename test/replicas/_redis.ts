/**
 * A real Redis for the replica tests: Debian's redis-server on a free port on 127.0.0.1, in a temporary
 * directory, without persistence (rate-limit counts and notices are not worth keeping). It can be stopped
 * and started again on the same port, as an outage would. Without redis-server, `redisAvailable` is false.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../bench/_server.js';

export const REDIS_BIN = process.env.REDIS_SERVER ?? '/usr/bin/redis-server';
const BIN = REDIS_BIN;
const READY_TIMEOUT_MS = 15_000;

export const redisAvailable = existsSync(BIN);

export interface RedisServer {
  url: string;
  port: number;
  /** Runs redis-cli against it and returns what it printed. */
  cli(...args: string[]): string;
  /** SIGTERM and wait: clients see the connection drop. */
  stop(): Promise<void>;
  /** Starts it again on the same port (empty, like a restarted cache). */
  start(): Promise<void>;
  /** Stops it and removes its directory. */
  remove(): Promise<void>;
}

export async function startRedis(): Promise<RedisServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zcwd-redis-'));
  const port = await freePort();
  let child: ChildProcess | null = null;

  async function start() {
    let output = '';
    const started = spawn(BIN, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--protected-mode', 'yes'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    started.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    started.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (!/Ready to accept connections/.test(output)) {
      if (started.exitCode !== null) throw new Error(`redis-server exited with ${started.exitCode}:\n${output}`);
      if (Date.now() > deadline) throw new Error(`redis-server was not ready within ${READY_TIMEOUT_MS} ms:\n${output}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    child = started;
  }

  async function stop() {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    const timer = setTimeout(() => running.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  }

  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    cli: (...args) => execFileSync('redis-cli', ['-h', '127.0.0.1', '-p', String(port), ...args], { encoding: 'utf8' }).trim(),
    stop,
    start,
    async remove() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
