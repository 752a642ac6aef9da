/**
 * Per-client request budgets with hono-rate-limiter; RATE_LIMIT_PER_MINUTE=0 turns them off (app.ts then
 * does not register this at all).
 *
 * Two buckets, so reading the plan never uses up asking: `ask` (questions and profile matches, which cost
 * an answer each) gets RATE_LIMIT_PER_MINUTE; `api` (search, clauses, metadata, feedback) gets ten times
 * that. Pages, assets and /widget.js are not under /api and are never counted. A client in one of
 * RATE_LIMIT_NETWORKS (a service hall behind one NAT address) gets that network's budget instead.
 */
import type { MiddlewareHandler } from 'hono';
import { MemoryStore, rateLimiter, type Store } from 'hono-rate-limiter';
import type { NetworkAllowance } from '../../config.js';
import { errorBody, MESSAGES } from '../errors.js';
import { blockListOf, inBlockList, type ClientAddress } from './client-address.js';

/** `signin` is /admin's sign-in limiter (src/server/admin/auth.ts), which counts in the same place. */
export type RateLimitBucket = 'ask' | 'api' | 'signin';

/** Where the hit counts live. One store per bucket; a shared store (Redis) must prefix its keys by bucket (./rate-limit-redis.ts). */
export type RateLimitStores = (bucket: RateLimitBucket) => Store;

export const ASK_PATHS: ReadonlySet<string> = new Set(['/api/ask', '/api/ask/stream', '/api/match']);
/** Reading costs far less than answering: the `api` bucket is this many times the ask budget. */
export const API_FACTOR = 10;

export interface RateLimitOptions {
  perMinute: number;
  clientAddress: ClientAddress;
  networks?: readonly NetworkAllowance[];
  stores?: RateLimitStores;
}

export const memoryStores: RateLimitStores = () => new MemoryStore();

export function rateLimit({ perMinute, clientAddress, networks = [], stores = memoryStores }: RateLimitOptions): MiddlewareHandler {
  if (perMinute <= 0) throw new Error('rateLimit needs a positive budget; leave it out when RATE_LIMIT_PER_MINUTE=0');
  const lists = networks.map((allowance) => ({ list: blockListOf([allowance.network]), perMinute: allowance.perMinute }));
  /** The ask budget of this client: its network's allowance, else the default; 0 = not limited. */
  const budgetOf = (address: string) => lists.find(({ list }) => inBlockList(list, address))?.perMinute ?? perMinute;

  const limiter = (bucket: RateLimitBucket, factor: number) =>
    rateLimiter({
      windowMs: 60_000,
      limit: (c) => budgetOf(clientAddress(c)) * factor,
      standardHeaders: 'draft-6',
      keyGenerator: clientAddress,
      skip: (c) => c.req.method === 'OPTIONS' || budgetOf(clientAddress(c)) === 0,
      store: stores(bucket),
      // Retry-After is already set on the context by the limiter; c.json keeps it.
      handler: (c) => c.json(errorBody('rate_limited', MESSAGES.rateLimited), 429),
    }) as MiddlewareHandler;

  const ask = limiter('ask', 1);
  const api = limiter('api', API_FACTOR);
  return (c, next) => (ASK_PATHS.has(c.req.path) ? ask(c, next) : api(c, next));
}
