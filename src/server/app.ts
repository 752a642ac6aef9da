/**
 * The Hono app: middleware order is the security model, so it reads top to bottom —
 * request id → log/metrics → security headers → (API only) origin → rate limit → JSON gate (size, type, UTF-8, syntax) → route.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDeps, AppEnv } from './deps.js';
import { errorBody, fromHttpException, MESSAGES } from './errors.js';
import { jsonGate } from './middleware/json-gate.js';
import { observe } from './middleware/observe.js';
import { originGuard } from './middleware/origin.js';
import { createClientAddress } from './middleware/client-address.js';
import { rateLimit } from './middleware/rate-limit.js';
import { registerAdmin } from './admin/routes.js';
import { registerAsk } from './routes/ask.js';
import { registerFeedback } from './routes/feedback.js';
import { registerOps } from './routes/ops.js';
import { registerPages } from './routes/pages.js';
import { registerPlanApi } from './routes/plan-api.js';
import { validationHook } from './validation.js';

export type { AppDeps, EngineHolder } from './deps.js';

/** Everything from 'self'; no inline script or style anywhere, so no 'unsafe-inline'. */
const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * @example
 * const app = createApp({ engine: { current: engine }, store, logger, metrics, config, widgetScript });
 * const res = await app.request('/api/ask', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"question":"…"}' });
 */
export function createApp(deps: AppDeps & { version?: string }): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.use(requestId());
  app.use(observe(deps));
  // overwrite: false keeps a header a route chose itself (the widget's cross-origin CORP).
  app.use(secureHeaders({ contentSecurityPolicy: CSP, overwrite: false }));

  app.use('/api/*', originGuard(deps.config, { logger: deps.logger }));
  // Off (0) means not there at all: every layer of middleware costs every API request a hop.
  const { rateLimitPerMinute, rateLimitNetworks = [], trustedProxies = [] } = deps.config;
  if (rateLimitPerMinute > 0) {
    const clientAddress = createClientAddress(trustedProxies);
    app.use('/api/*', rateLimit({ perMinute: rateLimitPerMinute, networks: rateLimitNetworks, clientAddress, stores: deps.rateLimitStores }));
  }
  app.use('/api/*', jsonGate());

  registerOps(app, deps, deps.version ?? '0.1.0');
  registerAsk(app, deps);
  registerPlanApi(app, deps);
  registerFeedback(app, deps);
  registerAdmin(app, deps);
  registerPages(app, deps);

  app.notFound((c) => c.json(errorBody('not_found', MESSAGES.notFound), 404));

  app.onError((error, c) => {
    if (error instanceof HTTPException) {
      const api = fromHttpException(error);
      if (api.code === 'index_not_ready') c.header('Retry-After', '5');
      return c.json(api.body, api.status);
    }
    // A client that hung up mid-body is not a server error: log it quietly, count it as 499.
    if (c.req.raw.signal.aborted || (error as NodeJS.ErrnoException).code === 'ECONNRESET' || error.message === 'aborted') {
      deps.logger.info({ reqId: c.get('requestId') }, 'client closed the request');
      return new Response(null, { status: 499 });
    }
    // The stack goes to the log, never to the client.
    deps.logger.error({ reqId: c.get('requestId'), err: error }, 'unhandled error');
    return c.json(errorBody('internal_error', MESSAGES.internal), 500);
  });

  return app;
}
