/** What the app is built from. Everything is passed in by main.ts (or a test); nothing is global. */
import type { RequestIdVariables } from 'hono/request-id';
import type { Config } from '../config.js';
import type { Engine } from '../answer/types.js';
import { ApiError, MESSAGES } from './errors.js';
import type { FeedbackStore } from './feedback/store.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';

/**
 * The engine currently serving. main.ts swaps `current` after a successful reload; a request reads it
 * once at its start, so a swap never changes the index under a request in flight.
 */
export interface EngineHolder {
  current: Engine | null;
  /** Set on SIGTERM: /readyz turns 503 so a load balancer stops sending new requests. */
  draining?: boolean;
}

export interface AppDeps {
  engine: EngineHolder;
  feedback: FeedbackStore;
  logger: Logger;
  metrics: Metrics;
  /** `publicOrigin` and `metricsToken` default to unset (null). */
  config: Pick<Config, 'allowedOrigins' | 'siteKeys' | 'rateLimitPerMinute'> & Partial<Pick<Config, 'publicOrigin' | 'metricsToken'>>;
  /** The body of GET /widget.js, built once at start-up. */
  widgetScript: string;
}

/**
 * Hono environment of the app: the request id middleware's variable, and what a route adds to the
 * request's one log line (`logMsg` replaces "request", `logFields` are merged in).
 */
export type AppEnv = { Variables: RequestIdVariables & { logMsg?: string; logFields?: Record<string, unknown> } };

export function requireEngine(holder: EngineHolder): Engine {
  if (!holder.current) throw new ApiError(503, 'index_not_ready', MESSAGES.indexNotReady);
  return holder.current;
}
