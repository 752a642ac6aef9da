/**
 * `npm start`: the one side-effecting edge of the server. Reads the environment, builds the index when
 * missing or stale, serves HOST:PORT at once (/readyz is 503 until the index is loaded), heals a corrupt
 * index (src/server/reload.ts), reloads the index on SIGHUP or when INDEX_DIR/CURRENT changes, and drains
 * on SIGTERM.
 */
import { serve } from '@hono/node-server';
import { existsSync, readFileSync, watch } from 'node:fs';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { readConfig, type Config } from '../config.js';
import { engineFor } from '../answer/load.js';
import { buildDir, currentBuildId, fingerprintOf, listBuilds, pointCurrent } from '../ingest/build.js';
import { ensureIndex, readBuildInput } from '../ingest/ensure.js';
import { loadBuild } from '../ingest/store.js';
import { createApp } from './app.js';
import { answerClientError } from './client-error.js';
import type { EngineHolder } from './deps.js';
import { createFeedbackStore } from './feedback/store.js';
import { createLogger, type Logger } from './logger.js';
import { createMetrics } from './metrics.js';
import { createReloader, type IndexBuilds } from './reload.js';

const WIDGET_BUILD = new URL('../widget/build.ts', import.meta.url);
const WIDGET_MISSING = "console.warn('[政策问答] 小部件尚未构建（缺少 src/widget/build.ts）');\n";
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
  const log = (line: string) => logger.info(line);
  const input = await readBuildInput(config).catch((error: Error) => fail(`index build failed: ${error.message}`));
  const fingerprint = fingerprintOf(input);
  // Missing or stale: build now. A current build that cannot be read is the reloader's to heal.
  await ensureIndex(config, { log, input, rebuildUnreadable: false }).catch((error: Error) => fail(`index build failed: ${error.message}`));

  const holder: EngineHolder = { current: null };
  const feedback = createFeedbackStore({ file: config.feedbackDb, onFlushError: (error) => logger.error({ err: error }, 'could not store refused questions') });
  const metrics = createMetrics({ processMetrics: true });
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  const app = createApp({ engine: holder, feedback, logger, metrics, config, widgetScript: await widgetScript(logger), version });

  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    console.log(`政策问答 listening on http://${shown}:${info.port} (bound to ${config.host})`);
  }) as Server;
  // Slow clients: a request must arrive whole within these limits (Node answers 408 otherwise).
  server.headersTimeout = 15_000;
  server.requestTimeout = 30_000;
  // What Node's parser refuses (bad URL, headers too large, too slow) gets the contract's JSON body too.
  server.on('clientError', answerClientError({ onRefused: (status) => metrics.parseErrors.inc({ status: String(status) }) }));

  const builds: IndexBuilds = {
    current: () => currentBuildId(config.indexDir),
    list: () => listBuilds(config.indexDir),
    load: async (buildId) => engineFor(await loadBuild(buildDir(config.indexDir, buildId), config.embeddings), config),
    point: (buildId) => pointCurrent(config.indexDir, buildId),
    rebuild: async () => (await ensureIndex(config, { log, input, force: true }))!.buildId,
    fresh: (engine) => engine.index.manifest.fingerprint === fingerprint,
  };
  const reloader = createReloader({ holder, builds, logger, metrics });
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
      feedback.close();
      logger.info('stopped');
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('unhandledRejection', (error) => logger.error({ err: error }, 'unhandled rejection'));
}

void main().catch((error: Error) => fail(`start-up failed: ${error.stack ?? error.message}`));
