/**
 * The Redis connection of a replica (REDIS_URL), made to fail fast: a command while Redis is away is
 * rejected at once (no offline queue) or after COMMAND_TIMEOUT_MS, never held until Redis returns, so the
 * callers (the rate limiter, notices) fall back instead of stalling requests. ioredis reconnects by itself;
 * `RedisLink` tells its users whether to try Redis at all, and logs one warn line per outage and one info
 * line when Redis is back.
 */
import type { Redis, RedisOptions } from 'ioredis';
import { redactUrl } from '../../store/open.js';
import type { Logger } from '../logger.js';

export const COMMAND_TIMEOUT_MS = 1000;
/** While down on a socket that looks open (a command timed out), Redis is asked again this often. */
const PROBE_MS = 1000;

export interface RedisLink {
  /** Commands: rate-limit counters and published notices. */
  readonly client: Redis;
  /** Connected and not known to be failing: worth a try. */
  usable(): boolean;
  /** A command failed: the link counts as down until ioredis is ready again (a hung socket is reconnected). */
  failed(error: Error): void;
  /** A second connection in subscriber mode (a subscribed connection can run no other command). */
  subscriber(): Redis;
  close(): Promise<void>;
}

const OPTIONS: RedisOptions = {
  enableOfflineQueue: false,
  maxRetriesPerRequest: 1,
  commandTimeout: COMMAND_TIMEOUT_MS,
  connectTimeout: 2000,
  // Forever, at most every 2 s: Redis coming back is noticed within that.
  retryStrategy: (times) => Math.min(times * 200, 2000),
  connectionName: 'zhengce-wenda',
};

export async function openRedis(url: string, logger: Logger): Promise<RedisLink> {
  let ioredis: { Redis: typeof Redis };
  try {
    ioredis = await import('ioredis');
  } catch (error) {
    throw new Error(`the ioredis module failed to load (${(error as Error).message}): run \`npm ci\``);
  }
  // redis://user:secret@host:6379/0 → redis://user@host:6379/0, for the log.
  const where = redactUrl(url);
  const client = new ioredis.Redis(url, OPTIONS);
  const subscribers: Redis[] = [];
  let state: 'starting' | 'up' | 'down' = 'starting';
  let closing = false;
  let probe: NodeJS.Timeout | undefined;

  const down = (reason: string) => {
    if (closing || state === 'down') return;
    state = 'down';
    logger.warn({ redis: where, reason }, 'Redis unreachable: rate limits count per process until it is back');
  };
  const up = () => {
    clearInterval(probe);
    probe = undefined;
    if (state === 'down') logger.info({ redis: where }, 'Redis reachable again: rate limits are shared again');
    state = 'up';
  };
  client.on('ready', up);
  // Without an 'error' listener ioredis would print every reconnect failure; the state change is logged once.
  client.on('error', (error: Error) => down(error.message));
  client.on('close', () => down('connection closed'));

  return {
    client,
    usable: () => state === 'up' && client.status === 'ready',
    failed(error) {
      down(error.message);
      // A command timed out on a socket that looks open: no 'ready' will come, so ask until Redis answers.
      if (probe || closing || client.status !== 'ready') return;
      probe = setInterval(() => {
        if (client.status === 'ready') client.ping().then(up, () => undefined);
      }, PROBE_MS);
      probe.unref();
    },
    subscriber() {
      const sub = new ioredis.Redis(url, { ...OPTIONS, enableOfflineQueue: true, commandTimeout: undefined, autoResubscribe: true });
      sub.on('error', () => undefined);
      subscribers.push(sub);
      return sub;
    },
    async close() {
      closing = true;
      clearInterval(probe);
      for (const connection of [client, ...subscribers]) {
        await connection.quit().catch(() => connection.disconnect());
      }
    },
  };
}
