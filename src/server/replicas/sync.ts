/**
 * Keeping replicas in step: the one place that knows which carrier tells the others (./notices.ts) and
 * whether index builds go through the database (./builds.ts). An annotation change rebuilds this process's
 * engine and tells the others, who rebuild theirs; a build this process swapped in is published and
 * announced, and the others fetch, check and reload it. With no carrier (one process, no shared store)
 * nothing is sent and nothing changes.
 */
import cluster from 'node:cluster';
import type { Config } from '../../config.js';
import type { Store } from '../../store/store.js';
import type { EngineHolder } from '../deps.js';
import type { Logger } from '../logger.js';
import type { Reloader } from '../reload.js';
import { createBuildSharing, type BuildSharing } from './builds.js';
import { clusterBus } from './bus-cluster.js';
import { postgresBus } from './bus-postgres.js';
import { redisBus } from './bus-redis.js';
import { fromOthers, replicaName, type Notice, type NoticeBus, type NoticeHandlers } from './notices.js';
import type { RedisLink } from './redis.js';

export interface Replicas {
  /** How notices travel here; null = they do not (one process without a shared store). */
  readonly carrier: NoticeBus['carrier'] | null;
  readonly name: string;
  /** An annotation changed here: rebuild this engine (src/server/reload.ts `refresh`) and tell the others. */
  applyAnnotations(reason: string): Promise<boolean>;
  /** This process swapped in a build (start-up, SIGHUP, CURRENT changed): publish and announce it when builds are shared. */
  shareServing(): Promise<void>;
  close(): Promise<void>;
}

async function openBus(config: Pick<Config, 'databaseUrl'>, redis: RedisLink | null, handlers: NoticeHandlers, logger: Logger): Promise<NoticeBus | null> {
  if (config.databaseUrl) return postgresBus(config.databaseUrl, handlers, logger);
  if (redis) return redisBus(redis, handlers, logger);
  if (cluster.isWorker) return clusterBus(handlers);
  return null;
}

export async function startReplicas({
  config,
  store,
  holder,
  reloader,
  redis,
  logger,
}: {
  config: Pick<Config, 'databaseUrl' | 'indexDir'>;
  store: Store;
  holder: EngineHolder;
  reloader: Pick<Reloader, 'reload' | 'refresh'>;
  redis: RedisLink | null;
  logger: Logger;
}): Promise<Replicas> {
  const name = replicaName();
  let bus: NoticeBus | null = null;
  let sharing: BuildSharing | null = null;

  const announce = async (notice: Notice) => {
    await bus?.publish(notice).catch((error: Error) => logger.warn({ notice: notice.kind, error: error.message }, 'could not tell the other replicas; they catch up when their notices resume'));
  };

  const handlers: NoticeHandlers = {
    onNotice(notice) {
      if (notice.kind === 'annotations') {
        logger.info({ from: notice.from }, 'annotations changed on another replica; rebuilding the engine');
        void reloader.refresh(`annotations changed on ${notice.from}: ${notice.reason}`);
      } else if (sharing) {
        void sharing.adopt(notice.buildId, `index build ${notice.buildId} published by ${notice.from}`).catch((error: Error) => logger.error({ buildId: notice.buildId, error: error.message }, 'could not take the published index build'));
      } else {
        // No database to fetch from: the build can only be in an INDEX_DIR this process shares (workers of one host).
        void reloader.reload(`index build ${notice.buildId} announced by ${notice.from}`);
      }
    },
    onResumed() {
      void reloader.refresh('notices resumed: annotations caught up');
      void sharing?.catchUp('notices resumed: newest published build').catch((error: Error) => logger.error({ error: error.message }, 'could not catch up on published index builds'));
    },
  };

  bus = await openBus(config, redis, fromOthers(name, handlers), logger);
  if (store.dialect === 'postgres') {
    sharing = createBuildSharing({ builds: store.indexBuilds, indexDir: config.indexDir, holder, reloader, announce, self: name, logger });
  }
  logger.info({ replica: name, notices: bus?.carrier ?? 'none', buildsShared: sharing !== null }, 'replica notices ready');

  return {
    carrier: bus?.carrier ?? null,
    name,
    async applyAnnotations(reason) {
      const swapped = await reloader.refresh(reason);
      await announce({ kind: 'annotations', from: name, reason: reason.slice(0, 200) });
      return swapped;
    },
    async shareServing() {
      const index = holder.current?.index;
      if (!sharing || !index) return;
      await sharing.publish(index).catch((error: Error) => logger.warn({ buildId: index.manifest.buildId, error: error.message }, 'could not publish the index build; other replicas keep theirs'));
    },
    async close() {
      await bus?.close();
    },
  };
}
