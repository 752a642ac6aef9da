/**
 * Replicas as production runs them: `npm run build`, then each replica is what `npm run start:prod` starts
 * (plain `node` on the compiled server, its pid ours to SIGKILL), on 127.0.0.1 and a free port, each with its
 * own copy of the test index (replicas on different hosts share nothing on disk), against the PostgreSQL and
 * Redis the suite started.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { copyIndex } from '../../bench/_index.js';
import { spawnServer, waitReady, type ServerProcess } from '../../bench/_server.js';
import { POSTGRES_BIN, postgresAvailable } from '../store/_postgres.js';
import { REDIS_BIN, redisAvailable } from './_redis.js';

export const replicasAvailable = postgresAvailable && redisAvailable;
const missing = [!postgresAvailable && `PostgreSQL 15 (${POSTGRES_BIN})`, !redisAvailable && `redis-server (${REDIS_BIN})`].filter(Boolean).join(' and ');
export const REPLICAS_SKIPPED = `${missing} not installed: the replica integration suite is skipped (apt-get install postgresql-15 redis-server)`;

/** A production script as package.json spells it (`node <file>`): the file, run here with our own node. */
export function scriptFile(name: 'start:prod' | 'ingest:prod' | 'healthcheck'): string {
  const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
  const [bin, file, ...rest] = (scripts[name] ?? '').split(' ');
  if (bin !== 'node' || !file || rest.length > 0) throw new Error(`${name} is not \`node <file>\`: ${scripts[name]}`);
  return file;
}

/** `npm run build`, what CI and the Dockerfile run: dist/ from src/. */
export function buildDist(): void {
  execFileSync('npm', ['run', 'build'], { stdio: 'pipe', timeout: 300_000 });
}

export interface Replica extends ServerProcess {
  indexDir: string;
}

/**
 * A replica with its own copy of the test index, listening (its port chosen by the system: a port probed
 * free beforehand can be taken by an outgoing connection in the meantime) but perhaps not ready yet.
 */
export async function spawnReplica(env: Record<string, string>): Promise<Replica> {
  const indexDir = await copyIndex(process.env.TEST_INDEX_DIR!, 'replica-index');
  const server = await spawnServer({ LOG_LEVEL: 'info', INDEX_DIR: indexDir, PORT: '0', ...env }, scriptFile('start:prod'));
  const listening = /listening on http:\/\/127\.0\.0\.1:(\d+)/;
  const deadline = performance.now() + 90_000;
  while (!listening.test(server.output())) {
    if (!server.alive() || performance.now() > deadline) {
      await server.stop();
      throw new Error(`replica did not start listening:\n${server.output()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { ...server, url: `http://127.0.0.1:${listening.exec(server.output())![1]}`, indexDir };
}

/** Several replicas started at the same moment, each ready (/readyz 200) before this resolves. */
export async function startReplicas(count: number, env: Record<string, string>): Promise<Replica[]> {
  const replicas = await Promise.all(Array.from({ length: count }, () => spawnReplica(env)));
  try {
    await Promise.all(replicas.map((r) => waitReady(r)));
  } catch (error) {
    await Promise.all(replicas.map((r) => r.stop()));
    throw error;
  }
  return replicas;
}

/** The JSON lines of a replica's log whose `msg` matches. */
export function logLines(replica: ServerProcess, msg: RegExp): Array<Record<string, unknown>> {
  return replica
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((entry) => typeof entry.msg === 'string' && msg.test(entry.msg));
}

export const QUESTIONS = ['到2025年要建多少个5G基站？', '数字化改造有什么支持', '链主企业是什么', '首台套有什么政策'];

/**
 * Clients asking (POST /api/ask) and searching (GET /api/search) in turn, each on one of `urls`, until
 * stopped; every outcome tallied: the status, or `error …` for a request that got no response.
 */
export function steadyLoad(urls: string[]): { tally: Map<string, number>; stop(): Promise<void> } {
  const tally = new Map<string, number>();
  let stopped = false;
  const client = async (url: string, n: number) => {
    for (let i = 0; !stopped; i++) {
      const outcome = await (i % 2 === 0
        ? fetch(`${url}/api/ask`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ question: QUESTIONS[(i + n) % QUESTIONS.length] }) })
        : fetch(`${url}/api/search?q=${encodeURIComponent('智能制造')}`)
      ).then(
        async (res) => {
          await res.arrayBuffer();
          return String(res.status);
        },
        (error: Error) => `error ${error.message}`,
      );
      tally.set(outcome, (tally.get(outcome) ?? 0) + 1);
    }
  };
  const clients = urls.map((url, n) => client(url, n));
  return {
    tally,
    async stop() {
      stopped = true;
      await Promise.all(clients);
    },
  };
}
