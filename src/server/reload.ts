/**
 * Swapping in a rebuilt index without dropping a request: the new engine is loaded and smoke-tested
 * beside the old one, and only then does the holder point at it. Requests in flight keep the engine they
 * started with. A new index that fails to load is refused and the old one keeps serving.
 *
 * Annotations go the same way: when a supervisor changes one, `refresh` builds an engine over the index
 * already loaded with the store's annotation cards (cheap: only the cards' questions are embedded) and
 * swaps it in. Reloads and refreshes share one queue, so neither can swap in an engine built on what the
 * other has just replaced, and a reload picks up the annotations too.
 */
import type { Engine } from '../answer/types.js';
import type { LoadedIndex } from '../ingest/store.js';
import type { EngineHolder } from './deps.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';

export interface Reloader {
  /** Resolves true when a new engine was swapped in, false when it was refused or unchanged. */
  reload(reason: string): Promise<boolean>;
  /** Rebuilds the engine over the loaded index (annotations changed); resolves true when swapped in. */
  refresh(reason: string): Promise<boolean>;
}

/** An index can load and still be useless (an empty corpus): ask it something before trusting it. */
async function smokeTest(engine: Engine): Promise<void> {
  if (engine.index.corpus.clauses.length === 0) throw new Error('the new index has no clauses');
  const hits = await engine.search('制造业', 1);
  if (hits.length === 0) throw new Error('the new index finds nothing for 制造业');
}

export function createReloader({
  holder,
  load,
  rebuild,
  currentBuildId,
  logger,
  metrics,
}: {
  holder: EngineHolder;
  load: () => Promise<Engine>;
  /** An engine over an index already loaded, with the annotations as they are now. */
  rebuild: (index: LoadedIndex) => Promise<Engine>;
  /** The build id CURRENT names now, to skip reloading the index already served. */
  currentBuildId: () => Promise<string | null>;
  logger: Logger;
  metrics: Metrics;
}): Reloader {
  // One reload at a time; a signal during a reload queues another one after it.
  let chain: Promise<boolean> = Promise.resolve(false);

  async function run(reason: string): Promise<boolean> {
    const serving = holder.current?.index.manifest.buildId ?? null;
    const next = await currentBuildId().catch(() => null);
    if (serving !== null && next === serving) {
      logger.info({ reason, buildId: serving }, 'index unchanged; nothing to reload');
      return false;
    }
    const started = performance.now();
    try {
      const engine = await load();
      await smokeTest(engine);
      holder.current = engine;
      metrics.reloads.inc({ result: 'ok' });
      logger.info({ reason, from: serving, to: engine.index.manifest.buildId, ms: Math.round(performance.now() - started) }, 'index reloaded');
      return true;
    } catch (error) {
      metrics.reloads.inc({ result: 'refused' });
      // At start-up nothing is serving yet: say so rather than promise an index that is not there.
      const message = serving === null ? 'index failed to load; nothing is serving' : 'new index refused; the current one keeps serving';
      logger.error({ reason, buildId: serving, error: (error as Error).message }, message);
      return false;
    }
  }

  async function runRefresh(reason: string): Promise<boolean> {
    const serving = holder.current;
    if (!serving) return false;
    const started = performance.now();
    try {
      const engine = await rebuild(serving.index);
      await smokeTest(engine);
      holder.current = engine;
      metrics.reloads.inc({ result: 'ok' });
      logger.info({ reason, buildId: serving.index.manifest.buildId, ms: Math.round(performance.now() - started) }, 'engine rebuilt with the annotations');
      return true;
    } catch (error) {
      metrics.reloads.inc({ result: 'refused' });
      logger.error({ reason, error: (error as Error).message }, 'engine rebuild refused; the current one keeps serving');
      return false;
    }
  }

  const queue = (task: () => Promise<boolean>) => {
    chain = chain.then(task);
    return chain;
  };

  return {
    reload: (reason) => queue(() => run(reason)),
    refresh: (reason) => queue(() => runRefresh(reason)),
  };
}
