/** GET /admin (the dashboard) and GET /admin/audit. */
import type { Hono } from 'hono';
import { localDay } from '../../store/keys.js';
import type { Store } from '../../store/store.js';
import type { EngineHolder } from '../deps.js';
import type { AdminEnv } from './auth.js';
import { clauseLabels } from './log-routes.js';
import { auditPage, AUDIT_PAGE } from './views/audit.js';
import { dashboardPage, RANGES } from './views/dashboard.js';

export function registerOverview(admin: Hono<AdminEnv>, { store, holder, now = () => new Date() }: { store: Store; holder: EngineHolder; now?: () => Date }): void {
  admin.get('/', async (c) => {
    const asked = Number(c.req.query('days'));
    const days = (RANGES as readonly number[]).includes(asked) ? asked : 30;
    const to = localDay(now());
    const from = localDay(new Date(now().getTime() - (days - 1) * 86_400_000));
    const stats = await store.dashboard.stats({ from, to });
    return c.html(await dashboardPage({ stats, days, labels: clauseLabels(holder), session: c.get('session') }));
  });

  admin.get('/audit', async (c) => {
    const page = Math.max(1, Math.min(100_000, Math.floor(Number(c.req.query('page')) || 1)));
    const { rows, total } = await store.audit.list({ offset: (page - 1) * AUDIT_PAGE, limit: AUDIT_PAGE });
    return c.html(await auditPage({ rows, total, page, session: c.get('session') }));
  });
}
