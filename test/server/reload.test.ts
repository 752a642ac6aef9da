/**
 * The reloader's decisions over fake builds: which build serves at start-up, when CURRENT moves, and what
 * the one warn line says. (test/faults/corrupt-index.test.ts runs the same over real files and processes.)
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/types.js';
import type { EngineHolder } from '../../src/server/deps.js';
import { createLogger } from '../../src/server/logger.js';
import { createMetrics } from '../../src/server/metrics.js';
import { createReloader, type IndexBuilds } from '../../src/server/reload.js';

/** An engine good enough for the smoke test, built from `fingerprint`. */
const engine = (buildId: string, fingerprint = 'today'): Engine =>
  ({ index: { manifest: { buildId, fingerprint }, corpus: { clauses: [{ id: '1.1' }] } }, search: async () => [{ id: '1.1' }] }) as unknown as Engine;

interface Disk {
  current: string | null;
  builds: Record<string, Engine | Error>;
  rebuild?: () => string;
  pointFails?: boolean;
}

function setUp(disk: Disk) {
  let written = '';
  const logger = createLogger({ level: 'info', destination: new Writable({ write: (chunk, _e, done) => ((written += chunk.toString()), done()) }) });
  const holder: EngineHolder = { current: null };
  const builds: IndexBuilds = {
    current: async () => disk.current,
    list: async () => Object.keys(disk.builds).sort().reverse(),
    load: async (id) => {
      const build = disk.builds[id];
      if (!build) throw new Error(`build ${id} is missing`);
      if (build instanceof Error) throw build;
      return build;
    },
    point: async (id) => {
      if (disk.pointFails) throw new Error('EROFS');
      disk.current = id;
    },
    rebuild: async () => {
      const id = disk.rebuild!();
      disk.builds[id] = engine(id);
      disk.current = id;
      return id;
    },
    fresh: (e) => e.index.manifest.fingerprint === 'today',
  };
  const reloader = createReloader({ holder, builds, logger, metrics: createMetrics() });
  const lines = () => written.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  const warnings = () => lines().filter((l) => l.level === 40).map((l) => l.msg);
  return { reloader, holder, lines, warnings };
}

const served = (holder: EngineHolder) => holder.current?.index.manifest.buildId;

describe('start-up', () => {
  it('serves CURRENT when it is good, without a warning', async () => {
    const disk: Disk = { current: 'b2', builds: { b1: engine('b1'), b2: engine('b2') } };
    const { reloader, holder, warnings } = setUp(disk);
    await reloader.start();
    expect(served(holder)).toBe('b2');
    expect(warnings()).toEqual([]);
  });

  it('skips a build made from other sources and falls back to the newest good, fresh one', async () => {
    const disk: Disk = { current: 'b4', builds: { b1: engine('b1'), b2: engine('b2'), b3: engine('b3', 'last-year'), b4: new Error('corpus.json is corrupt') } };
    const { reloader, holder, warnings, lines } = setUp(disk);
    await reloader.start();
    expect(served(holder)).toBe('b2');
    expect(disk.current).toBe('b2');
    expect(warnings()).toEqual(['index build b4 is unusable; serving the newest good build b2 (CURRENT now names it)']);
    expect(lines().find((l) => l.level === 40)).toMatchObject({ bad: 'b4', problem: 'corpus.json is corrupt', buildId: 'b2' });
  });

  it('still serves the fallback when CURRENT cannot be changed, and says so', async () => {
    const disk: Disk = { current: 'b2', builds: { b1: engine('b1'), b2: new Error('bad') }, pointFails: true };
    const { reloader, holder, warnings } = setUp(disk);
    await reloader.start();
    expect(served(holder)).toBe('b1');
    expect(warnings()).toEqual(['index build b2 is unusable; serving the newest good build b1 (CURRENT could not be changed)']);
  });

  it('rebuilds when no build is good', async () => {
    const disk: Disk = { current: 'b2', builds: { b1: engine('b1', 'last-year'), b2: new Error('bad') }, rebuild: () => 'b3' };
    const { reloader, holder, warnings } = setUp(disk);
    await reloader.start();
    expect(served(holder)).toBe('b3');
    expect(warnings()).toEqual(['index build b2 is unusable and no older build is good; rebuilt it as b3']);
  });

  it('rejects with what went wrong when even the rebuild fails', async () => {
    const disk: Disk = { current: 'b1', builds: { b1: new Error('hnswlib.index is corrupt') }, rebuild: () => { throw new Error('ENOSPC: no space left on device'); } };
    const { reloader, holder } = setUp(disk);
    await expect(reloader.start()).rejects.toThrow('the index in build b1 is unusable (hnswlib.index is corrupt), no older build is good, and rebuilding failed: ENOSPC: no space left on device');
    expect(holder.current).toBeNull();
  });
});

describe('reload', () => {
  it('swaps in a good new build', async () => {
    const disk: Disk = { current: 'b1', builds: { b1: engine('b1') } };
    const { reloader, holder } = setUp(disk);
    await reloader.start();
    disk.builds.b2 = engine('b2');
    disk.current = 'b2';
    expect(await reloader.reload('SIGHUP')).toBe(true);
    expect(served(holder)).toBe('b2');
    expect(await reloader.reload('SIGHUP')).toBe(false);
  });

  it('refuses a bad new build and points CURRENT back at the one serving', async () => {
    const disk: Disk = { current: 'b1', builds: { b1: engine('b1') } };
    const { reloader, holder, warnings } = setUp(disk);
    await reloader.start();
    disk.builds.b2 = new Error('bad');
    disk.current = 'b2';
    expect(await reloader.reload('CURRENT changed')).toBe(false);
    expect(served(holder)).toBe('b1');
    expect(disk.current).toBe('b1');
    expect(warnings()).toEqual(['new index refused; the current one keeps serving (CURRENT names b1 again)']);
  });

  it('leaves CURRENT alone when the build serving is no longer on disk', async () => {
    const disk: Disk = { current: 'b1', builds: { b1: engine('b1') } };
    const { reloader, warnings } = setUp(disk);
    await reloader.start();
    delete disk.builds.b1;
    disk.builds.b2 = new Error('bad');
    disk.current = 'b2';
    await reloader.reload('SIGHUP');
    expect(disk.current).toBe('b2');
    expect(warnings()).toEqual(['new index refused; the current one keeps serving (CURRENT left as it is)']);
  });
});
