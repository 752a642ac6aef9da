/**
 * WORKERS > 1 (or `auto`): this process becomes the primary of a node:cluster. It prepares the index once
 * (so workers never build it side by side), then forks one worker per core asked for; the workers share the
 * listening port and the stores (SQLite file or PostgreSQL, Redis). The primary relays notices between
 * workers (./replicas/bus-cluster.ts, when there is no PostgreSQL or Redis to carry them), forwards SIGHUP,
 * restarts a worker that dies after it was ready, and on SIGTERM/SIGINT lets every worker drain, then exits.
 * A worker that dies before it was ready (port taken, index unloadable) stops the whole start-up: exit 1.
 */
import cluster, { type Worker } from 'node:cluster';
import type { Logger } from './logger.js';
import { noticeInEnvelope } from './replicas/bus-cluster.js';

/** What a worker sends the primary once its index is loaded. */
export const WORKER_READY = { zcwdWorkerReady: true } as const;
const STOP_TIMEOUT_MS = 15_000;

const isReadyMessage = (message: unknown) => typeof message === 'object' && message !== null && 'zcwdWorkerReady' in message;

export async function runPrimary({ workers, logger, prepare }: { workers: number; logger: Logger; prepare: () => Promise<void> }): Promise<void> {
  await prepare();
  const ready = new Set<number>();
  let stopping = false;

  const fork = (): Worker => {
    const worker = cluster.fork();
    worker.on('message', (message: unknown) => {
      if (isReadyMessage(message)) {
        ready.add(worker.id);
        if (ready.size === workers) logger.info({ workers }, 'all workers ready');
        return;
      }
      if (!noticeInEnvelope(message)) return;
      for (const other of Object.values(cluster.workers ?? {})) {
        if (other && other !== worker && other.isConnected()) other.send(message as object);
      }
    });
    return worker;
  };

  const stop = (code: number) => {
    stopping = true;
    const alive = Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w));
    if (alive.length === 0) process.exit(code);
    for (const worker of alive) worker.process.kill('SIGTERM');
    setTimeout(() => {
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGKILL');
      process.exit(code);
    }, STOP_TIMEOUT_MS).unref();
    cluster.on('exit', () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(code);
    });
  };

  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    if (!ready.has(worker.id)) {
      logger.fatal({ worker: worker.process.pid, code, signal }, 'a worker stopped before it was ready; stopping');
      stop(1);
      return;
    }
    ready.delete(worker.id);
    logger.error({ worker: worker.process.pid, code, signal }, 'worker stopped; starting another');
    // A pause, so a worker that dies as soon as it is up does not spin the host.
    setTimeout(() => !stopping && fork(), 1000);
  });

  process.on('SIGTERM', () => !stopping && stop(0));
  process.on('SIGINT', () => !stopping && stop(0));
  process.on('SIGHUP', () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGHUP');
  });

  logger.info({ workers }, `starting ${workers} workers`);
  for (let i = 0; i < workers; i++) fork();
}
