/**
 * The body of every API request: at most BODY_LIMIT_BYTES, JSON only, strictly UTF-8, syntactically valid —
 * checked before zod sees it, so each failure has its own status and message (413, 415, or 400 naming the
 * problem) instead of a validator's generic 400.
 *
 * Speed matters here (every /api/ask passes through): a request that declares its Content-Length is
 * checked by that header and read once by @hono/node-server's direct path, without building a WHATWG
 * Request and stream; the decoded text is left in Hono's body cache, so the validator's `c.req.json()`
 * does not read or decode it again. Only a chunked body (no Content-Length) goes through Hono's streaming
 * `bodyLimit`, which counts bytes as they arrive.
 */
import type { Context, MiddlewareHandler, Next } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError, BODY_LIMIT_BYTES, MESSAGES } from '../errors.js';

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i;
const NO_BODY = new Set(['GET', 'HEAD', 'OPTIONS']);
const UTF8 = new TextDecoder('utf-8', { fatal: true });

function isJsonUtf8(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const [type = '', ...params] = contentType.split(';').map((p) => p.trim());
  if (!JSON_TYPE.test(type)) return false;
  const charset = params.find((p) => p.toLowerCase().startsWith('charset='));
  return !charset || /^charset="?utf-8"?$/i.test(charset);
}

const tooLarge = (): never => {
  throw new ApiError(413, 'payload_too_large', MESSAGES.payloadTooLarge);
};

/** 415 / 400 unless a POST body is JSON, strictly UTF-8 and well-formed; leaves the text in Hono's body cache. */
async function checkJson(c: Context, next: Next): Promise<void> {
  if (c.req.method !== 'POST') return next();
  if (!isJsonUtf8(c.req.header('content-type'))) throw new ApiError(415, 'unsupported_media_type', MESSAGES.unsupportedMediaType);
  const bytes = await c.req.arrayBuffer();
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    throw new ApiError(400, 'invalid_request', MESSAGES.notUtf8);
  }
  try {
    JSON.parse(text);
  } catch {
    throw new ApiError(400, 'invalid_request', MESSAGES.malformedJson);
  }
  // Hono's c.req.json() reads the cached text; without it, it would rebuild a Response from the bytes.
  // (The cache holds promises at run time; its declared type says plain values.)
  (c.req.bodyCache as { text?: Promise<string> }).text = Promise.resolve(text);
  await next();
}

/** Every API request with a body: 413 over `maxSize` bytes (declared or streamed), then `checkJson`. */
export function jsonGate(maxSize = BODY_LIMIT_BYTES): MiddlewareHandler {
  const streaming = bodyLimit({ maxSize, onError: tooLarge });
  return async (c, next) => {
    if (NO_BODY.has(c.req.method)) return next();
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      // Node has already refused a malformed Content-Length (400) before the app runs.
      if (Number(length) > maxSize) tooLarge();
      return checkJson(c, next);
    }
    return streaming(c, () => checkJson(c, next));
  };
}
