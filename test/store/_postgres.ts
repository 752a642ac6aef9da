/**
 * A real PostgreSQL 15 server for the store's tests: initdb into a temporary directory, started on a free
 * port on 127.0.0.1 (and a socket in that directory), trust authentication, stopped and removed after.
 * Without the Debian package (/usr/lib/postgresql/15/bin) `postgresAvailable` is false and the tests that
 * need it are skipped. initdb refuses to run as root: as root, the server runs as the `postgres` user.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../bench/_server.js';

export const POSTGRES_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
const BIN = POSTGRES_BIN;
const READY_TIMEOUT_MS = 30_000;

export const postgresAvailable = existsSync(path.join(BIN, 'initdb')) && existsSync(path.join(BIN, 'postgres'));
export const POSTGRES_SKIPPED = `PostgreSQL 15 not installed (${BIN}): the PostgreSQL driver tests are skipped (apt-get install postgresql-15)`;

export interface PostgresServer {
  /** postgres://zcwd@127.0.0.1:<port>/<database> */
  url(database?: string): string;
  /** CREATE DATABASE name: each test file or case may take a fresh one. */
  createDatabase(name: string): void;
  stop(): Promise<void>;
}

function runAs(): { uid: number; gid: number } | Record<string, never> {
  if (process.getuid?.() !== 0) return {};
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  return { uid, gid };
}

export async function startPostgres(): Promise<PostgresServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zcwd-pg-'));
  const user = runAs();
  if ('uid' in user) chownSync(dir, user.uid, user.gid);
  const data = path.join(dir, 'data');
  execFileSync(path.join(BIN, 'initdb'), ['-D', data, '-U', 'zcwd', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'], { ...user, stdio: 'pipe' });
  const port = await freePort();
  let output = '';
  const child: ChildProcess = spawn(
    path.join(BIN, 'postgres'),
    // fsync stays on: the durability of an acknowledged write is part of what is tested.
    ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=60'],
    { ...user, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const psql = (args: string[]) => execFileSync(path.join(BIN, 'psql'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'zcwd', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', ...args], { stdio: 'pipe' });
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`postgres exited with ${child.exitCode}:\n${output}`);
    try {
      psql(['-c', 'SELECT 1']);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`postgres was not ready within ${READY_TIMEOUT_MS} ms:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    url: (database = 'postgres') => `postgres://zcwd@127.0.0.1:${port}/${database}`,
    createDatabase: (name) => void psql(['-c', `CREATE DATABASE "${name}"`]),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        // SIGINT: fast shutdown (roll back open transactions, close connections, checkpoint).
        child.kill('SIGINT');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
