/** What the app is built from. Everything is passed in by main.ts (or a test); nothing is global. */
import type { RequestIdVariables } from 'hono/request-id';
import type { Config } from '../config.js';
import type { Engine } from '../answer/types.js';
import { ApiError, MESSAGES } from './errors.js';
import type { Store } from '../store/store.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';
import type { RateLimitStores } from './middleware/rate-limit.js';

/**
 * The engine currently serving. main.ts swaps `current` after a successful reload; a request reads it
 * once at its start, so a swap never changes the index under a request in flight.
 */
export interface EngineHolder {
  current: Engine | null;
  /** Set on SIGTERM: /readyz turns 503 so a load balancer stops sending new requests. */
  draining?: boolean;
}

/** What /admin needs beyond the app's own dependencies; absent = ADMIN_TOKEN unset, /admin is a 404. */
export interface AdminDeps {
  token: string;
  /** Rebuilds the engine over the loaded index with the store's annotations and swaps it in (src/server/reload.ts). */
  applyAnnotations(reason: string): Promise<boolean>;
  /** Sign-in attempts a client may make per SIGNIN_WINDOW_MS (default 10). */
  signInAttempts?: number;
  /** LOG_RETENTION_DAYS, shown on the log page (default 90). */
  retentionDays?: number;
}

export interface AppDeps {
  engine: EngineHolder;
  store: Store;
  admin?: AdminDeps | null;
  logger: Logger;
  metrics: Metrics;
  /** Optional fields default to unset: no network allowances, no trusted proxies, no public origin, no metrics token. */
  config: Pick<Config, 'allowedOrigins' | 'siteKeys' | 'rateLimitPerMinute'> & Partial<Pick<Config, 'rateLimitNetworks' | 'trustedProxies' | 'publicOrigin' | 'metricsToken'>>;
  /** The body of GET /widget.js, built once at start-up. */
  widgetScript: string;
  /** The bundled scripts of the pages (`chat.js` → its code), built once at start-up; see src/chat/build.ts. */
  pageScripts?: ReadonlyMap<string, string>;
  /** Where rate-limit hit counts live; default: per-process memory. */
  rateLimitStores?: RateLimitStores;
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
