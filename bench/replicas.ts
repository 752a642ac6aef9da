/**
 * Scale-out on this machine: throughput of the cached POST /api/ask path for one process, WORKERS=2, two
 * replicas (each loaded by its own autocannon), two replicas on PostgreSQL + Redis with rate limits on (every
 * request counted in Redis), and two replicas behind deploy/nginx.conf; then the acknowledged feedback write
 * rate on SQLite and on PostgreSQL (fsync on), through one replica and through two. Every server is the
 * compiled one (`npm run build`, `node dist/server/main.js`), logging at info as in production.
 *
 * The load generator runs on the same machine and takes CPU the servers would otherwise have: the share it
 * used is printed with each row (cores busy in this process), and the machine's load average is saved. The
 * machine may be shared: the set-ups take turns, round after round, and each row is the median of its rounds
 * (with the lowest and highest), so load that comes and goes falls on all of them alike.
 *
 *   npx tsx bench/replicas.ts [--duration 10] [--rounds 3] [--connections 50] [--no-build]
 */
import autocannon from 'autocannon';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startPostgres, postgresAvailable, type PostgresServer } from '../test/store/_postgres.js';
import { nginxAvailable, startNginx } from '../test/replicas/_nginx.js';
import { redisAvailable, startRedis, type RedisServer } from '../test/replicas/_redis.js';
import { askBody, evalQuestions } from './_eval.js';
import { buildInto, removeTempDirs, tempDir } from './_index.js';
import { spawnServer, waitReady, type ServerProcess } from './_server.js';
import { ms, printTable, saveResult } from './_stats.js';

const { values: args } = parseArgs({
  options: { duration: { type: 'string', default: '10' }, rounds: { type: 'string', default: '3' }, connections: { type: 'string', default: '50' }, 'no-build': { type: 'boolean', default: false } },
});
const duration = Math.max(3, Math.min(300, Number(args.duration) || 10));
const rounds = Math.max(1, Math.min(20, Math.round(Number(args.rounds)) || 3));
const connections = Math.max(2, Math.min(1000, Number(args.connections) || 50));
const ENTRY = 'dist/server/main.js';

interface Run {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  /** CPU cores this process (autocannon) kept busy during the run. */
  loadGeneratorCores: number;
  loadAverage1m: number;
  /** Resident memory of each server process after the run (process_resident_memory_bytes of its /metrics). */
  rssMiB: number[];
}

/** One set-up over its rounds: the median run, and the range of the rate. */
interface Row extends Run {
  setup: string;
  lowest: number;
  highest: number;
}

const bodies = evalQuestions().map(askBody);
let nextBody = 0;
const askRequests: autocannon.RequestSpec[] = [
  { method: 'POST', path: '/api/ask', headers: { 'content-type': 'application/json' }, setupRequest: (request) => ({ ...request, body: bodies[nextBody++ % bodies.length]! }) },
];
let nextFeedback = 0;
const feedbackRequests: autocannon.RequestSpec[] = [
  {
    method: 'POST',
    path: '/api/feedback',
    headers: { 'content-type': 'application/json' },
    setupRequest: (request) => ({ ...request, body: JSON.stringify({ question: `压测反馈 第${nextFeedback++}条：5G基站目标是多少？`, answer: '到2025年，建成5G基站20万个以上。[1]', helpful: nextFeedback % 3 !== 0 }) }),
  },
];

/** autocannon against each URL at once (connections split), for `seconds`; figures over all of them. */
async function load(urls: string[], requests: autocannon.RequestSpec[], seconds: number): Promise<Run> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const options = urls.map((url) => ({ url, connections: Math.ceil(connections / urls.length), duration: seconds, requests }));
  const runs = await Promise.all(options.map((o) => autocannon({ ...o, skipAggregateResult: true })));
  const wall = (performance.now() - started) * 1000;
  const used = process.cpuUsage(cpu);
  const r = autocannon.aggregateResult(runs, options[0]!);
  const wallSeconds = Math.max(...runs.map((run) => run.duration));
  return {
    requestsPerSecond: r.requests.total / wallSeconds,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    loadGeneratorCores: (used.user + used.system) / wall,
    loadAverage1m: os.loadavg()[0]!,
    rssMiB: [],
  };
}

async function rssOf(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const bytes = Number(/^zhengce_process_resident_memory_bytes (\S+)$/m.exec(text)?.[1]);
  return Math.round(bytes / 2 ** 20);
}

async function start(count: number, env: Record<string, string>): Promise<ServerProcess[]> {
  const servers = await Promise.all(Array.from({ length: count }, () => spawnServer({ LOG_LEVEL: 'info', ...env }, ENTRY)));
  await Promise.all(servers.map((s) => waitReady(s)));
  return servers;
}

interface SetUp {
  name: string;
  /** Starts the servers; resolves with them, the URLs to load and what to stop after. */
  start(): Promise<{ servers: ServerProcess[]; urls: string[]; after?: () => Promise<void> }>;
  requests: autocannon.RequestSpec[];
}

async function measure(setUp: SetUp): Promise<Run> {
  const { servers, urls, after } = await setUp.start();
  try {
    await load(urls, setUp.requests, 3); // warm-up: JIT, answer caches, connection pools
    const run = await load(urls, setUp.requests, duration);
    run.rssMiB = await Promise.all(servers.map((server) => rssOf(server.url)));
    console.log(`  ${setUp.name}: ${run.requestsPerSecond.toFixed(0)} req/s (load average ${run.loadAverage1m.toFixed(2)})`);
    return run;
  } finally {
    await after?.();
    await Promise.all(servers.map((s) => s.stop()));
  }
}

/** Every set-up once per round, in turn; per set-up the run with the median rate. */
async function measureAll(setUps: SetUp[]): Promise<Row[]> {
  const runs = new Map<string, Run[]>(setUps.map((s) => [s.name, []]));
  for (let round = 1; round <= rounds; round++) {
    console.log(`round ${round} of ${rounds}`);
    // Alternate the order, so a drift in the machine's load does not always favour the same set-up.
    for (const setUp of round % 2 === 1 ? setUps : [...setUps].reverse()) runs.get(setUp.name)!.push(await measure(setUp));
  }
  return setUps.map(({ name }) => {
    const sorted = [...runs.get(name)!].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
    return { setup: name, ...sorted[Math.floor((sorted.length - 1) / 2)]!, lowest: sorted[0]!.requestsPerSecond, highest: sorted.at(-1)!.requestsPerSecond };
  });
}

if (!args['no-build']) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
const indexDir = path.join(await tempDir('replicas-bench'), 'index');
await buildInto(indexDir);
const dir = await tempDir('replicas-bench-db');
let pg: PostgresServer | null = null;
let redis: RedisServer | null = null;
const rows: Row[] = [];
const writes: Row[] = [];
try {
  if (postgresAvailable) pg = await startPostgres();
  if (redisAvailable) redis = await startRedis();
  const base = { INDEX_DIR: indexDir, RATE_LIMIT_PER_MINUTE: '0' };
  const sqlite = (name: string) => ({ ...base, FEEDBACK_DB: path.join(dir, `${name}.sqlite`) });
  let databases = 0;
  const postgres = () => {
    const name = `bench_${++databases}`;
    pg!.createDatabase(name);
    return { ...base, DATABASE_URL: pg!.url(name) };
  };
  const urls = (servers: ServerProcess[]) => servers.map((s) => s.url);

  const started = (count: number, env: () => Record<string, string>) => async () => {
    const servers = await start(count, env());
    return { servers, urls: urls(servers) };
  };
  const asking: SetUp[] = [
    { name: 'one process (SQLite)', start: started(1, () => sqlite('one')), requests: askRequests },
    { name: 'WORKERS=2 (SQLite)', start: started(1, () => ({ ...sqlite('workers'), WORKERS: '2' })), requests: askRequests },
    { name: 'two replicas (one SQLite file), each its own load', start: started(2, () => sqlite('two')), requests: askRequests },
  ];
  if (pg && redis) {
    const shared = () => ({ ...postgres(), REDIS_URL: redis!.url, RATE_LIMIT_PER_MINUTE: '1000000' });
    asking.push({ name: 'two replicas on PostgreSQL + Redis, rate limits on', start: started(2, shared), requests: askRequests });
    if (nginxAvailable) {
      asking.push({
        name: 'two replicas on PostgreSQL + Redis behind nginx',
        async start() {
          const servers = await start(2, shared());
          const proxy = await startNginx({ app1: new URL(servers[0]!.url).host, app2: new URL(servers[1]!.url).host });
          return { servers, urls: [proxy.url], after: () => proxy.stop() };
        },
        requests: askRequests,
      });
    }
  }
  const writing: SetUp[] = [{ name: 'SQLite, one process (synchronous=FULL)', start: started(1, () => sqlite(`feedback-${databases++}`)), requests: feedbackRequests }];
  if (pg) {
    writing.push({ name: 'PostgreSQL, one replica (synchronous_commit=on, fsync on)', start: started(1, postgres), requests: feedbackRequests });
    writing.push({ name: 'PostgreSQL, two replicas', start: started(2, postgres), requests: feedbackRequests });
  }

  console.log(`\nthroughput, POST /api/ask (cached path), ${connections} connections, ${duration} s each, ${rounds} rounds:`);
  rows.push(...(await measureAll(asking)));
  console.log(`\nacknowledged feedback writes, POST /api/feedback (201 after the commit), ${connections} connections, ${duration} s each, ${rounds} rounds:`);
  writes.push(...(await measureAll(writing)));

  const line = (r: Row): [string, string] => [
    r.setup,
    `${r.requestsPerSecond.toFixed(0)} req/s (rounds ${r.lowest.toFixed(0)}–${r.highest.toFixed(0)}), p50 ${ms(r.p50Ms)}, p99 ${ms(r.p99Ms)}, non-2xx ${r.non2xx}, errors ${r.errors}, RSS ${r.rssMiB.join(' + ')} MiB; load generator ${r.loadGeneratorCores.toFixed(2)} cores, load average ${r.loadAverage1m.toFixed(2)}`,
  ];
  const one = rows[0]!.requestsPerSecond;
  printTable(`throughput against one process (${one.toFixed(0)} req/s = 1.00)`, rows.map((r) => [r.setup, `${(r.requestsPerSecond / one).toFixed(2)}×`]));
  printTable('throughput, POST /api/ask', rows.map(line));
  printTable('acknowledged feedback writes, POST /api/feedback', writes.map(line));
  if (!pg || !redis) console.log('\n(PostgreSQL or redis-server not installed: their rows are missing)');
  console.log(`\nsaved ${saveResult('replicas', { connections, durationS: duration, rounds, rows, writes })}`);
} finally {
  await pg?.stop();
  await redis?.remove();
  await removeTempDirs();
}
