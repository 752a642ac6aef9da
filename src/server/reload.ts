/**
 * Which index serves, and swapping in a rebuilt one without dropping a request.
 *
 * At start-up a corrupt or mismatched current build does not stop the service: the newest good build
 * made from the same sources serves instead (CURRENT is pointed at it), or, when there is none, the
 * index is rebuilt — with one warn line saying which. While running, a new build is loaded and
 * smoke-tested beside the old one, and only then does the holder point at it; requests in flight keep
 * the engine they started with. A new build that fails is refused, the old one keeps serving, and
 * CURRENT is pointed back at it so the next restart does not meet the bad build first.
 *
 * Annotations go the same way: when a supervisor changes one, `refresh` builds an engine over the index
 * already loaded with the store's annotation cards (cheap: only the cards' questions are embedded) and
 * swaps it in. Start-up, reloads and refreshes share one queue, so none can swap in an engine built on what
 * another has just replaced, and a reload picks up the annotations too (`IndexBuilds.load` includes them).
 */
import type { Engine } from '../answer/types.js';
import type { LoadedIndex } from '../ingest/store.js';
import type { EngineHolder } from './deps.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';

/** The builds in INDEX_DIR, as the reloader needs them (main.ts implements it over the file system). */
export interface IndexBuilds {
  /** The build id CURRENT names, or null. */
  current(): Promise<string | null>;
  /** Complete builds on disk, newest first. */
  list(): Promise<string[]>;
  /** A ready engine over one build; throws when the build is missing, corrupt or mismatched. */
  load(buildId: string): Promise<Engine>;
  /** Points CURRENT at a build. */
  point(buildId: string): Promise<void>;
  /** Builds a new index from the sources (CURRENT then names it) and returns its id. */
  rebuild(): Promise<string>;
  /** Whether a build was made from the sources as they are now: start-up falls back to no older text. */
  fresh(engine: Engine): boolean;
}

export interface Reloader {
  /** Serves CURRENT, else the newest good build, else a rebuilt one; rejects only when even a rebuild fails. */
  start(): Promise<void>;
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

const messageOf = (error: unknown) => (error as Error)?.message ?? String(error);

export function createReloader({
  holder,
  builds,
  rebuild,
  logger,
  metrics,
}: {
  holder: EngineHolder;
  builds: IndexBuilds;
  /** An engine over an index already loaded, with the annotations as they are now; unset = refresh does nothing. */
  rebuild?: (index: LoadedIndex) => Promise<Engine>;
  logger: Logger;
  metrics: Metrics;
}): Reloader {
  // One reload at a time; a signal during a reload queues another one after it.
  let chain: Promise<unknown> = Promise.resolve();
  // The folder name of the build serving (CURRENT's value); its manifest's buildId is normally the same.
  let servingId: string | null = null;
  const serve = (buildId: string, engine: Engine) => {
    holder.current = engine;
    servingId = buildId;
  };

  async function ready(buildId: string): Promise<Engine> {
    const engine = await builds.load(buildId);
    await smokeTest(engine);
    return engine;
  }

  /** The newest build other than `bad` that loads, passes the smoke test and is fresh; null when none. */
  async function newestGood(bad: string | null): Promise<{ buildId: string; engine: Engine } | null> {
    for (const buildId of await builds.list()) {
      if (buildId === bad) continue;
      const engine = await ready(buildId).catch(() => null);
      if (engine && builds.fresh(engine)) return { buildId, engine };
    }
    return null;
  }

  async function start(): Promise<void> {
    const started = performance.now();
    const current = await builds.current();
    let problem = 'CURRENT names no build';
    if (current !== null) {
      try {
        serve(current, await ready(current));
        return;
      } catch (error) {
        problem = messageOf(error);
        metrics.reloads.inc({ result: 'refused' });
      }
    }
    const fallback = await newestGood(current);
    if (fallback) {
      const { buildId, engine } = fallback;
      // A read-only INDEX_DIR does not stop the fallback from serving; the line says CURRENT did not move.
      const pointed = await builds.point(buildId).then(() => true, () => false);
      serve(buildId, engine);
      metrics.reloads.inc({ result: 'fallback' });
      const where = pointed ? 'CURRENT now names it' : 'CURRENT could not be changed';
      logger.warn({ bad: current, problem, buildId, ms: Math.round(performance.now() - started) }, `index build ${current} is unusable; serving the newest good build ${buildId} (${where})`);
      return;
    }
    let rebuilt: string;
    try {
      rebuilt = await builds.rebuild();
      serve(rebuilt, await ready(rebuilt));
    } catch (error) {
      throw new Error(`the index in build ${current} is unusable (${problem}), no older build is good, and rebuilding failed: ${messageOf(error)}`);
    }
    metrics.reloads.inc({ result: 'rebuilt' });
    logger.warn({ bad: current, problem, buildId: rebuilt, ms: Math.round(performance.now() - started) }, `index build ${current} is unusable and no older build is good; rebuilt it as ${rebuilt}`);
  }

  async function run(reason: string): Promise<boolean> {
    const serving = servingId;
    const next = await builds.current().catch(() => null);
    if (next === null || next === serving) {
      logger.info({ reason, buildId: serving }, next === null ? 'CURRENT names no build; nothing to reload' : 'index unchanged; nothing to reload');
      return false;
    }
    const started = performance.now();
    try {
      serve(next, await ready(next));
      metrics.reloads.inc({ result: 'ok' });
      logger.info({ reason, from: serving, to: next, ms: Math.round(performance.now() - started) }, 'index reloaded');
      return true;
    } catch (error) {
      metrics.reloads.inc({ result: 'refused' });
      if (serving === null) {
        logger.error({ reason, refused: next, error: messageOf(error) }, 'index failed to load; nothing is serving');
        return false;
      }
      // Unless something has moved CURRENT again meanwhile (a newer ingest), it goes back to what serves.
      const restored = await (async () => {
        if ((await builds.current()) !== next || !(await builds.list()).includes(serving)) return false;
        await builds.point(serving);
        return true;
      })().catch(() => false);
      const where = restored ? `CURRENT names ${serving} again` : 'CURRENT left as it is';
      logger.warn({ reason, refused: next, buildId: serving, error: messageOf(error) }, `new index refused; the current one keeps serving (${where})`);
      return false;
    }
  }

  async function runRefresh(reason: string): Promise<boolean> {
    const serving = holder.current;
    if (!serving || !rebuild) return false;
    const started = performance.now();
    try {
      const engine = await rebuild(serving.index);
      await smokeTest(engine);
      holder.current = engine;
      metrics.reloads.inc({ result: 'ok' });
      logger.info({ reason, buildId: servingId, ms: Math.round(performance.now() - started) }, 'engine rebuilt with the annotations');
      return true;
    } catch (error) {
      metrics.reloads.inc({ result: 'refused' });
      logger.error({ reason, error: messageOf(error) }, 'engine rebuild refused; the current one keeps serving');
      return false;
    }
  }

  const queue = <T>(task: () => Promise<T>): Promise<T> => {
    const done = chain.then(task);
    chain = done.catch(() => undefined);
    return done;
  };

  return {
    start: () => queue(start),
    reload: (reason) => queue(() => run(reason)),
    refresh: (reason) => queue(() => runRefresh(reason)),
  };
}
