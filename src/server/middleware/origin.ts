/**
 * CORS that refuses instead of merely omitting headers: a browser request (one with an `Origin`) from a
 * site that is neither this server, nor in ALLOWED_ORIGINS, nor listed for its widget site key gets 403
 * `origin_not_allowed`. Requests without `Origin` (curl, servers, same-origin navigation) pass.
 *
 * "This server" is PUBLIC_ORIGIN when it is set. Without it, it is whatever host the request names, and a
 * DNS-rebinding page (evil.com resolving to this server) sends `Origin: http://evil.com` with
 * `Host: evil.com` and counts as same origin.
 */
import type { MiddlewareHandler } from 'hono';
import type { Config } from '../../config.js';
import { errorBody, MESSAGES } from '../errors.js';
import type { Logger } from '../logger.js';

export type OriginPolicy = Pick<Config, 'allowedOrigins' | 'siteKeys'> & Partial<Pick<Config, 'publicOrigin'>>;

const EXPOSED = 'Retry-After, X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset';

function sameOrigin(origin: string, requestUrl: string, publicOrigin: string | null): boolean {
  // Exact: scheme, host and port of the public address (a page served over https sends https).
  if (publicOrigin !== null) return origin === publicOrigin;
  try {
    // Compare hosts, not schemes: behind a TLS-terminating proxy the page is https, the request http.
    return new URL(origin).host === new URL(requestUrl).host;
  } catch {
    return false;
  }
}

/**
 * SITE_KEYS unset means keys are not checked and grant nothing: ALLOWED_ORIGINS alone decides.
 * A known key adds its own origins; an unknown key adds none.
 */
function allowedFor({ allowedOrigins, siteKeys }: OriginPolicy, origin: string, siteKey: string | undefined): boolean {
  if (allowedOrigins?.includes('*') || allowedOrigins?.includes(origin)) return true;
  return Boolean(siteKey && siteKeys?.get(siteKey)?.includes(origin));
}

/** A preflight carries no `X-Site-Key` value, only its name: allow it if any key lists the origin. */
function preflightAllowed(policy: OriginPolicy, origin: string): boolean {
  if (allowedFor(policy, origin, undefined)) return true;
  return [...(policy.siteKeys?.values() ?? [])].some((origins) => origins.includes(origin));
}

/** How often one refused origin is logged: a portal misconfiguration repeats on every page view. */
const WARN_EVERY_MS = 60_000;
const WARNED_MAX = 1000;

/**
 * The operator's side of a refusal: a warn line naming the origin and what to set, at most once a
 * minute per origin (and per site key), so a busy misconfigured portal does not flood the log.
 */
function rejectionLog(logger: Logger | undefined, now: () => number) {
  const warned = new Map<string, number>();
  return (origin: string, siteKey: string | undefined, path: string) => {
    if (!logger) return;
    const id = `${origin} ${siteKey ?? ''}`;
    const last = warned.get(id);
    if (last !== undefined && now() - last < WARN_EVERY_MS) return;
    if (warned.size >= WARNED_MAX) warned.clear();
    warned.set(id, now());
    logger.warn(
      { origin, siteKey: siteKey ?? null, path },
      `origin not allowed: ${origin} — add it to ALLOWED_ORIGINS, or to the SITE_KEYS entry of the site key its widget uses`,
    );
  };
}

export function originGuard(policy: OriginPolicy, { logger, now = Date.now }: { logger?: Logger; now?: () => number } = {}): MiddlewareHandler {
  const wildcard = policy.allowedOrigins?.includes('*') ?? false;
  const logRejection = rejectionLog(logger, now);
  const publicOrigin = policy.publicOrigin ?? null;
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (origin === undefined) return next();
    const isSame = sameOrigin(origin, c.req.url, publicOrigin);
    const isPreflight = c.req.method === 'OPTIONS' && c.req.header('access-control-request-method') !== undefined;
    const allowed = isSame || (isPreflight ? preflightAllowed(policy, origin) : allowedFor(policy, origin, c.req.header('x-site-key')));
    c.header('Vary', 'Origin');
    if (!allowed) {
      logRejection(origin, isPreflight ? undefined : c.req.header('x-site-key'), c.req.path);
      return c.json(errorBody('origin_not_allowed', MESSAGES.originNotAllowed), 403);
    }
    if (isPreflight) {
      return c.body(null, 204, {
        'Access-Control-Allow-Origin': wildcard ? '*' : origin,
        'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
        'Access-Control-Allow-Headers': 'Content-Type, X-Site-Key, X-Request-Id',
        'Access-Control-Max-Age': '600',
      });
    }
    await next();
    if (!isSame) {
      c.res.headers.set('Access-Control-Allow-Origin', wildcard ? '*' : origin);
      c.res.headers.set('Access-Control-Expose-Headers', EXPOSED);
    }
  };
}
