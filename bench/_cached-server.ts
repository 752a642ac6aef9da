/**
 * EXPERIMENT, not the product: the real app (createApp, same middleware, same SQLite store, same
 * logger) over the real engine wrapped in an in-memory answer cache, to measure what such a cache
 * would buy before anyone adds one to src/. Started by `bench/throughput.ts --entry bench/_cached-server.ts`.
 */
import { serve } from '@hono/node-server';
import type { AskInput, AskResult, Engine } from '../src/answer/types.js';
import { readConfig } from '../src/config.js';
import { createApp } from '../src/server/app.js';
import { loadEngine } from '../src/server/engine.js';
import { createFeedbackStore } from '../src/server/feedback/store.js';
import { createLogger } from '../src/server/logger.js';
import { createMetrics } from '../src/server/metrics.js';

/**
 * LRU keyed by the whole input. The cache lives on one engine, so an index swap (a new engine) starts
 * empty. Only extractive answers are cached: an LLM answer may differ between calls.
 */
function withAnswerCache(engine: Engine, capacity = 5000): Engine {
  const cache = new Map<string, AskResult>();
  return {
    ...engine,
    async ask(input: AskInput, options) {
      const key = JSON.stringify([input.question, input.history ?? [], input.mode ?? 'auto']);
      const hit = cache.get(key);
      if (hit) {
        cache.delete(key);
        cache.set(key, hit);
        return { body: { ...hit.body, latencyMs: 0 }, trace: hit.trace };
      }
      const result = await engine.ask(input, options);
      if (result.body.mode === 'extractive' && !result.trace.llmFallback) {
        cache.set(key, result);
        if (cache.size > capacity) cache.delete(cache.keys().next().value!);
      }
      return result;
    },
  };
}

const config = readConfig(process.env);
const engine = withAnswerCache(await loadEngine(config));
const app = createApp({
  engine: { current: engine },
  feedback: createFeedbackStore({ file: config.feedbackDb }),
  logger: createLogger({ level: config.logLevel }),
  metrics: createMetrics({ processMetrics: true }),
  config,
  widgetScript: '',
});
serve({ fetch: app.fetch, port: config.port, hostname: config.host });
// Exit through process.exit so `node --cpu-prof` writes its profile (the default SIGTERM action would not).
process.on('SIGTERM', () => process.exit(0));
