/**
 * Who may use /admin: a supervisor who typed the shared ADMIN_TOKEN (compared in constant time) and a name
 * (for the audit log). A session lives in the store (every replica sees it); its cookie is HttpOnly,
 * SameSite=Strict, path /admin, Secure when the request came over https. Every write carries the session's
 * CSRF token; the sign-in form carries one of its own (a double-submit cookie), and sign-in attempts are
 * rate-limited per client.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { rateLimiter, type Store } from 'hono-rate-limiter';
import type { AdminSession, SessionStore } from '../../store/sessions.js';
import type { ClientAddress } from '../middleware/client-address.js';

export const SESSION_COOKIE = 'zcwd_admin';
export const SIGNIN_COOKIE = 'zcwd_admin_signin';
export const SESSION_TTL_MS = 8 * 3_600_000;
export const SIGNIN_WINDOW_MS = 15 * 60_000;
export const SIGNIN_ATTEMPTS = 10;
export const NAME_MAX = 40;

export type AdminEnv = { Variables: { session: AdminSession; requestId: string } };

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** Equal-length digests, so neither the token's length nor its first wrong character shows in the timing. */
export function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** What a session records of the token it was opened with: enough to tell tokens apart, useless to guess one. */
export const tokenTag = (token: string) => createHash('sha256').update(`zcwd-admin-session:${token}`, 'utf8').digest('hex').slice(0, 16);

/** Behind a TLS-terminating proxy the request arrives over http with `X-Forwarded-Proto: https`. */
export function overHttps(c: Context): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() === 'https';
}

const cookieOptions = (c: Context, path: string, maxAgeSeconds: number) =>
  ({ httpOnly: true, sameSite: 'Strict', secure: overHttps(c), path, maxAge: maxAgeSeconds }) as const;

/** The sign-in form's own CSRF token: a random value in a cookie and in the form, which must match. */
export function issueSignInToken(c: Context): string {
  const value = randomBytes(24).toString('base64url');
  setCookie(c, SIGNIN_COOKIE, value, cookieOptions(c, '/admin/login', 3600));
  return value;
}

export function signInTokenMatches(c: Context, submitted: unknown): boolean {
  const cookie = getCookie(c, SIGNIN_COOKIE);
  return typeof submitted === 'string' && cookie !== undefined && cookie.length > 0 && sameSecret(submitted, cookie);
}

export function setSessionCookie(c: Context, secret: string): void {
  deleteCookie(c, SIGNIN_COOKIE, { path: '/admin/login' });
  setCookie(c, SESSION_COOKIE, secret, cookieOptions(c, '/admin', SESSION_TTL_MS / 1000));
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/admin', secure: overHttps(c), httpOnly: true, sameSite: 'Strict' });
}

/** A name for the audit log: trimmed, 1–NAME_MAX characters, no control characters. */
export function supervisorName(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const name = raw.trim().replace(/\s+/g, ' ');
  // eslint-disable-next-line no-control-regex
  if (name.length === 0 || [...name].length > NAME_MAX || /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(name)) return null;
  return name;
}

/**
 * Every /admin page but sign-in: the session of the cookie, or — for a page — a redirect to sign-in, and
 * for a write, 403. A write must also carry the session's CSRF token and not come from another site.
 */
export function requireSession(sessions: SessionStore, token: string, forbidden: (c: Context, message: string) => Response | Promise<Response>): MiddlewareHandler<AdminEnv> {
  const tag = tokenTag(token);
  return async (c, next) => {
    const secret = getCookie(c, SESSION_COOKIE);
    const session = secret ? await sessions.find(secret, tag) : null;
    const write = c.req.method !== 'GET' && c.req.method !== 'HEAD';
    if (!session) {
      if (!write) return c.redirect('/admin/login', 303);
      return forbidden(c, '登录已过期，请重新登录后再提交。');
    }
    if (write) {
      // Browsers say where a request comes from; a cross-site form post is refused before the token is read.
      const site = c.req.header('sec-fetch-site');
      if (site !== undefined && site !== 'same-origin') return forbidden(c, '只接受来自本站页面的提交。');
      const body = await c.req.parseBody({ all: true });
      const token = body._csrf;
      if (typeof token !== 'string' || !sameSecret(token, session.csrf)) return forbidden(c, '页面已失效（安全校验未通过），请刷新页面后重试。');
    }
    c.set('session', session);
    await next();
  };
}

/**
 * Sign-in attempts per client and window; past that, `limited` answers (429 with Retry-After). `store` is
 * where the API's limits count (Redis across replicas when configured); default: this process's memory.
 */
export function signInLimit(attempts: number, clientAddress: ClientAddress, limited: (c: Context) => Response | Promise<Response>, store?: Store): MiddlewareHandler {
  return rateLimiter({
    windowMs: SIGNIN_WINDOW_MS,
    limit: attempts,
    standardHeaders: 'draft-6',
    keyGenerator: clientAddress,
    handler: limited,
    ...(store ? { store } : {}),
  }) as MiddlewareHandler;
}
