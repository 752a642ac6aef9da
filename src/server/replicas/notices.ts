/**
 * What one replica tells the others: "the annotations changed" and "I published an index build". A notice
 * carries no data, only what to reload: the data itself is in the store, so a notice that is lost costs at
 * most a delay — every bus calls `onResumed` after an outage, and the replica then catches up.
 *
 * Three carriers, chosen by main.ts from the configuration: PostgreSQL LISTEN/NOTIFY (DATABASE_URL),
 * Redis pub/sub (REDIS_URL without DATABASE_URL), and, for WORKERS on one host with neither, the cluster's
 * IPC channel through the primary. With none of them (one process), there is nobody to tell.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { z } from 'zod';

export const NOTICE_CHANNEL = 'zcwd_replicas';

const Origin = z.string().min(1).max(200);

export const NoticeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('annotations'), from: Origin, reason: z.string().max(200) }),
  z.object({ kind: z.literal('build'), from: Origin, buildId: z.string().regex(/^[\w.-]{1,100}$/), fingerprint: z.string().max(128) }),
]);

export type Notice = z.infer<typeof NoticeSchema>;

/** A notice from the wire (JSON text, or an IPC message already parsed); null when it is not one of ours. */
export function parseNotice(raw: unknown): Notice | null {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  const parsed = NoticeSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export interface NoticeHandlers {
  /** A notice from another process (a bus never hands a process its own notices back). */
  onNotice(notice: Notice): void;
  /** The carrier was away and is back: notices may have been missed, catch up from the store. */
  onResumed(): void;
}

export interface NoticeBus {
  readonly carrier: 'postgres' | 'redis' | 'cluster';
  publish(notice: Notice): Promise<void>;
  close(): Promise<void>;
}

/** This process among the replicas: host, pid and a few random bytes (containers often share a pid). */
export function replicaName(): string {
  return `${os.hostname()}:${process.pid}:${randomBytes(2).toString('hex')}`;
}

/** Drops the process's own notices, which PostgreSQL and Redis deliver back to it. */
export function fromOthers(self: string, handlers: NoticeHandlers): NoticeHandlers {
  return { onNotice: (notice) => notice.from !== self && handlers.onNotice(notice), onResumed: () => handlers.onResumed() };
}
