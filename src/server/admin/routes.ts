/**
 * /admin, mounted only when ADMIN_TOKEN is set (otherwise every /admin URL is the app's 404). Pages are
 * server-rendered forms: no script, so the CSP stays as strict as the public pages'. Order: headers that
 * keep admin pages out of caches and search engines → body limit → sign-in (open) → the session check
 * (and CSRF check for writes) → everything else.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps, AppEnv } from '../deps.js';
import { registerAnnotations, IMPORT_MAX_BYTES } from './annotation-routes.js';
import { requireSession, type AdminEnv } from './auth.js';
import { messagePage } from './layout.js';
import { registerLog } from './log-routes.js';
import { registerOverview } from './overview-routes.js';
import { registerSignIn, registerSignOut } from './signin.js';
import { createClientAddress } from '../middleware/client-address.js';

export function registerAdmin(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const adminDeps = deps.admin;
  if (!adminDeps) return;
  const admin = new Hono<AdminEnv>();
  admin.use(async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
    c.header('X-Robots-Tag', 'noindex, nofollow');
  });
  admin.use(
    bodyLimit({
      maxSize: IMPORT_MAX_BYTES + 64 * 1024,
      onError: async (c) => c.html(await messagePage('提交的内容过大', `一次最多提交 ${IMPORT_MAX_BYTES / 1024 / 1024} MB。`, { href: '/admin', label: '返回' }), 413),
    }),
  );
  // Behind a trusted proxy, sign-in attempts are counted per client, as the API's limits are.
  const clientAddress = createClientAddress(deps.config.trustedProxies ?? []);
  registerSignIn(admin, { store: deps.store, token: adminDeps.token, clientAddress, attempts: adminDeps.signInAttempts, limitStore: deps.rateLimitStores?.('signin') });
  admin.use(requireSession(deps.store.sessions, adminDeps.token, async (c, message) => c.html(await messagePage('无法完成操作', message, { href: '/admin', label: '返回管理首页' }), 403)));
  registerSignOut(admin, deps.store);
  registerOverview(admin, { store: deps.store, holder: deps.engine });
  registerLog(admin, { store: deps.store, holder: deps.engine, admin: adminDeps, retentionDays: adminDeps.retentionDays ?? 90 });
  registerAnnotations(admin, { store: deps.store, holder: deps.engine, admin: adminDeps });
  app.route('/admin', admin as unknown as Hono<AppEnv>);
}
