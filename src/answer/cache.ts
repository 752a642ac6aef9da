/**
 * An answer cache for the server: a public endpoint gets the same questions again and again. It lives on
 * one engine, so a reloaded index starts empty. Only extractive answers without an LLM fallback are kept:
 * an LLM answer may differ from call to call, and a fallback may have been a passing timeout. Streams are
 * not cached.
 *
 * Keyed on what decides the answer, never on raw input: the mode and `resolutionKey` (the normalised
 * question, plus the previous user question for a follow-up). A client that sends the same question with
 * ten different 4 000-character histories gets one entry, not ten. Bounded by bytes, not entries: an
 * entry's size is its key and its serialized answer, so large answers cannot multiply the bound.
 *
 * A hit also carries the answer already serialized (`bodyJsonHead`), so the server does not turn the same
 * citations into JSON again: at several kilobytes an answer, that was ≈ 8 % of a cached /api/ask.
 */
import { LRUCache } from 'lru-cache';
import type { AskResponse } from '../contract.js';
import { resolutionKey } from '../retrieval/query.js';
import type { AskInput, AskResult, Engine } from './types.js';

interface Entry {
  result: AskResult;
  bodyJsonHead: Uint8Array<ArrayBuffer>;
}

/**
 * The default bound: ≈ 2 500 typical answers (2–6 KB of JSON each, counted twice: as bytes and as the body
 * object). Measured, the entries hold about half of what they are counted at (their strings are shared
 * with the index), and a larger bound mostly grows V8's heap around them: bench/memory.ts.
 */
export const ANSWER_CACHE_BYTES = 16 * 1024 * 1024;

/**
 * What one entry holds, in bytes: the serialized head, the body object it was made from (its strings
 * are UTF-16, about the size of the UTF-8 JSON for Chinese text), the key and the trace's resolved
 * question (UTF-16), and fixed overhead.
 */
const entryBytes = (key: string, { bodyJsonHead, result }: Entry) => 2 * bodyJsonHead.byteLength + 2 * (key.length + result.trace.resolvedQuestion.length) + 512;

/** The cache key of an ask: its mode and what of the question and history resolution uses. */
export const answerCacheKey = (input: AskInput): string => `${input.mode ?? 'auto'}\n${resolutionKey(input.question, input.history)}`;

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

export interface AnswerCacheOptions {
  /** Upper bound of what the cached entries hold, in bytes (see `entryBytes`). */
  maxBytes?: number;
  /** Called with the bytes held after every store: for tests and benchmarks. */
  onSize?: (bytes: number) => void;
}

export function withAnswerCache(engine: Engine, { maxBytes = ANSWER_CACHE_BYTES, onSize }: AnswerCacheOptions = {}): Engine {
  const cache = new LRUCache<string, Entry>({ maxSize: maxBytes, sizeCalculation: (entry, key) => entryBytes(key, entry) });
  return {
    index: engine.index,
    usesLlm: engine.usesLlm,
    askStream: (input, options) => engine.askStream(input, options),
    search: (query, k) => engine.search(query, k),
    match: (profile) => engine.match(profile),
    async ask(input, options) {
      const started = performance.now();
      const key = answerCacheKey(input);
      const hit = cache.get(key);
      if (hit) {
        const latencyMs = Math.round((performance.now() - started) * 100) / 100;
        return { body: { ...hit.result.body, latencyMs }, trace: hit.result.trace, bodyJsonHead: hit.bodyJsonHead };
      }
      const result = await engine.ask(input, options);
      if (result.body.mode === 'extractive' && result.trace.llmFallback === null) {
        // An entry larger than the whole bound is not stored (lru-cache refuses it), and the answer is still served.
        cache.set(key, { result, bodyJsonHead: jsonHead(result.body) });
        onSize?.(cache.calculatedSize);
      }
      return result;
    },
  };
}
