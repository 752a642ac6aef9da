/** Per-client request budget (RATE_LIMIT_PER_MINUTE) with hono-rate-limiter; 0 turns it off (app.ts then does not register it). */
import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';
import { errorBody, MESSAGES } from '../errors.js';

/**
 * The socket's peer address. X-Forwarded-For is deliberately not trusted: anyone can send it, and a
 * limiter keyed on it limits nobody. Behind a proxy, limit at the proxy.
 */
export function clientIp(c: Context): string {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}

export function rateLimit({ perMinute }: { perMinute: number }): MiddlewareHandler {
  if (perMinute <= 0) throw new Error('rateLimit needs a positive budget; leave it out when RATE_LIMIT_PER_MINUTE=0');
  return rateLimiter({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-6',
    keyGenerator: clientIp,
    skip: (c) => c.req.method === 'OPTIONS',
    // Retry-After is already set on the context by the limiter; c.json keeps it.
    handler: (c) => c.json(errorBody('rate_limited', MESSAGES.rateLimited), 429),
  }) as MiddlewareHandler;
}
