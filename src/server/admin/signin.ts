/** POST/GET /admin/login and POST /admin/logout. */
import type { Context, Hono } from 'hono';
import type { Store as RateLimitStore } from 'hono-rate-limiter';
import { getCookie } from 'hono/cookie';
import type { Store } from '../../store/store.js';
import {
  clearSessionCookie,
  issueSignInToken,
  sameSecret,
  SESSION_COOKIE,
  SESSION_TTL_MS,
  setSessionCookie,
  SIGNIN_ATTEMPTS,
  SIGNIN_WINDOW_MS,
  signInLimit,
  signInTokenMatches,
  supervisorName,
  tokenTag,
  type AdminEnv,
} from './auth.js';
import { loginPage } from './views/login.js';
import type { ClientAddress } from '../middleware/client-address.js';

export function registerSignIn(
  admin: Hono<AdminEnv>,
  { store, token, clientAddress, attempts = SIGNIN_ATTEMPTS, limitStore }: { store: Store; token: string; clientAddress: ClientAddress; attempts?: number; limitStore?: RateLimitStore },
): void {
  const page = async (c: Context, status: 200 | 400 | 401 | 403 | 429, error: string | null = null, name = '') =>
    c.html(await loginPage({ token: issueSignInToken(c), error, name }), status);

  admin.get('/login', async (c) => {
    const secret = getCookie(c, SESSION_COOKIE);
    if (secret && (await store.sessions.find(secret, tokenTag(token)))) return c.redirect('/admin', 303);
    return page(c, 200);
  });

  admin.post(
    '/login',
    signInLimit(attempts, clientAddress, (c) => page(c, 429, `登录尝试过于频繁，请 ${SIGNIN_WINDOW_MS / 60_000} 分钟后再试。`), limitStore),
    async (c) => {
      const body = await c.req.parseBody({ all: true });
      const typedName = typeof body.name === 'string' ? body.name.slice(0, 100) : '';
      if (!signInTokenMatches(c, body._signin)) return page(c, 403, '登录页面已过期，请重新输入。', typedName);
      const name = supervisorName(body.name);
      if (!name) return page(c, 400, '请填写姓名（不超过 40 个字），它会记入审计日志。', typedName);
      const given = typeof body.token === 'string' ? body.token : '';
      if (!sameSecret(given, token)) {
        await store.audit.add({ actor: name, action: 'signin_failed' });
        return page(c, 401, '口令不正确。', name);
      }
      const session = await store.sessions.create(name, SESSION_TTL_MS, tokenTag(token));
      await store.audit.add({ actor: name, action: 'signin' });
      setSessionCookie(c, session.secret);
      return c.redirect('/admin', 303);
    },
  );
}

/** Registered behind the session check: signing out is a write like any other (CSRF token required). */
export function registerSignOut(admin: Hono<AdminEnv>, store: Store): void {
  admin.post('/logout', async (c) => {
    const secret = getCookie(c, SESSION_COOKIE);
    if (secret) await store.sessions.remove(secret);
    await store.audit.add({ actor: c.get('session').actor, action: 'signout' });
    clearSessionCookie(c);
    return c.redirect('/admin/login', 303);
  });
}
