/**
 * Who may read /metrics (versions, memory, traffic per route): this machine, or whoever presents
 * METRICS_TOKEN as a bearer token. A request that came through a proxy is not "this machine" even when
 * the proxy runs here: a reverse proxy on the same host would otherwise make every visitor local.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { errorBody, MESSAGES } from '../errors.js';
import { peerOf } from './client-address.js';

/** 127.0.0.0/8, ::1 and their IPv4-mapped form. */
export function isLoopback(address: string): boolean {
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return address === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

const PROXY_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip'];

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Constant-time, whatever the lengths: both sides are hashed to 32 bytes first. */
function tokenMatches(header: string | undefined, token: string): boolean {
  const presented = /^Bearer\s+(\S+)$/i.exec(header?.trim() ?? '')?.[1];
  return presented !== undefined && timingSafeEqual(digest(presented), digest(token));
}

export function metricsAccess({ token }: { token: string | null }): MiddlewareHandler {
  return async (c, next) => {
    const local = isLoopback(peerOf(c)) && PROXY_HEADERS.every((name) => c.req.header(name) === undefined);
    if (local || (token !== null && tokenMatches(c.req.header('authorization'), token))) return next();
    if (token === null) return c.json(errorBody('forbidden', MESSAGES.loopbackOnly), 403);
    return c.json(errorBody('unauthorized', MESSAGES.unauthorized), 401, { 'WWW-Authenticate': 'Bearer realm="metrics"' });
  };
}
