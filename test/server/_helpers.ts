/**
 * Builds the real app over the real engine (the test index of test/global-setup.ts), a real SQLite
 * store in a temp dir (migrated as at start-up) and a pino logger whose lines the test can read. With
 * `admin`, /admin is on, and annotation changes rebuild the engine as in main.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { afterAll, expect } from 'vitest';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { createEngine } from '../../src/answer/engine.js';
import type { Engine } from '../../src/answer/types.js';
import { loadIndex } from '../../src/ingest/store.js';
import { annotatedEngine } from '../../src/server/annotations.js';
import { createApp, type EngineHolder } from '../../src/server/app.js';
import type { AdminDeps, AppDeps } from '../../src/server/deps.js';
import { createLogger } from '../../src/server/logger.js';
import { createMetrics } from '../../src/server/metrics.js';
import { createReloader } from '../../src/server/reload.js';
import { openStore } from '../../src/store/open.js';

let engine: Promise<Engine> | null = null;

/** One engine per test file (worker): loading the index takes a few seconds. */
export function testEngine(): Promise<Engine> {
  engine ??= loadIndex(process.env.TEST_INDEX_DIR!, { kind: 'local' }).then((index) => createEngine({ index }));
  return engine;
}

export const WIDGET = 'console.log("widget")';

export interface TestApp {
  app: ReturnType<typeof createApp>;
  deps: AppDeps;
  holder: EngineHolder;
  dbFile: string;
  /** Every log line written so far, parsed. */
  logs: () => Array<Record<string, unknown>>;
  rawLogs: () => string;
}

export const ADMIN_TOKEN = 'test-admin-token-0123456789';

/** The temp dirs made by makeApp in this test file, removed when its tests end (registered as the file imports this module). */
const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export async function makeApp(
  options: { engine?: Engine | null; config?: Partial<AppDeps['config']>; admin?: Partial<AdminDeps> | boolean; logRetentionDays?: number; now?: () => Date } & Partial<Pick<AppDeps, 'pageScripts' | 'rateLimitStores'>> = {},
): Promise<TestApp> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zcwd-server-'));
  made.push(dir);
  const dbFile = path.join(dir, 'feedback.sqlite');
  let written = '';
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      written += chunk.toString('utf8');
      done();
    },
  });
  const holder: EngineHolder = { current: options.engine === undefined ? await testEngine() : options.engine };
  const { store } = await openStore({ feedbackDb: dbFile, databaseUrl: null, logRetentionDays: options.logRetentionDays ?? 90 }, { now: options.now });
  const logger = createLogger({ level: 'info', destination });
  const metrics = createMetrics();
  const reloader = createReloader({
    holder,
    builds: {
      current: async () => holder.current?.index.manifest.buildId ?? null,
      list: async () => [],
      load: () => Promise.reject(new Error('tests do not reload the index')),
      point: async () => {},
      rebuild: () => Promise.reject(new Error('tests do not rebuild the index')),
      fresh: () => true,
    },
    rebuild: annotatedEngine(store.annotations, { llm: null, llmTimeoutMs: 1000 }, logger),
    logger,
    metrics,
  });
  const admin: AdminDeps | null = options.admin ? { token: ADMIN_TOKEN, applyAnnotations: (reason) => reloader.refresh(reason), ...(options.admin === true ? {} : options.admin) } : null;
  const deps: AppDeps = {
    engine: holder,
    store,
    admin,
    logger,
    metrics,
    config: { allowedOrigins: null, siteKeys: null, rateLimitPerMinute: 0, ...options.config },
    widgetScript: WIDGET,
    pageScripts: options.pageScripts,
    rateLimitStores: options.rateLimitStores,
  };
  return {
    app: createApp(deps),
    deps,
    holder,
    dbFile,
    rawLogs: () => written,
    logs: () => written.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

export function postJson(app: TestApp['app'], url: string, body: unknown, headers: Record<string, string> = {}) {
  return app.request(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** The `env` @hono/node-server passes: lets a test be a client (or a proxy) at a given IP address. */
export const fromIp = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });

export const ASK_5G = '到2025年要建多少个5G基站？';
export const ANSWER_5G = '到2025年，建成5G基站20万个以上，5G网络建设水平全国领先。[1]';

/** Everything a page loads must come from this server, and nothing inline may need 'unsafe-inline'. */
export async function expectSelfContained(app: TestApp['app'], html: string): Promise<void> {
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  expect(html).not.toMatch(/<style/);
  expect(html).not.toMatch(/\sstyle="/);
  expect(html).not.toMatch(/\son[a-z]+="/);
  const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
  for (const ref of refs) expect(ref, ref).toMatch(/^(\/|#|data:)/);
  for (const asset of refs.filter((r) => r.startsWith('/assets/') || r === '/widget.js')) {
    const res = await app.request(asset);
    expect(res.status, asset).toBe(200);
    expect(res.headers.get('content-type'), asset).toMatch(/^text\/(javascript|css); charset=utf-8$/);
  }
}
