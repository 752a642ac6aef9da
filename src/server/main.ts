/**
 * `npm start`: the one side-effecting edge of the server. Reads the environment, opens and migrates the
 * store (SQLite file or PostgreSQL), builds the index when missing or stale, serves HOST:PORT at once
 * (/readyz is 503 until the index is loaded), heals a corrupt index (src/server/reload.ts), reloads the index
 * on SIGHUP or when INDEX_DIR/CURRENT changes (keeping the supervisors' annotations), purges the conversation
 * log past its retention, and drains on SIGTERM.
 */
import { serve } from '@hono/node-server';
import { existsSync, readFileSync, watch } from 'node:fs';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { readConfig, type Config } from '../config.js';
import { buildDir, currentBuildId, fingerprintOf, listBuilds, pointCurrent } from '../ingest/build.js';
import { ensureIndex, readBuildInput } from '../ingest/ensure.js';
import { loadBuild } from '../ingest/store.js';
import { openStore } from '../store/open.js';
import { annotatedEngine } from './annotations.js';
import { createApp } from './app.js';
import { answerClientError } from './client-error.js';
import type { AdminDeps, EngineHolder } from './deps.js';
import { createLogger, type Logger } from './logger.js';
import { createMetrics } from './metrics.js';
import { createReloader, type IndexBuilds } from './reload.js';
import { startRetention } from './retention.js';

const WIDGET_BUILD = new URL('../widget/build.ts', import.meta.url);
const WIDGET_MISSING = "console.warn('[政策问答] 小部件尚未构建（缺少 src/widget/build.ts）');\n";
const PAGES_BUILD = new URL('../chat/build.ts', import.meta.url);
const DRAIN_TIMEOUT_MS = 10_000;

async function widgetScript(logger: Logger): Promise<string> {
  if (!existsSync(fileURLToPath(WIDGET_BUILD))) return WIDGET_MISSING;
  try {
    const { buildWidget } = (await import(WIDGET_BUILD.href)) as { buildWidget: () => Promise<string> };
    return await buildWidget();
  } catch (error) {
    logger.error({ error: (error as Error).message }, 'widget build failed; /widget.js serves a warning');
    return WIDGET_MISSING;
  }
}

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

/** The pages' own bundled scripts; on failure the pages still render, and routes/pages.ts serves a warning instead. */
async function pageScripts(logger: Logger): Promise<Map<string, string>> {
  try {
    const { buildPageScripts } = (await import(PAGES_BUILD.href)) as { buildPageScripts: () => Promise<Map<string, string>> };
    return await buildPageScripts();
  } catch (error) {
    logger.error({ error: (error as Error).message }, 'page script build failed; /assets/chat.js serves a warning');
    return new Map();
  }
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = readConfig(process.env);
  } catch (error) {
    fail((error as Error).message);
  }
  const logger = createLogger({ level: config.logLevel });
  const { store, migrated, location } = await openStore(config, {
    onFlushError: (error) => logger.error({ err: error }, 'could not store logged questions'),
    onIdleError: (error) => logger.error({ err: error }, 'PostgreSQL connection lost; the pool reconnects'),
  }).catch((error: Error) => fail(`could not open the store: ${error.message}`));
  logger.info({ store: store.dialect, location, migrated, logRetentionDays: config.logRetentionDays }, 'store ready');
  const retention = startRetention({ store, days: config.logRetentionDays, logger });
  const log = (line: string) => logger.info(line);
  const input = await readBuildInput(config).catch((error: Error) => fail(`index build failed: ${error.message}`));
  const fingerprint = fingerprintOf(input);
  // Missing or stale: build now. A current build that cannot be read is the reloader's to heal.
  await ensureIndex(config, { log, input, rebuildUnreadable: false }).catch((error: Error) => fail(`index build failed: ${error.message}`));

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
    rebuild: async () => (await ensureIndex(config, { log, input, force: true }))!.buildId,
    fresh: (engine) => engine.index.manifest.fingerprint === fingerprint,
  };
  const reloader = createReloader({ holder, builds, rebuild, logger, metrics });
  const admin: AdminDeps | null = config.adminToken ? { token: config.adminToken, applyAnnotations: (reason) => reloader.refresh(reason), retentionDays: config.logRetentionDays } : null;
  const app = createApp({ engine: holder, store, admin, logger, metrics, config, widgetScript: await widgetScript(logger), pageScripts: await pageScripts(logger), version });

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

  process.on('SIGHUP', () => void reloader.reload('SIGHUP'));
  // Watch the directory, not the file: CURRENT is replaced by rename, which a file watch would miss.
  let debounce: NodeJS.Timeout | undefined;
  const watcher = watch(config.indexDir, (_event, file) => {
    if (file !== 'CURRENT') return;
    clearTimeout(debounce);
    debounce = setTimeout(() => void reloader.reload('CURRENT changed'), 300);
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
      void store.close().finally(() => {
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
