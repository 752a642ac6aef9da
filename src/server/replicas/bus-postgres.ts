/**
 * Notices over PostgreSQL LISTEN/NOTIFY: one connection of its own listens (a pooled connection could be
 * handed to a query and miss them), another sends with pg_notify. When the listening connection breaks it
 * is reopened, with a growing pause, and `onResumed` lets the replica catch up on what it missed.
 */
import { createRequire } from 'node:module';
import type { Client, ClientConfig, Pool, PoolConfig } from 'pg';
import type { Logger } from '../logger.js';
import { NOTICE_CHANNEL, parseNotice, type NoticeBus, type NoticeHandlers } from './notices.js';

const RETRY_MAX_MS = 10_000;

export async function postgresBus(url: string, handlers: NoticeHandlers, logger: Logger): Promise<NoticeBus> {
  const pg = createRequire(import.meta.url)('pg') as { Client: new (config: ClientConfig) => Client; Pool: new (config: PoolConfig) => Pool };
  const sender = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 5000 });
  sender.on('error', () => undefined);
  let listener: Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  function lost(client: Client, reason: string) {
    if (closed || listener !== client) return;
    listener = null;
    void client.end().catch(() => undefined);
    logger.warn({ reason }, 'PostgreSQL notice connection lost; reconnecting (what other replicas changed meanwhile is caught up then)');
    reconnect(1000);
  }

  function reconnect(delayMs: number) {
    retry = setTimeout(() => {
      listen().then(
        () => {
          logger.info('notices from other replicas resumed (PostgreSQL)');
          handlers.onResumed();
        },
        () => reconnect(Math.min(delayMs * 2, RETRY_MAX_MS)),
      );
    }, delayMs);
  }

  async function listen(): Promise<void> {
    if (closed) return;
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000, keepAlive: true });
    client.on('error', (error) => lost(client, error.message));
    client.on('end', () => lost(client, 'connection ended'));
    client.on('notification', (message) => {
      if (message.channel !== NOTICE_CHANNEL) return;
      const notice = parseNotice(message.payload);
      if (notice) handlers.onNotice(notice);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${NOTICE_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    listener = client;
  }

  await listen().catch((error: Error) => {
    logger.warn({ reason: error.message }, 'PostgreSQL notice connection failed; retrying');
    reconnect(1000);
  });
  return {
    carrier: 'postgres',
    async publish(notice) {
      await sender.query('SELECT pg_notify($1, $2)', [NOTICE_CHANNEL, JSON.stringify(notice)]);
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      const client = listener;
      listener = null;
      await client?.end().catch(() => undefined);
      await sender.end().catch(() => undefined);
    },
  };
}
