/** LOG_RETENTION_DAYS, enforced by a periodic purge: older log rows go, newer stay; 0 keeps nothing. */
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../src/server/logger.js';
import { retentionCutoff, startRetention } from '../../src/server/retention.js';
import { openStore } from '../../src/store/open.js';
import { ask, clock } from '../store/_contract.js';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const logger = createLogger({ level: 'silent' });
/** Temp dirs of this file's stores, removed when its tests end. */
const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const newFile = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zcwd-retention-'));
  made.push(dir);
  return path.join(dir, 'store.sqlite');
};

afterEach(() => vi.useRealTimers());

describe('retention', () => {
  it('cuts off `days` before now, or everything at 0', () => {
    const now = new Date('2026-03-31T00:00:00.000Z');
    expect(retentionCutoff(30, now)).toBe('2026-03-01T00:00:00.000Z');
    expect(retentionCutoff(0, now)).toBe('9999-12-31T23:59:59.999Z');
  });

  it('purges rows older than the retention every interval, keeping newer ones', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const t = clock('2026-01-01T00:00:00.000Z');
    const { store } = await openStore({ feedbackDb: newFile(), databaseUrl: null, logRetentionDays: 30 }, { now: t.now });
    store.log.record(ask({ question: '一月的问题' }));
    t.set('2026-01-20T00:00:00.000Z');
    store.log.record(ask({ question: '一月下旬的问题' }));
    await store.log.flush();
    const retention = startRetention({ store, days: 30, logger, now: t.now, intervalMs: 60_000 });
    await vi.waitFor(async () => expect((await store.log.find({})).total).toBe(2));
    t.set('2026-02-10T00:00:00.000Z'); // 40 days after the first row, 21 after the second
    await vi.advanceTimersByTimeAsync(60_000);
    await vi.waitFor(async () => expect((await store.log.find({})).rows.map((r) => r.question)).toEqual(['一月下旬的问题']));
    expect(await retention.purge()).toBe(0);
    retention.stop();
    await store.close();
  });

  it('with 0 days deletes what an earlier setting kept, and logs nothing new', async () => {
    const file = newFile();
    const before = await openStore({ feedbackDb: file, databaseUrl: null, logRetentionDays: 90 });
    before.store.log.record(ask());
    await before.store.close();
    const { store } = await openStore({ feedbackDb: file, databaseUrl: null, logRetentionDays: 0 });
    const retention = startRetention({ store, days: 0, logger });
    // The purge at start deletes the row an earlier setting kept.
    await vi.waitFor(async () => expect((await store.log.find({})).total).toBe(0));
    store.log.record(ask());
    expect((await store.log.find({})).total).toBe(0);
    retention.stop();
    await store.close();
  });
});
