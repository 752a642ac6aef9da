/**
 * An answer cache for the server: a public endpoint gets the same questions again and again. Keyed by
 * the whole input (question, history, mode); it lives on one engine, so a reloaded index starts empty.
 * Only extractive answers without an LLM fallback are kept: an LLM answer may differ from call to call,
 * and a fallback may have been a passing timeout. Streams are not cached.
 *
 * A hit also carries the answer already serialized (`bodyJsonHead`), so the server does not turn the same
 * citations into JSON again: at several kilobytes an answer, that was ≈ 8 % of a cached /api/ask.
 */
import { LRUCache } from 'lru-cache';
import type { AskResponse } from '../contract.js';
import type { AskResult, Engine } from './types.js';

interface Entry {
  result: AskResult;
  bodyJsonHead: Uint8Array<ArrayBuffer>;
}

/** The body as JSON without `latencyMs` and without the closing brace: `{"answer":…,"mode":"extractive"`. */
const UTF8 = new TextEncoder();

function jsonHead({ latencyMs: _latency, ...rest }: AskResponse): Uint8Array<ArrayBuffer> {
  // TextEncoder gives each head its own buffer; a small Buffer.from would pin a shared 8 KB pool slab.
  return UTF8.encode(JSON.stringify(rest).slice(0, -1));
}

/** The bytes `JSON.stringify(body)` gives when latencyMs is `body`'s last key — from the cached head when there is one. */
export function askResponseBytes({ body, bodyJsonHead }: AskResult): Uint8Array<ArrayBuffer> | string {
  if (!bodyJsonHead) return JSON.stringify(body);
  return Buffer.concat([bodyJsonHead, Buffer.from(`,"latencyMs":${JSON.stringify(body.latencyMs)}}`)]);
}

export function withAnswerCache(engine: Engine, { max = 5000 } = {}): Engine {
  const cache = new LRUCache<string, Entry>({ max });
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
      if (hit) {
        const latencyMs = Math.round((performance.now() - started) * 100) / 100;
        return { body: { ...hit.result.body, latencyMs }, trace: hit.result.trace, bodyJsonHead: hit.bodyJsonHead };
      }
      const result = await engine.ask(input, options);
      if (result.body.mode === 'extractive' && result.trace.llmFallback === null) cache.set(key, { result, bodyJsonHead: jsonHead(result.body) });
      return result;
    },
  };
}
