/**
 * Notices between the WORKERS of one host when there is neither PostgreSQL nor Redis: a worker sends to the
 * primary over the cluster's IPC channel, and the primary passes it on to every other worker
 * (`relayNotices` in src/server/cluster.ts). Nothing is lost while the primary runs.
 */
import type { Notice, NoticeBus, NoticeHandlers } from './notices.js';
import { parseNotice } from './notices.js';

/** The envelope on the IPC channel, so the primary relays our messages and nothing else. */
export interface NoticeEnvelope {
  zcwdNotice: Notice;
}

export function noticeInEnvelope(message: unknown): Notice | null {
  if (typeof message !== 'object' || message === null || !('zcwdNotice' in message)) return null;
  return parseNotice((message as NoticeEnvelope).zcwdNotice);
}

export function clusterBus(handlers: NoticeHandlers): NoticeBus {
  const listener = (message: unknown) => {
    const notice = noticeInEnvelope(message);
    if (notice) handlers.onNotice(notice);
  };
  process.on('message', listener);
  return {
    carrier: 'cluster',
    async publish(notice) {
      const envelope: NoticeEnvelope = { zcwdNotice: notice };
      process.send?.(envelope);
    },
    async close() {
      process.off('message', listener);
    },
  };
}
