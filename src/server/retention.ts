/**
 * LOG_RETENTION_DAYS, enforced: at start and every hour, log rows older than the retention are deleted
 * (with their citations and served cards), and so are expired sign-in sessions. 0 days = nothing is kept.
 */
import { END_OF_TIME } from '../store/keys.js';
import type { Store } from '../store/store.js';
import type { Logger } from './logger.js';

export const PURGE_INTERVAL_MS = 3_600_000;

export interface Retention {
  /** One purge now; resolves with the log rows deleted. */
  purge(): Promise<number>;
  stop(): void;
}

/** The oldest time still kept: `days` before `now`, or the end of time when nothing is kept. */
export function retentionCutoff(days: number, now: Date): string {
  return days > 0 ? new Date(now.getTime() - days * 86_400_000).toISOString() : END_OF_TIME;
}

export function startRetention({ store, days, logger, now = () => new Date(), intervalMs = PURGE_INTERVAL_MS }: { store: Store; days: number; logger: Logger; now?: () => Date; intervalMs?: number }): Retention {
  async function purge(): Promise<number> {
    const deleted = await store.log.purge(retentionCutoff(days, now()));
    const sessions = await store.sessions.purgeExpired();
    if (deleted > 0 || sessions > 0) logger.info({ deleted, sessions, days }, 'conversation log purged past its retention');
    return deleted;
  }
  const run = () => void purge().catch((error: Error) => logger.error({ err: error }, 'conversation log purge failed; retried at the next interval'));
  run();
  const timer = setInterval(run, intervalMs).unref();
  return { purge, stop: () => clearInterval(timer) };
}
