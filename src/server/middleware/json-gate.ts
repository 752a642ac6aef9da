/**
 * JSON only, strictly UTF-8, syntactically valid — checked before zod sees the body, so each failure has
 * its own status and message (415, or 400 naming the problem) instead of a validator's generic 400.
 * Runs after the body limit, which has already buffered at most 64 KB.
 */
import type { MiddlewareHandler } from 'hono';
import { ApiError, MESSAGES } from '../errors.js';

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i;

function isJsonUtf8(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const [type = '', ...params] = contentType.split(';').map((p) => p.trim());
  if (!JSON_TYPE.test(type)) return false;
  const charset = params.find((p) => p.toLowerCase().startsWith('charset='));
  return !charset || /^charset="?utf-8"?$/i.test(charset);
}

export function jsonGate(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'POST') return next();
    if (!isJsonUtf8(c.req.header('content-type'))) throw new ApiError(415, 'unsupported_media_type', MESSAGES.unsupportedMediaType);
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new ApiError(400, 'invalid_request', MESSAGES.notUtf8);
    }
    try {
      JSON.parse(text);
    } catch {
      throw new ApiError(400, 'invalid_request', MESSAGES.malformedJson);
    }
    await next();
  };
}
