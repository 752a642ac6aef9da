/**
 * An answer cache for the server: a public endpoint gets the same questions again and again. Keyed by
 * the whole input (question, history, mode); it lives on one engine, so a reloaded index starts empty.
 * Only extractive answers without an LLM fallback are kept: an LLM answer may differ from call to call,
 * and a fallback may have been a passing timeout. Streams are not cached.
 */
import { LRUCache } from 'lru-cache';
import type { AskResult, Engine } from './types.js';

export function withAnswerCache(engine: Engine, { max = 5000 } = {}): Engine {
  const cache = new LRUCache<string, AskResult>({ max });
  return {
    index: engine.index,
    usesLlm: engine.usesLlm,
    askStream: (input, options) => engine.askStream(input, options),
    search: (query, k) => engine.search(query, k),
    match: (profile) => engine.match(profile),
    async ask(input, options) {
      const started = performance.now();
      const key = JSON.stringify([input.question.trim(), input.history ?? [], input.mode ?? 'auto']);
      const hit = cache.get(key);
      if (hit) return { body: { ...hit.body, latencyMs: Math.round((performance.now() - started) * 100) / 100 }, trace: hit.trace };
      const result = await engine.ask(input, options);
      if (result.body.mode === 'extractive' && result.trace.llmFallback === null) cache.set(key, result);
      return result;
    },
  };
}
