/** Health, readiness, metrics and the OpenAPI document. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps, AppEnv } from '../deps.js';
import { ApiError, MESSAGES } from '../errors.js';
import { metricsAccess } from '../middleware/metrics-access.js';
import { HealthSchema } from '../schemas.js';
import { json, NOT_READY } from './_openapi.js';

const healthRoute = createRoute({
  method: 'get',
  path: '/healthz',
  tags: ['运维'],
  summary: '进程存活',
  responses: { 200: { description: '运行中', ...json(HealthSchema) } },
});

const readyRoute = createRoute({
  method: 'get',
  path: '/readyz',
  tags: ['运维'],
  summary: '索引已加载、可以回答',
  responses: { 200: { description: '就绪', ...json(HealthSchema) }, ...NOT_READY },
});

export function registerOps(app: OpenAPIHono<AppEnv>, deps: AppDeps, version: string): void {
  app.openapi(healthRoute, (c) => c.json({ status: 'ok' }, 200));

  app.openapi(readyRoute, (c) => {
    if (!deps.engine.current || deps.engine.draining) throw new ApiError(503, 'index_not_ready', MESSAGES.indexNotReady);
    return c.json({ status: 'ready' }, 200);
  });

  // Loopback only, unless METRICS_TOKEN is set and presented (middleware/metrics-access.ts).
  app.get('/metrics', metricsAccess({ token: deps.config.metricsToken ?? null }), async (c) => c.body(await deps.metrics.registry.metrics(), 200, { 'Content-Type': deps.metrics.registry.contentType }));

  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: '政策问答 API',
      version,
      description: '就《浙江省全球先进制造业基地建设“十四五”规划》提问、检索和阅读条款。错误体：{"error":{"code","message","field"?}}。',
    },
  });
}
