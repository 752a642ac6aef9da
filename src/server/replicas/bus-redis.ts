/**
 * Notices over Redis pub/sub (REDIS_URL without DATABASE_URL): a subscriber connection of its own, sending on
 * the link's command connection. Pub/sub keeps nothing for a subscriber that was away, so after every
 * reconnect `onResumed` lets the replica catch up from the store.
 */
import type { Logger } from '../logger.js';
import type { RedisLink } from './redis.js';
import { NOTICE_CHANNEL, parseNotice, type NoticeBus, type NoticeHandlers } from './notices.js';

export function redisBus(link: RedisLink, handlers: NoticeHandlers, logger: Logger): NoticeBus {
  const subscriber = link.subscriber();
  let away = false;
  subscriber.on('message', (channel: string, payload: string) => {
    if (channel !== NOTICE_CHANNEL) return;
    const notice = parseNotice(payload);
    if (notice) handlers.onNotice(notice);
  });
  subscriber.on('close', () => (away = true));
  subscriber.on('ready', () => {
    if (!away) return;
    away = false;
    logger.info('notices from other replicas resumed (Redis)');
    handlers.onResumed();
  });
  // Queued until the first connection: a Redis that is down at start-up does not hold start-up.
  subscriber.subscribe(NOTICE_CHANNEL).catch((error: Error) => logger.warn({ reason: error.message }, 'could not subscribe to notices from other replicas'));
  return {
    carrier: 'redis',
    async publish(notice) {
      if (!link.usable()) throw new Error('Redis is unreachable');
      await link.client.publish(NOTICE_CHANNEL, JSON.stringify(notice));
    },
    close: async () => undefined,
  };
}
