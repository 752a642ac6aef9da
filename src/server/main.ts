/**
 * `npm start` (and `npm run start:prod`, the same code compiled): the one side-effecting edge of the server.
 * Reads the environment, opens and migrates the store (SQLite file or PostgreSQL), takes the newest published
 * index build or builds the index when missing or stale, serves HOST:PORT at once (/readyz is 503 until the
 * index is loaded), heals a corrupt index (./reload.ts), reloads the index on SIGHUP or when INDEX_DIR/CURRENT
 * changes (keeping the supervisors' annotations), keeps in step with the other replicas (./replicas/), purges
 * the conversation log past its retention, and drains on SIGTERM. With WORKERS > 1 this process is the
 * primary of a cluster (./cluster.ts) and each worker runs the rest.
 */
import { serve } from '@hono/node-server';
import cluster from 'node:cluster';
import { readFileSync, watch } from 'node:fs';
import type { Server } from 'node:http';
import { availableParallelism } from 'node:os';
import { readConfig, type Config } from '../config.js';
import { buildDir, currentBuildId, fingerprintOf, listBuilds, pointCurrent, type BuildInput } from '../ingest/build.js';
import { ensureIndex, readBuildInput } from '../ingest/ensure.js';
import { loadBuild, verifyBuild } from '../ingest/store.js';
import { openStore, redactUrl } from '../store/open.js';
import type { Store } from '../store/store.js';
import { annotatedEngine } from './annotations.js';
import { createApp } from './app.js';
import { answerClientError } from './client-error.js';
import { pageScripts, widgetScript } from './browser-scripts.js';
import { runPrimary, WORKER_READY } from './cluster.js';
import type { AdminDeps, EngineHolder } from './deps.js';
import { createLogger, type Logger } from './logger.js';
import { createMetrics } from './metrics.js';
import { redisRateLimitStores } from './middleware/rate-limit-redis.js';
import { createReloader, type IndexBuilds } from './reload.js';
import { adoptNewestAtStart } from './replicas/builds.js';
import { openRedis } from './replicas/redis.js';
import { startReplicas } from './replicas/sync.js';
import { startRetention } from './retention.js';

const DRAIN_TIMEOUT_MS = 10_000;

/** A port that cannot be had is an operator's mistake, not a crash: one line in both languages, no stack. */
function listenFailure(error: NodeJS.ErrnoException, { port, host }: Pick<Config, 'port' | 'host'>): string {
  if (error.code === 'EADDRINUSE') {
    return `端口 ${port} 已被占用，请关闭占用它的程序或用 PORT 换一个端口。Port ${port} is already in use: stop the other process or set PORT to a free port.`;
  }
  if (error.code === 'EACCES') {
    return `没有权限监听端口 ${port}，请用 PORT 换一个大于 1023 的端口。No permission to listen on port ${port}: set PORT to a port above 1023.`;
  }
  if (error.code === 'EADDRNOTAVAIL') {
    return `本机没有地址 ${host}，请检查 HOST。Address ${host} is not available on this machine: check HOST.`;
  }
  return `无法监听 ${host}:${port}（${error.code ?? error.message}）。Cannot listen on ${host}:${port} (${error.code ?? error.message}).`;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const storeOptions = (logger: Logger) => ({
  onFlushError: (error: Error) => logger.error({ err: error }, 'could not store logged questions'),
  onIdleError: (error: Error) => logger.error({ err: error }, 'PostgreSQL connection lost; the pool reconnects'),
});

/**
 * The index this host serves: with PostgreSQL, the newest published build of the same sources when it is
 * newer than the local one (./replicas/builds.ts); then the local index, built when missing or stale. A
 * current build that cannot be read is left to the reloader to heal (./reload.ts).
 */
async function prepareIndex(config: Config, store: Store, logger: Logger, input: BuildInput): Promise<void> {
  if (store.dialect === 'postgres') {
    await adoptNewestAtStart({ builds: store.indexBuilds, config, fingerprint: fingerprintOf(input), logger }).catch((error: Error) =>
      logger.warn({ error: error.message }, 'could not read the published index builds; using the local index'),
    );
  }
  await ensureIndex(config, { log: (line) => logger.info(line), input, rebuildUnreadable: false }).catch((error: Error) => fail(`index build failed: ${error.message}`));
}

const readInput = (config: Config) => readBuildInput(config).catch((error: Error) => fail(`index build failed: ${error.message}`));

/**
 * With workers, the primary heals a build CURRENT names that cannot be used (a file missing or changed, another
 * builder or embedder) before forking, as ./reload.ts would in one process: the newest good build of the same
 * sources, else a rebuild — so workers never rebuild side by side. It checks the files, it does not load them.
 */
async function healForWorkers(config: Config, input: BuildInput, logger: Logger): Promise<void> {
  const fingerprint = fingerprintOf(input);
  const problem = async (buildId: string) =>
    verifyBuild(buildDir(config.indexDir, buildId), config.embeddings).then(
      ({ manifest }) => (manifest.fingerprint === fingerprint ? null : 'made from other sources'),
      (error: Error) => error.message,
    );
  const current = await currentBuildId(config.indexDir);
  const bad = current === null ? 'CURRENT names no build' : await problem(current);
  if (bad === null) return;
  for (const buildId of await listBuilds(config.indexDir)) {
    if (buildId === current || (await problem(buildId)) !== null) continue;
    await pointCurrent(config.indexDir, buildId);
    logger.warn({ bad: current, problem: bad, buildId }, `index build ${current} is unusable; serving the newest good build ${buildId} (CURRENT now names it)`);
    return;
  }
  const rebuilt = await ensureIndex(config, { log: (line) => logger.info(line), input, force: true }).catch((error: Error) => fail(`index build failed: ${error.message}`));
  logger.warn({ bad: current, problem: bad, buildId: rebuilt?.buildId }, `index build ${current} is unusable and no older build is good; rebuilt it as ${rebuilt?.buildId}`);
}

/** The cluster's primary prepares the store and the index once, before any worker starts. */
async function prepareHost(config: Config, logger: Logger): Promise<void> {
  const { store, migrated, location } = await openStore(config, storeOptions(logger)).catch((error: Error) => fail(`could not open the store: ${error.message}`));
  logger.info({ store: store.dialect, location, migrated }, 'store ready');
  try {
    const input = await readInput(config);
    await prepareIndex(config, store, logger, input);
    await healForWorkers(config, input, logger);
  } finally {
    await store.close();
  }
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = readConfig(process.env);
  } catch (error) {
    fail((error as Error).message);
  }
  const logger = createLogger({ level: config.logLevel });
  const workers = config.workers === 'auto' ? availableParallelism() : config.workers;
  if (workers > 1 && cluster.isPrimary) {
    if (!config.redisUrl && config.rateLimitPerMinute > 0) {
      logger.warn({ workers }, `WORKERS=${workers} without REDIS_URL: each worker counts rate limits on its own, so a client may get up to ${workers} times its budget; set REDIS_URL to share the counts`);
    }
    return runPrimary({ workers, logger, prepare: () => prepareHost(config, logger) });
  }
  const { store, migrated, location } = await openStore(config, storeOptions(logger)).catch((error: Error) => fail(`could not open the store: ${error.message}`));
  logger.info({ store: store.dialect, location, migrated, logRetentionDays: config.logRetentionDays }, 'store ready');
  const retention = startRetention({ store, days: config.logRetentionDays, logger });
  const input = await readInput(config);
  const fingerprint = fingerprintOf(input);
  // A worker's primary has prepared the index already.
  if (!cluster.isWorker) await prepareIndex(config, store, logger, input);
  const redis = config.redisUrl ? await openRedis(config.redisUrl, logger).catch((error: Error) => fail(`could not use REDIS_URL: ${error.message}`)) : null;
  if (redis) logger.info({ redis: redactUrl(config.redisUrl!) }, 'rate limits shared through Redis');

  const holder: EngineHolder = { current: null };
  const metrics = createMetrics({ processMetrics: true });
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  // Every engine served carries the store's annotations: at start-up, after a reload, after a refresh.
  const rebuild = annotatedEngine(store.annotations, config, logger);
  const builds: IndexBuilds = {
    current: () => currentBuildId(config.indexDir),
    list: () => listBuilds(config.indexDir),
    load: async (buildId) => rebuild(await loadBuild(buildDir(config.indexDir, buildId), config.embeddings)),
    point: (buildId) => pointCurrent(config.indexDir, buildId),
    rebuild: async () => (await ensureIndex(config, { log: (line) => logger.info(line), input, force: true }))!.buildId,
    fresh: (engine) => engine.index.manifest.fingerprint === fingerprint,
  };
  const reloader = createReloader({ holder, builds, rebuild, logger, metrics });
  const replicas = await startReplicas({ config, store, holder, reloader, redis, logger });
  /** A reload this process made (SIGHUP, CURRENT changed) is shared with the other replicas when it swapped. */
  const reloadAndShare = async (reason: string) => {
    if (await reloader.reload(reason)) await replicas.shareServing();
  };
  const admin: AdminDeps | null = config.adminToken ? { token: config.adminToken, applyAnnotations: (reason) => replicas.applyAnnotations(reason), retentionDays: config.logRetentionDays } : null;
  const rateLimitStores = redis ? redisRateLimitStores(redis) : undefined;
  const app = createApp({ engine: holder, store, admin, logger, metrics, config, widgetScript: await widgetScript(logger), pageScripts: await pageScripts(logger), version, rateLimitStores });

  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    console.log(`政策问答 listening on http://${shown}:${info.port} (bound to ${config.host})`);
  }) as Server;
  server.on('error', (error: NodeJS.ErrnoException) => fail(listenFailure(error, config)));
  // Slow clients: a request must arrive whole within these limits (Node answers 408 otherwise).
  server.headersTimeout = 15_000;
  server.requestTimeout = 30_000;
  // What Node's parser refuses (bad URL, headers too large, too slow) gets the contract's JSON body too.
  server.on('clientError', answerClientError({ onRefused: (status) => metrics.parseErrors.inc({ status: String(status) }) }));

  await reloader.start().catch((error: Error) => fail(`could not load the index in ${config.indexDir}: ${error.message}`));
  logger.info({ buildId: holder.current!.index.manifest.buildId }, 'ready');
  if (cluster.isWorker) process.send?.(WORKER_READY);
  void replicas.shareServing();

  process.on('SIGHUP', () => void reloadAndShare('SIGHUP'));
  // Watch the directory, not the file: CURRENT is replaced by rename, which a file watch would miss.
  let debounce: NodeJS.Timeout | undefined;
  const watcher = watch(config.indexDir, (_event, file) => {
    if (file !== 'CURRENT') return;
    clearTimeout(debounce);
    debounce = setTimeout(() => void reloadAndShare('CURRENT changed'), 300);
  });
  watcher.on('error', (error) => logger.error({ error: error.message }, 'index watch failed; SIGHUP still reloads'));

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    holder.draining = true;
    logger.info({ signal }, 'draining: no new connections, finishing requests in flight');
    watcher.close();
    clearTimeout(debounce);
    // Keep-alive sockets between requests would hold close() open; in-flight requests finish first.
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    const forced = setTimeout(() => server.closeAllConnections(), DRAIN_TIMEOUT_MS);
    server.close(() => {
      clearInterval(idle);
      clearTimeout(forced);
      retention.stop();
      // The queued log rows are written before the process goes.
      void Promise.allSettled([replicas.close(), redis?.close()])
        .then(() => store.close())
        .finally(() => {
          logger.info('stopped');
          process.exit(0);
        });
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('unhandledRejection', (error) => logger.error({ err: error }, 'unhandled rejection'));
}

void main().catch((error: Error) => fail(`start-up failed: ${error.stack ?? error.message}`));
