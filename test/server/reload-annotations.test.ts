/**
 * The engine main.ts runs: the index with the store's annotations. An annotation change rebuilds it over the
 * loaded index; an index reload loads the annotations too; and the two, queued together, never undo each other.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadIndex } from '../../src/ingest/store.js';
import { annotatedEngine } from '../../src/server/annotations.js';
import type { EngineHolder } from '../../src/server/deps.js';
import { createLogger } from '../../src/server/logger.js';
import { createMetrics } from '../../src/server/metrics.js';
import { createReloader } from '../../src/server/reload.js';

/** Temp dirs of this file's stores, removed when its tests end. */
const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
import { openStore } from '../../src/store/open.js';

const EVERYDAY = '老王讲有个啥拜把子，小厂抱大厂大腿';
const link = { id: 'ann-link', clauses: ['5.3.1'], questions: [EVERYDAY], keywords: [], source: 'supervisor' as const };

async function setUp() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zcwd-reload-ann-'));
  made.push(dir);
  const { store } = await openStore({ feedbackDb: path.join(dir, 's.sqlite'), databaseUrl: null, logRetentionDays: 90 });
  const logger = createLogger({ level: 'silent' });
  const rebuild = annotatedEngine(store.annotations, { llm: null, llmTimeoutMs: 1000 }, logger);
  const holder: EngineHolder = { current: null };
  let build = 'first';
  const reloader = createReloader({
    holder,
    builds: {
      current: async () => build,
      list: async () => [build],
      // As main.ts: a fresh index from disk, with the annotations as the store has them now.
      load: async () => rebuild(await loadIndex(process.env.TEST_INDEX_DIR!, { kind: 'local' })),
      point: async () => {},
      rebuild: () => Promise.reject(new Error('these tests do not rebuild the index')),
      fresh: () => true,
    },
    rebuild,
    logger,
    metrics: createMetrics(),
  });
  return { store, holder, reloader, nextBuild: () => (build = `${build}+`) };
}

const firstCitation = async (holder: EngineHolder) => {
  const { body } = await holder.current!.ask({ question: EVERYDAY });
  return body.refused ? 'refused' : body.citations[0]!.id;
};

describe('annotations and index reloads', () => {
  it('an annotation saved is served after refresh; an index reload keeps it; deleting it and refreshing removes it', async () => {
    const { store, holder, reloader, nextBuild } = await setUp();
    expect(await reloader.reload('start-up')).toBe(true);
    expect(await firstCitation(holder)).toBe('refused');
    await store.annotations.save(link, { actor: '张三' });
    const index = holder.current!.index;
    expect(await reloader.refresh('annotation saved')).toBe(true);
    expect(holder.current!.index).toBe(index); // the loaded index is reused, not loaded again
    expect(await firstCitation(holder)).toBe('5.3.1');
    nextBuild();
    expect(await reloader.reload('SIGHUP')).toBe(true);
    expect(holder.current!.index).not.toBe(index);
    expect(await firstCitation(holder)).toBe('5.3.1');
    await store.annotations.remove('ann-link', { actor: '张三' });
    await reloader.refresh('annotation deleted');
    expect(await firstCitation(holder)).toBe('refused');
    await store.close();
  });

  it('a refresh asked for during a reload runs after it, on the new index', async () => {
    const { store, holder, reloader, nextBuild } = await setUp();
    await reloader.reload('start-up');
    nextBuild();
    const reloading = reloader.reload('CURRENT changed');
    await store.annotations.save(link, { actor: '张三' });
    const refreshing = reloader.refresh('annotation saved');
    expect([await reloading, await refreshing]).toEqual([true, true]);
    expect(await firstCitation(holder)).toBe('5.3.1');
    await store.close();
  });

  it('leaves out an annotation naming a clause the index does not have, and serves the others', async () => {
    const { store, holder, reloader } = await setUp();
    await store.annotations.importCards([link, { ...link, id: 'ann-gone', clauses: ['99.9.9'], questions: ['一个不存在的条款'] }], { actor: '张三' });
    expect(await reloader.reload('start-up')).toBe(true);
    expect(await firstCitation(holder)).toBe('5.3.1');
    await store.close();
  });
});
