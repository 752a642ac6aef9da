/**
 * Rate-limit counts shared by every replica (REDIS_URL): hono-rate-limiter's own RedisStore, over ioredis,
 * one key prefix per bucket so `ask`, `api` and `signin` never count into each other. While Redis is away
 * each bucket counts in this process's memory instead (a client then gets its budget per replica, never a
 * 5xx), and goes back to Redis as soon as it is reachable again.
 */
import { MemoryStore, RedisStore, type RedisClient, type Store } from 'hono-rate-limiter';
import type { RedisLink } from '../replicas/redis.js';
import type { RateLimitBucket, RateLimitStores } from './rate-limit.js';

export const RATE_LIMIT_PREFIX = 'zcwd:rl:';

/** hono-rate-limiter's RedisStore names four commands; ioredis spells two of them differently. */
function redisClientOf(link: RedisLink): RedisClient {
  const { client } = link;
  return {
    scriptLoad: (script) => client.script('LOAD', script) as Promise<string>,
    evalsha: <TArgs extends unknown[], TData = unknown>(sha1: string, keys: string[], args: TArgs) =>
      client.evalsha(sha1, keys.length, ...keys, ...args.map(String)) as Promise<TData>,
    decr: (key) => client.decr(key),
    del: (key) => client.del(key),
  };
}

/** Redis while it answers, this process's memory while it does not. */
function fallbackStore(redis: Store, memory: Store, link: RedisLink): Store {
  async function either<T>(inRedis: () => Promise<T> | T, inMemory: () => Promise<T> | T): Promise<T> {
    if (link.usable()) {
      try {
        return await inRedis();
      } catch (error) {
        link.failed(error as Error);
      }
    }
    return inMemory();
  }
  return {
    init(options) {
      redis.init?.(options);
      memory.init?.(options);
    },
    increment: (key) => either(() => redis.increment(key), () => memory.increment(key)),
    decrement: (key) => either(() => redis.decrement(key), () => memory.decrement(key)),
    async resetKey(key) {
      await memory.resetKey(key);
      await either(() => redis.resetKey(key), () => undefined);
    },
  };
}

export function redisRateLimitStores(link: RedisLink, prefix = RATE_LIMIT_PREFIX): RateLimitStores {
  const client = redisClientOf(link);
  return (bucket: RateLimitBucket) => fallbackStore(new RedisStore({ client, prefix: `${prefix}${bucket}:` }) as Store, new MemoryStore(), link);
}
