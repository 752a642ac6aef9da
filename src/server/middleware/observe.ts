/**
 * One log line and one metrics sample per request, labelled by route template (bounded cardinality).
 * A route may name the line and add fields to it (c.set('logMsg' | 'logFields')): /api/ask logs its
 * answer digest here rather than in a second line.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { AppEnv } from '../deps.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics.js';
import { redactPii } from '../redact.js';

function routeLabel(c: Context<AppEnv>): string {
  const handlers = matchedRoutes(c).filter((r) => r.method !== 'ALL');
  return handlers.at(-1)?.path ?? 'unmatched';
}

export function observe({ logger, metrics }: { logger: Logger; metrics: Metrics }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const seconds = (performance.now() - started) / 1000;
    const route = routeLabel(c);
    const status = c.res.status;
    metrics.requests.inc({ method: c.req.method, route, status: String(status) });
    metrics.duration.observe({ method: c.req.method, route }, seconds);
    const line = {
      reqId: c.get('requestId'),
      method: c.req.method,
      route,
      path: redactPii(c.req.path).slice(0, 200),
      status,
      ms: Math.round(seconds * 10_000) / 10,
      ...c.get('logFields'),
    };
    if (status >= 500) logger.error(line, 'request failed');
    else logger.info(line, c.get('logMsg') ?? 'request');
  };
}
